package zhicheng.sitting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.application.ApplicationVariables;
import zhicheng.application.CommitteeResultListener;
import zhicheng.calendar.ChineseTime;
import zhicheng.calendar.Period;
import zhicheng.calendar.Workdays;
import zhicheng.committee.Candidate;
import zhicheng.committee.SittingStore;
import zhicheng.documents.DocumentLinks;
import zhicheng.documents.DocumentService;
import zhicheng.documents.PublicityListData;
import zhicheng.organisation.Organisation;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.CertificateTerms;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.vocabulary.ChinaTime;
import zhicheng.vocabulary.ProcessKeys;

/**
 * 开评审会: a committee office opens a sitting of its own committee. Checks who opens it (only a member of
 * {@code office:<code>}, for that code: enforced here, not only by hiding the start form), the name and the date
 * (after the pre-review publicity, which starts now: seed 004 四、2 公示期5个工作日，公示无异议后，组织专家评审),
 * then takes the committee's applications that wait for a sitting and are in no other one, lists them on the
 * sitting and publishes the publicity list (公示表). Any refusal rolls the start back: no sitting, nothing taken.
 */
@Component("openSitting")
public class OpenSittingDelegate implements JavaDelegate {

  static final String AWAIT_COMMITTEE = "ReceiveTask_AwaitCommittee";
  static final int NAME_MAX = 60;
  static final int SUMMARY_MAX = 80;

  private final OrganisationRepository organisation;
  private final PlanRepository plans;
  private final SittingStore store;
  private final SittingRecord sitting;
  private final ApplicationRecord record;
  private final DocumentService documents;
  private final Workdays workdays;
  private final Clock clock;

  public OpenSittingDelegate(OrganisationRepository organisation, PlanRepository plans, SittingStore store,
      SittingRecord sitting, ApplicationRecord record, DocumentService documents, Workdays workdays, Clock clock) {
    this.organisation = organisation;
    this.plans = plans;
    this.store = store;
    this.sitting = sitting;
    this.record = record;
    this.documents = documents;
    this.workdays = workdays;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String convener = SittingVariables.CONVENER.get(execution);
    Organisation.Committee committee = committeeOf(execution, convener);
    Instant now = clock.instant();
    Period publicity = workdays.period(now, SittingVariables.PUBLICITY_DAYS);
    String name = SittingVariables.SITTING_NAME.get(execution);
    LocalDate date = sittingDate(SittingVariables.SITTING_DATE.get(execution), publicity);
    if (name == null || name.isBlank() || name.trim().length() > NAME_MAX) {
      throw refused("请填写评审会名称（" + NAME_MAX + "字以内），如“2023年度高级工程师评审会”");
    }
    if (committee.members().isEmpty()) {
      throw refused("评委会“" + committee.name() + "”尚无委员名单（组织机构数据 committees[].members），无法召开评审会");
    }
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    List<Candidate> candidates = waiting(runtime, committee.code());
    if (candidates.isEmpty()) {
      throw refused("评委会“" + committee.name() + "”目前没有等待评审且未列入其他评审会的申报，无法召开评审会");
    }

    String sittingId = execution.getProcessInstanceId();
    store.list(sittingId, committee.code(), candidates);
    // a sitting may take applications of several plans of its committee; the first one's notice heads the list
    Plan plan = plans.find(ApplicationVariables.PLAN_ID.get(runtime, candidates.get(0).applicationId())).orElse(null);
    execution.setProcessBusinessKey("SITTING-" + committee.code() + "-" + date.format(DateTimeFormatter.BASIC_ISO_DATE)
        + "-" + sittingId);
    SittingVariables.COMMITTEE_CODE.set(execution, committee.code());
    SittingVariables.SITTING_NAME.set(execution, name.trim());
    SittingVariables.SITTING_DATE.set(execution, date.toString());
    SittingVariables.OPENED_AT.set(execution, Date.from(now));
    SittingVariables.OFFICE_NAME.set(execution, committee.name());
    SittingVariables.OFFICE_GROUP.set(execution, committee.groupId());
    SittingVariables.COMMITTEE_NAME.set(execution, plan == null ? committee.name() : plan.committeeName());
    CertificateTerms terms = plan == null ? null : plan.certificate();
    SittingVariables.ISSUER.set(execution, terms == null ? "" : terms.issuer());
    SittingVariables.MEMBER_COUNT.set(execution, committee.members().size());
    SittingVariables.COMMITTEE_MEMBERS.set(execution, committee.members().stream()
        .map(m -> new SittingVariables.Choice(m.name() + "（" + m.unitName() + "）", m.id())).toList());

    for (Candidate c : candidates) {
      record.addTrail(runtime, c.applicationId(), CommitteeResultListener.LEVEL, convener, "列入评审会",
          name.trim() + "（" + ChineseTime.date(date) + "）");
    }
    documents.publicityList(sittingId, publicityList(execution, runtime, candidates, plan, committee, publicity));
    SittingVariables.DOCUMENT_LINKS.set(execution, DocumentLinks.markdown(sittingId, documents.documentsOf(sittingId)));
    sitting.trail(execution, convener, "开评审会", name.trim() + "，" + ChineseTime.date(date) + "；列入申报"
        + candidates.size() + "件；" + SittingVariables.PRE_REVIEW + SittingVariables.PUBLICITY_DAYS + "个工作日，至"
        + ChineseTime.end(publicity.end()));
    sitting.refresh(execution);
  }

