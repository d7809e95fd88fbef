package zhicheng.forwarding;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationVariables;
import zhicheng.application.DocumentData;
import zhicheng.application.EligibilityStep;
import zhicheng.calendar.ChineseTime;
import zhicheng.documents.DocumentKind;
import zhicheng.documents.DocumentLinks;
import zhicheng.documents.DocumentService;
import zhicheng.documents.EntrustmentData;
import zhicheng.documents.StoredDocument;
import zhicheng.eligibility.ApplicantProfile;
import zhicheng.organisation.Organisation;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.LevelStep;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.vocabulary.ChinaTime;
import zhicheng.vocabulary.ProcessKeys;

/**
 * 编制花名册（和委托书）: a reviewing body forwards (报送) to the next level the applications of a plan it has passed
 * and not forwarded before (seed 004 附件3 二、2 审核推荐; 附件4 二、1–3). Checks who asks (a member of a group that is a
 * level of the plan's chains with a level after it: the engine lets only such groups start the process, this
 * service holds them to the plan and the group they name), takes the applications in the order of their 申报编号,
 * numbers them, and stores the batch's rows ({@link RosterStore}), its 花名册 and, for a batch to the committee's
 * office, its 委托书 ({@link Batch#entrustment}). Any refusal is a {@link DeclarationRefusedException}: in the
 * engine's transaction, it rolls the start back, no batch, nothing stored.
 */
@Component
public class BatchCollector {

  private final PlanRepository plans;
  private final OrganisationRepository organisation;
  private final RosterStore store;
  private final DocumentService documents;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Clock clock;

  public BatchCollector(PlanRepository plans, OrganisationRepository organisation, RosterStore store,
      DocumentService documents, RuntimeService runtime, IdentityService identity, Clock clock) {
    this.plans = plans;
    this.organisation = organisation;
    this.store = store;
    this.documents = documents;
    this.runtime = runtime;
    this.identity = identity;
    this.clock = clock;
  }

  /**
   * The batch {@code forwarder} asks for, made and stored under {@code batchId} (the batch's own process instance,
   * which owns its documents).
   *
   * @param planId     the plan chosen in the start form
   * @param namedGroup the forwarding body's group named in the start form; null or blank: the forwarder's only one
   */
  public Collected collect(String batchId, String forwarder, String planId, String namedGroup) {
    if (forwarder == null || forwarder.isBlank()) {
      throw refused("无法确定报送人：请登录后在 Tasklist 中发起“报送花名册”");
    }
    if (planId == null || planId.isBlank()) {
      throw refused("请选择申报计划");
    }
    Plan plan = plans.find(planId.trim())
        .orElseThrow(() -> refused("申报计划“" + planId + "”不存在"));
    if (plan.hasRows()) {
      throw refused("“" + plan.title() + "”按计划表分行申报，请选择其中具体的一行");
    }
    Organisation org = organisation.get();
    String group = groupOf(forwarder, namedGroup, plan, org);
    String body = org.reviewerGroups().getOrDefault(group, group);

    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ChinaTime.ZONE).truncatedTo(ChronoUnit.SECONDS);
    List<Taken> taken = passedAndNotForwarded(plan, group);
    if (taken.isEmpty()) {
      throw refused(body + "在“" + plan.title() + "”中没有可报送的申报：审核通过并已进入下一审核层级、且未编入此前花名册的申报为0件"
          + "（公示期未满的申报，公示期满后方可报送）");
    }
    int number = store.nextNumber(group, plan.id());
    List<Batch.Member> members = taken.stream().map(Taken::member).toList();
    Batch batch = new Batch("ROSTER-" + group + "-" + plan.id() + "-" + number, number, body, plan.title(),
        plan.tableTitle(), plan.notice(), plan.committeeName(), now.toLocalDate(), now, members);

    store.add(group, plan.id(), batchId, batch, now);
    documents.roster(batchId, batch.roster());
    Optional<EntrustmentData> letter = batch.entrustment();
    letter.ifPresent(l -> documents.entrustment(batchId, l));

