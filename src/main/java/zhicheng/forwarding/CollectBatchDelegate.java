package zhicheng.forwarding;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.application.ApplicationVariables;
import zhicheng.application.DocumentData;
import zhicheng.application.EligibilityVars;
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
 * delegate holds them to the plan and the group they name), takes the applications in the order of their
 * 申报编号, numbers them, stores the 花名册 with the batch and, for a batch to the committee's office, the 委托书
 * ({@link Batch#entrustment}), and records the batch on each application (variable {@code rosterBatches}, its trail
 * and the links on its open review and paper-form tasks). Sets what the confirmation form says for this plan: the
 * papers to stamp and the plan's copies of the evaluation form with the clause that asks for them. Any refusal rolls
 * the start back: no batch, nothing recorded.
 */
@Component("collectBatch")
public class CollectBatchDelegate implements JavaDelegate {

  private final PlanRepository plans;
  private final OrganisationRepository organisation;
  private final RosterStore store;
  private final DocumentService documents;
  private final ApplicationRecord record;
  private final ApplicationBatches applications;
  private final Clock clock;

  public CollectBatchDelegate(PlanRepository plans, OrganisationRepository organisation, RosterStore store,
      DocumentService documents, ApplicationRecord record, ApplicationBatches applications, Clock clock) {
    this.plans = plans;
    this.organisation = organisation;
    this.store = store;
    this.documents = documents;
    this.record = record;
    this.applications = applications;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String forwarder = BatchVariables.FORWARDER.get(execution);
    if (forwarder == null || forwarder.isBlank()) {
      throw refused("无法确定报送人：请登录后在 Tasklist 中发起“报送花名册”");
    }
    String planId = BatchVariables.PLAN_ID.get(execution);
    if (planId == null || planId.isBlank()) {
      throw refused("请选择申报计划");
    }
    Plan plan = plans.find(planId.trim())
        .orElseThrow(() -> refused("申报计划“" + planId + "”不存在"));
    if (plan.hasRows()) {
      throw refused("“" + plan.title() + "”按计划表分行申报，请选择其中具体的一行");
    }
    Organisation org = organisation.get();
    String group = groupOf(execution, forwarder, plan, org);
    String body = org.reviewerGroups().getOrDefault(group, group);

    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ChinaTime.ZONE).truncatedTo(ChronoUnit.SECONDS);
    List<Taken> taken = passedAndNotForwarded(runtime, plan, group);
    if (taken.isEmpty()) {
      throw refused(body + "在“" + plan.title() + "”中没有可报送的申报：审核通过并已进入下一审核层级、且未编入此前花名册的申报为0件"
          + "（公示期未满的申报，公示期满后方可报送）");
    }
    int number = store.nextNumber(group, plan.id());
    String key = "ROSTER-" + group + "-" + plan.id() + "-" + number;
    List<Batch.Member> members = new ArrayList<>();
    for (Taken t : taken) {
      members.add(t.member(members.size() + 1));
    }
    Batch batch = new Batch(key, number, body, plan.title(), plan.tableTitle(), plan.notice(), plan.committeeName(),
        now.toLocalDate(), now, members);

    String batchId = execution.getProcessInstanceId();
    execution.setProcessBusinessKey(key);
    store.add(group, plan.id(), batchId, batch, now);
    documents.roster(batchId, batch.roster());
    Optional<EntrustmentData> letter = batch.entrustment();
    letter.ifPresent(l -> documents.entrustment(batchId, l));

    Set<String> receivers = new LinkedHashSet<>();
    taken.forEach(t -> receivers.add(t.receiver().group()));
    String level = taken.get(0).level().name();
    BatchVariables.PLAN_TITLE.set(execution, plan.title());
    BatchVariables.FORWARDING_GROUP.set(execution, group);
    BatchVariables.FORWARDING_BODY.set(execution, body);
    BatchVariables.FORWARDING_LEVEL.set(execution, level);
    BatchVariables.RECEIVING_GROUPS.set(execution, String.join(",", receivers));
    BatchVariables.RECEIVING_BODIES.set(execution, String.join("、",
        receivers.stream().map(g -> org.reviewerGroups().getOrDefault(g, g)).toList()));
    BatchVariables.BATCH_NUMBER.set(execution, number);
    BatchVariables.BATCH_TITLE.set(execution, body + "花名册" + batch.title());
    BatchVariables.BATCH_SIZE.set(execution, members.size());
    BatchVariables.CREATED_AT.set(execution, Date.from(now.toInstant()));
    BatchVariables.PAPERS.set(execution, letter.isPresent() ? "《花名册》和《委托书》" : "《花名册》");
    BatchVariables.EVALUATION_FORM_COPIES.set(execution, plan.copies(DocumentKind.EVALUATION_FORM.code()));
    BatchVariables.EVALUATION_FORM_COPIES_SOURCE.set(execution,
        plan.copiesSource(DocumentKind.EVALUATION_FORM.code()));
    BatchVariables.MEMBERS.set(execution, batch.rows());
    BatchVariables.MEMBERS_TEXT.set(execution, membersText(members));
    BatchVariables.DOCUMENT_LINKS.set(execution, DocumentLinks.markdown(batchId, documents.documentsOf(batchId)));

    for (Batch.Member m : members) {
      String text = body + "花名册第" + number + "批第" + m.seq() + "号（共" + members.size() + "人，" + key + "），"
          + ChineseTime.date(now.toLocalDate()) + "报送" + String.join("、", receivers.stream()
              .map(g -> org.reviewerGroups().getOrDefault(g, g)).toList());
      record.addTrail(runtime, m.applicationId(), level, forwarder, "编入花名册", text);
      applications.add(execution.getProcessEngineServices(), m.applicationId(), new RosterEntry(group,
          List.copyOf(receivers), body, key, batchId, number, m.seq(), now.toString()));
    }
  }

  /** The forwarding body of the starter: the group named in the form, which must be his, or his only one. */
  private String groupOf(DelegateExecution execution, String forwarder, Plan plan, Organisation org) {
    Set<String> levels = Forwarding.forwardingGroups(plan, org);
    List<String> mine = execution.getProcessEngineServices().getIdentityService().createGroupQuery()
        .groupMember(forwarder).list().stream().map(Group::getId).filter(levels::contains).toList();
    if (mine.isEmpty()) {
      throw refused("您所在的单位不是“" + plan.title() + "”审核链中向下一级报送的审核层级，不能报送该计划的花名册"
          + "（杭经信人事〔2023〕63号 附件3 二、2：各级审核通过后审核推荐，报送上一级）");
    }
    String named = BatchVariables.FORWARDING_GROUP.get(execution);
    if (named == null || named.isBlank()) {
      if (mine.size() > 1) {
        throw refused("您属于该计划的多个报送单位（" + String.join("、", mine) + "），请填写报送单位用户组");
      }
      return mine.get(0);
    }
    if (!mine.contains(named.trim())) {
      throw refused("您不是“" + named.trim() + "”的人员，或该单位不是“" + plan.title() + "”的报送层级；您可报送的单位："
          + String.join("、", mine));
    }
    return named.trim();
  }

  /**
   * An application of the plan that the body passed and that went on to the next level, not forwarded before, with
   * its 申报资格 ({@link DocumentData#appliedQualification}).
   */
  private record Taken(LevelStep level, LevelStep receiver, Applicant applicant) {
    Batch.Member member(int seq) {
      Applicant a = applicant;
      return new Batch.Member(seq, a.applicationId(), a.businessKey(), a.name(), a.idNumber(), a.unitName(),
          a.education(), a.currentTitle(), a.currentTitleDate(), a.route(), a.appliedQualification(),
          receiver.group());
    }
  }

  /** What the roster prints of an application, read from its instance. */
  private record Applicant(String applicationId, String businessKey, String name, String idNumber, String unitName,
      String education, String currentTitle, String currentTitleDate, String route, String appliedQualification) {

    static Applicant read(RuntimeService runtime, ProcessInstance p, Plan plan) {
      String id = p.getId();
      ApplicantProfile profile = EligibilityVars.parse(ApplicationVariables.PROFILE.get(runtime, id));
      return new Applicant(id, p.getBusinessKey(), ApplicationVariables.APPLICANT_NAME.get(runtime, id),
          ApplicationVariables.ID_NUMBER.get(runtime, id), ApplicationVariables.UNIT_NAME.get(runtime, id),
          ApplicationVariables.EDUCATION.get(runtime, id), ApplicationVariables.CURRENT_TITLE.get(runtime, id),
          ApplicationVariables.CURRENT_TITLE_DATE.get(runtime, id), ApplicationVariables.ROUTE.get(runtime, id),
          DocumentData.appliedQualification(profile, plan));
    }
  }

  /** The running applications of the plan that {@code group} passed and has not forwarded, by 申报编号. */
  private List<Taken> passedAndNotForwarded(RuntimeService runtime, Plan plan, String group) {
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
        taken.add(new Taken(Forwarding.levelOf(chain, group).orElseThrow(), receiver.get(),
            Applicant.read(runtime, p, plan)));
      }
    }
    return taken;
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