  /** The committee the convener's office runs: the one named in the form, which must be his, or his only one. */
  private Organisation.Committee committeeOf(DelegateExecution execution, String convener) {
    List<String> offices = execution.getProcessEngineServices().getIdentityService().createGroupQuery()
        .groupMember(convener).list().stream().map(Group::getId).filter(g -> g.startsWith("office:"))
        .map(g -> g.substring("office:".length())).toList();
    if (offices.isEmpty()) {
      throw refused("只有评委会办公室（office:<评委会代码> 用户组）的人员可以召开评审会");
    }
    String code = SittingVariables.COMMITTEE_CODE.get(execution);
    if (code == null || code.isBlank()) {
      if (offices.size() > 1) {
        throw refused("您属于多个评委会办公室（" + String.join("、", offices) + "），请填写本次评审会的评委会代码");
      }
      code = offices.get(0);
    }
    String chosen = code.trim();
    if (!offices.contains(chosen)) {
      throw refused("您不是评委会“" + chosen + "”办公室的人员，只能为本办公室的评委会（" + String.join("、", offices)
          + "）召开评审会");
    }
    return organisation.get().committee(chosen)
        .orElseThrow(() -> refused("组织机构数据中没有评委会“" + chosen + "”"));
  }

  private LocalDate sittingDate(String value, Period publicity) {
    if (value == null || value.isBlank()) {
      throw refused("请填写评审会日期");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.trim().substring(0, Math.min(10, value.trim().length())));
    } catch (DateTimeParseException e) {
      throw refused("评审会日期“" + value + "”格式错误（应为 yyyy-MM-dd）");
    }
    if (!date.isAfter(publicity.lastDay())) {
      throw refused("评审会日期应在" + SittingVariables.PRE_REVIEW + "期满之后：公示自今天起" + SittingVariables.PUBLICITY_DAYS
          + "个工作日，至" + ChineseTime.end(publicity.end()) + "（杭经信人事〔2023〕63号 四、2：公示无异议后，组织专家评审）");
    }
    return date;
  }

  /** The committee's applications waiting at 等待评委会评审 and not taken by a sitting, by number. */
  private List<Candidate> waiting(RuntimeService runtime, String committeeCode) {
    Set<String> taken = store.taken(committeeCode);
    List<Candidate> candidates = new ArrayList<>();
    for (ProcessInstance p : runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.TITLE_APPLICATION).activityIdIn(AWAIT_COMMITTEE)
        .variableValueEquals(ApplicationVariables.COMMITTEE_CODE.name(), committeeCode).orderByBusinessKey().asc().list()) {
      if (!taken.contains(p.getId())) {
        candidates.add(new Candidate(p.getId(), p.getBusinessKey(), ApplicationVariables.APPLICANT_NAME.get(runtime,
            p.getId()), ApplicationVariables.UNIT_CODE.get(runtime, p.getId()),
            ApplicationVariables.UNIT_NAME.get(runtime, p.getId())));
      }
    }
    return candidates;
  }

  private PublicityListData publicityList(DelegateExecution execution, RuntimeService runtime,
      List<Candidate> candidates, Plan plan, Organisation.Committee committee, Period publicity) {
    List<PublicityListData.Entry> entries = new ArrayList<>();
    for (Candidate c : candidates) {
      String id = c.applicationId();
      Plan own = plans.find(ApplicationVariables.PLAN_ID.get(runtime, id)).orElse(plan);
      String statement = ApplicationVariables.STATEMENT.get(runtime, id);
      statement = statement == null ? "" : statement.trim();
      entries.add(new PublicityListData.Entry(c.businessKey(), c.name(), c.unitName(),
          ApplicationVariables.CURRENT_TITLE.get(runtime, id),
          own == null || own.certificate() == null ? "" : own.certificate().qualification(),
          ApplicationVariables.ROUTE.get(runtime, id),
          statement.length() > SUMMARY_MAX ? statement.substring(0, SUMMARY_MAX) + "……" : statement));
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
    return new PublicityListData(execution.getProcessBusinessKey(),
        SittingVariables.PRE_REVIEW + "表：" + SittingVariables.SITTING_NAME.get(execution), committee.name(),
        plan == null ? committee.name() : plan.title(), plan == null ? "" : plan.notice(), today,
        publicity.lastDay(), committee.name(), entries, OffsetDateTime.ofInstant(clock.instant(), ChinaTime.ZONE));
  }

  private static DeclarationRefusedException refused(String finding) {
    return new DeclarationRefusedException("无法召开评审会", List.of(finding));
  }
}