    List<String> receivers = members.stream().map(Batch.Member::receivingGroup).distinct().toList();
    return new Collected(batchId, batch, group, taken.get(0).level().name(), receivers,
        receivers.stream().map(g -> org.reviewerGroups().getOrDefault(g, g)).toList(), letter.isPresent(),
        plan.copies(DocumentKind.EVALUATION_FORM.code()), plan.copiesSource(DocumentKind.EVALUATION_FORM.code()),
        membersText(members), DocumentLinks.markdown(batchId, documents.documentsOf(batchId)));
  }

  /**
   * A batch made: what its instance records, and what it writes on each of its applications.
   *
   * @param batchId            the batch's process instance
   * @param batch              the batch and its members, in the roster's order
   * @param group              the forwarding body's group
   * @param level              the body's level as the applications' chains name it
   * @param receivingGroups    the groups of the levels it goes to, in the order of the members
   * @param receivingBodies    their names
   * @param entrusted          whether it carries a 委托书 (it goes, at least in part, to the committee's office)
   * @param evaluationFormCopies       the plan's copies of the evaluation form per applicant
   * @param evaluationFormCopiesSource the plan's notice and the clause that asks for them
   * @param membersText        序号, 申报编号, name and unit, with a link to each applicant's newest evaluation form
   * @param documentLinks      links to the batch's 花名册 and 委托书
   */
  public record Collected(String batchId, Batch batch, String group, String level, List<String> receivingGroups,
      List<String> receivingBodies, boolean entrusted, int evaluationFormCopies, String evaluationFormCopiesSource,
      String membersText, String documentLinks) {

    /** 西湖区…花名册第1批（2人）. */
    public String title() {
      return batch.body() + "花名册" + batch.title();
    }

    /** What the body prints and stamps (seed 004 附件4 二、1–2). */
    public String papers() {
      return entrusted ? "《花名册》和《委托书》" : "《花名册》";
    }

    /** The batch as {@code member}'s application records it. */
    public RosterEntry entryOf(Batch.Member member) {
      return new RosterEntry(group, receivingGroups, batch.body(), batch.key(), batchId, batch.number(), member.seq(),
          batch.asOf().toString());
    }

    /**
     * What {@code member}'s trail says: 西湖区…花名册第1批第2号（共2人），2023年9月22日报送…办公室. The batch's business key
     * (ROSTER-county:…) is the engine's, kept in rosterBatches; the applicant reads the body, batch and number.
     */
    public String trailText(Batch.Member member) {
      return batch.body() + "花名册第" + batch.number() + "批第" + member.seq() + "号（共" + batch.members().size() + "人），"
          + ChineseTime.date(batch.date()) + "报送" + String.join("、", receivingBodies);
    }
  }

  /** The forwarding body of the starter: the group named in the form, which must be his, or his only one. */
  private String groupOf(String forwarder, String named, Plan plan, Organisation org) {
    Set<String> levels = Forwarding.forwardingGroups(plan, org);
    List<String> mine = identity.createGroupQuery().groupMember(forwarder).list().stream().map(Group::getId)
        .filter(levels::contains).toList();
    if (mine.isEmpty()) {
      throw refused("您所在的单位不是“" + plan.title() + "”审核链中向下一级报送的审核层级，不能报送该计划的花名册"
          + "（杭经信人事〔2023〕63号 附件3 二、2：各级审核通过后审核推荐，报送上一级）");
    }
    if (named == null || named.isBlank()) {
      if (mine.size() > 1) {
        throw refused("您属于该计划的多个报送单位（" + names(mine, org) + "），请选择报送单位");
      }
      return mine.get(0);
    }
    if (!mine.contains(named.trim())) {
      throw refused("您不是“" + org.reviewerGroups().getOrDefault(named.trim(), named.trim()) + "”的人员，或该单位不是“"
          + plan.title() + "”的报送层级；您可报送的单位：" + names(mine, org));
    }
    return named.trim();
  }

  /** Bodies by the names people know them by, not their group ids. */
  private static String names(List<String> groups, Organisation org) {
    return groups.stream().map(g -> org.reviewerGroups().getOrDefault(g, g)).collect(Collectors.joining("、"));
  }

  /** An application the body forwards: the body's own level in its chain, and its row of the roster. */
  private record Taken(LevelStep level, Batch.Member member) {}

  /**
   * The running applications of the plan that {@code group} passed and that went on to the next level (a level passed
   * with a publicity is left when the publicity ends), not forwarded by it before, by 申报编号.
   */
  private List<Taken> passedAndNotForwarded(Plan plan, String group) {
    Set<String> forwarded = store.forwarded(group);
    List<Taken> taken = new ArrayList<>();
    for (ProcessInstance p : runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.TITLE_APPLICATION)
        .variableValueEquals(ApplicationVariables.PLAN_ID.name(), plan.id())
        .orderByBusinessKey().asc().list()) {
      if (forwarded.contains(p.getId())) {
        continue;
      }
      List<LevelStep> chain = ApplicationVariables.CHAIN.get(runtime, p.getId());
      Integer entered = ApplicationVariables.LEVEL_INDEX.get(runtime, p.getId());
      if (chain == null || chain.isEmpty() || entered == null) {
        continue;
      }
      Optional<LevelStep> receiver = Forwarding.receiver(chain, entered, group);
      if (receiver.isPresent()) {
        taken.add(new Taken(Forwarding.levelOf(chain, group).orElseThrow(),
            member(taken.size() + 1, p, plan, receiver.get())));
      }
    }
    return taken;
  }

  /** An application's row of the roster, read from its instance, with its 申报资格 (DocumentData). */
  private Batch.Member member(int seq, ProcessInstance application, Plan plan, LevelStep receiver) {
    String id = application.getId();
    ApplicantProfile profile = EligibilityStep.parse(ApplicationVariables.PROFILE.get(runtime, id));
    return new Batch.Member(seq, id, application.getBusinessKey(), ApplicationVariables.APPLICANT_NAME.get(runtime, id),
        ApplicationVariables.ID_NUMBER.get(runtime, id), ApplicationVariables.UNIT_NAME.get(runtime, id),
        ApplicationVariables.EDUCATION.get(runtime, id), ApplicationVariables.CURRENT_TITLE.get(runtime, id),
        ApplicationVariables.CURRENT_TITLE_DATE.get(runtime, id), ApplicationVariables.ROUTE.get(runtime, id),
        DocumentData.appliedQualification(profile, plan), receiver.group());
  }

  /** 序号, 申报编号, name and unit, and the link to the applicant's newest evaluation form (to sort the paper forms). */
  private String membersText(List<Batch.Member> members) {
    List<String> lines = new ArrayList<>();
    for (Batch.Member m : members) {
      Optional<StoredDocument> form = documents.documentsOf(m.applicationId()).stream()
          .filter(d -> d.kind() == DocumentKind.EVALUATION_FORM).findFirst();
      lines.add("- 第" + m.seq() + "号　" + m.businessKey() + "　" + m.name() + "　" + m.unitName()
          + form.map(d -> "　<a href=\"" + DocumentLinks.url(m.applicationId(), d.id()) + "\" target=\"_blank\">评审表（第"
              + d.version() + "版）</a>").orElse(""));
    }
    return String.join("\n", lines);
  }

  private static DeclarationRefusedException refused(String finding) {
    return new DeclarationRefusedException("无法报送花名册", List.of(finding));
  }
}
