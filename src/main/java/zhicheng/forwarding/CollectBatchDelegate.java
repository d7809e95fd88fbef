package zhicheng.forwarding;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.application.DocumentData;
import zhicheng.application.EligibilityVars;
import zhicheng.application.Vars;
import zhicheng.calendar.ChineseTime;
import zhicheng.documents.DocumentKind;
import zhicheng.documents.DocumentLinks;
import zhicheng.documents.DocumentService;
import zhicheng.documents.EntrustmentData;
import zhicheng.documents.StoredDocument;
import zhicheng.eligibility.ApplicantProfile;
import zhicheng.forwarding.Batch;
import zhicheng.forwarding.Forwarding;
import zhicheng.forwarding.RosterStore;
import zhicheng.organisation.Organisation;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.LevelStep;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.sitting.SittingRecord;
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

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PlanRepository plans;
  private final OrganisationRepository organisation;
  private final RosterStore store;
  private final DocumentService documents;
  private final ApplicationRecord record;
  private final BatchLinksListener links;
  private final Clock clock;

  public CollectBatchDelegate(PlanRepository plans, OrganisationRepository organisation, RosterStore store,
      DocumentService documents, ApplicationRecord record, BatchLinksListener links, Clock clock) {
    this.plans = plans;
    this.organisation = organisation;
    this.store = store;
    this.documents = documents;
    this.record = record;
    this.links = links;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    String forwarder = Vars.string(execution, BatchVars.FORWARDER);
    if (forwarder == null || forwarder.isBlank()) {
      throw refused("无法确定报送人：请登录后在 Tasklist 中发起“报送花名册”");
    }
    String planId = Vars.string(execution, BatchVars.PLAN_ID);
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
      members.add(new Batch.Member(members.size() + 1, t.applicationId(), t.businessKey(), t.v(Vars.APPLICANT_NAME),
          t.v(Vars.ID_NUMBER), t.v(Vars.UNIT_NAME), t.v(Vars.EDUCATION), t.v(Vars.CURRENT_TITLE),
          t.v(Vars.CURRENT_TITLE_DATE), t.v(Vars.ROUTE), t.appliedQualification(), t.receiver().group()));
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
    execution.setVariable(BatchVars.PLAN_TITLE, plan.title());
    execution.setVariable(BatchVars.FORWARDING_GROUP, group);
    execution.setVariable(BatchVars.FORWARDING_BODY, body);
    execution.setVariable(BatchVars.FORWARDING_LEVEL, level);
    execution.setVariable(BatchVars.RECEIVING_GROUPS, String.join(",", receivers));
    execution.setVariable(BatchVars.RECEIVING_BODIES, String.join("、",
        receivers.stream().map(g -> org.reviewerGroups().getOrDefault(g, g)).toList()));
    execution.setVariable(BatchVars.BATCH_NUMBER, number);
    execution.setVariable(BatchVars.BATCH_TITLE, body + "花名册" + batch.title());
    execution.setVariable(BatchVars.BATCH_SIZE, members.size());
    execution.setVariable(BatchVars.CREATED_AT, Date.from(now.toInstant()));
    execution.setVariable(BatchVars.PAPERS, letter.isPresent() ? "《花名册》和《委托书》" : "《花名册》");
    execution.setVariable(BatchVars.EVALUATION_FORM_COPIES, plan.copies(DocumentKind.EVALUATION_FORM.code()));
    execution.setVariable(BatchVars.EVALUATION_FORM_COPIES_SOURCE,
        plan.copiesSource(DocumentKind.EVALUATION_FORM.code()));
    execution.setVariable(BatchVars.MEMBERS, SittingRecord.json(members.stream().map(m -> row(m, key)).toList()));
    execution.setVariable(BatchVars.MEMBERS_TEXT, SittingRecord.longText(membersText(members)));
    execution.setVariable(Vars.DOCUMENT_LINKS, DocumentLinks.markdown(batchId, documents.documentsOf(batchId)));

    for (Batch.Member m : members) {
      String text = body + "花名册第" + number + "批第" + m.seq() + "号（共" + members.size() + "人，" + key + "），"
          + ChineseTime.date(now.toLocalDate()) + "报送" + String.join("、", receivers.stream()
              .map(g -> org.reviewerGroups().getOrDefault(g, g)).toList());
      record.addTrail(runtime, m.applicationId(), level, forwarder, "编入花名册", text);
      List<Map<String, Object>> batches = rosterBatches(runtime, m.applicationId());
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("group", group);
      entry.put("receivingGroups", List.copyOf(receivers));
      entry.put("body", body);
      entry.put("batchKey", key);
      entry.put("batchId", batchId);
      entry.put("batchNumber", number);
      entry.put("seq", m.seq());
      entry.put("at", now.toString());
      batches.add(entry);
      runtime.setVariable(m.applicationId(), BatchVars.ROSTER_BATCHES, SittingRecord.json(batches));
      links.refresh(execution.getProcessEngineServices(), m.applicationId());
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
    String named = Vars.string(execution, BatchVars.FORWARDING_GROUP);
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
  private record Taken(String applicationId, String businessKey, LevelStep level, LevelStep receiver,
      Map<String, Object> vars, String appliedQualification) {
    String v(String name) {
      Object value = vars.get(name);
      return value == null ? null : value.toString();
    }
  }

  /** The running applications of the plan that {@code group} passed and has not forwarded, by 申报编号. */
  private List<Taken> passedAndNotForwarded(RuntimeService runtime, Plan plan, String group) {
    Set<String> forwarded = store.forwarded(group);
    List<Taken> taken = new ArrayList<>();
    for (ProcessInstance p : runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.TITLE_APPLICATION).variableValueEquals(Vars.PLAN_ID, plan.id())
        .orderByBusinessKey().asc().list()) {
      if (forwarded.contains(p.getId())) {
        continue;
      }
      List<LevelStep> chain = Vars.chain(runtime.getVariableTyped(p.getId(), Vars.CHAIN, false));
      Object entered = runtime.getVariable(p.getId(), Vars.LEVEL_INDEX);
      if (chain.isEmpty() || !(entered instanceof Number n)) {
        continue;
      }
      Optional<LevelStep> receiver = Forwarding.receiver(chain, n.intValue(), group);
      if (receiver.isPresent()) {
        ApplicantProfile profile = EligibilityVars.parse(runtime.getVariableTyped(p.getId(), EligibilityVars.PROFILE,
            false));
        taken.add(new Taken(p.getId(), p.getBusinessKey(), Forwarding.levelOf(chain, group).orElseThrow(),
            receiver.get(), runtime.getVariables(p.getId(), List.of(Vars.APPLICANT_NAME, Vars.ID_NUMBER,
                Vars.UNIT_NAME, Vars.EDUCATION, Vars.CURRENT_TITLE, Vars.CURRENT_TITLE_DATE, Vars.ROUTE)),
            DocumentData.appliedQualification(profile, plan)));
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

  private static Map<String, Object> row(Batch.Member m, String key) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("seq", m.seq());
    row.put("businessKey", m.businessKey());
    row.put("name", m.name());
    row.put("unit", m.unitName());
    row.put("applicationId", m.applicationId());
    row.put("batchKey", key);
    return row;
  }

  static List<Map<String, Object>> rosterBatches(RuntimeService runtime, String applicationId)
      throws JsonProcessingException {
    SerializableValue value = runtime.getVariableTyped(applicationId, BatchVars.ROSTER_BATCHES, false);
    if (value == null || value.getValueSerialized() == null) {
      return new ArrayList<>();
    }
    return new ArrayList<>(JSON.readValue(value.getValueSerialized(), new TypeReference<List<Map<String, Object>>>() {}));
  }

  private static DeclarationRefusedException refused(String finding) {
    return new DeclarationRefusedException("无法报送花名册", List.of(finding));
  }
}
