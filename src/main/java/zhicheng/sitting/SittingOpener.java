package zhicheng.sitting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.application.ApplicationVariables;
import zhicheng.application.DocumentData;
import zhicheng.application.EligibilityStep;
import zhicheng.calendar.ChineseTime;
import zhicheng.calendar.Period;
import zhicheng.committee.Candidate;
import zhicheng.committee.SittingStore;
import zhicheng.documents.DocumentLinks;
import zhicheng.documents.DocumentService;
import zhicheng.documents.PublicityListData;
import zhicheng.eligibility.ApplicantProfile;
import zhicheng.organisation.Organisation;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.CertificateTerms;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.publicity.PublicityPeriods;
import zhicheng.vocabulary.ChinaTime;
import zhicheng.vocabulary.ProcessKeys;

/**
 * 开评审会: a committee office opens a sitting of its own committee. Checks who opens it (only a member of
 * {@code office:<code>}, for that code: enforced here, not only by hiding the start form), the name and the date
 * (after the pre-review publicity, which starts now: seed 004 四、2 公示期5个工作日，公示无异议后，组织专家评审),
 * then takes the committee's applications that wait for a sitting and are in no other one, lists them on the
 * sitting, records that in each application's trail and stores the sitting's publicity list (评前公示表). Any
 * refusal comes before anything is taken; the caller's transaction rolls the rest back.
 *
 * <p>Takes the start form's values and returns what the sitting records ({@link Opened}); the sitting's own
 * variables are the delegate's ({@link OpenSittingDelegate}).
 */
@Component
public class SittingOpener {

  /** Where an application waits for a sitting (title-application). */
  static final String AWAIT_COMMITTEE = "ReceiveTask_AwaitCommittee";
  static final int NAME_MAX = 60;

  /** The start form of a sitting, with the instance it opens. */
  public record Request(String sittingId, String convener, String committeeCode, String name, String date) {}

  /**
   * The sitting as opened.
   *
   * @param committeeName the committee as its plan names it (the first application's), else the office's name
   * @param issuer        who issues the plan's certificates; "" when the plan has no certificate terms
   * @param publicity     the pre-review publicity's period, from now
   * @param documentLinks the sitting's documents (its 评前公示表), as the forms show links
   */
  public record Opened(String businessKey, Organisation.Committee committee, String name, LocalDate date,
      String committeeName, String issuer, Period publicity, List<Candidate> candidates, String documentLinks) {

    /** The sitting trail's first entry. */
    String summary() {
      return name + "，" + ChineseTime.date(date) + "；列入申报" + candidates.size() + "件；" + SittingVariables.PRE_REVIEW
          + SittingVariables.PUBLICITY_DAYS + "个工作日，至" + ChineseTime.end(publicity.end());
    }
  }

  /** An application taken by the sitting, with what its row of the 评前公示表 shows. */
  record Listed(Candidate candidate, String planId, String currentTitle, String route, String statement,
      ApplicantProfile profile) {}

  private final OrganisationRepository organisation;
  private final PlanRepository plans;
  private final SittingStore store;
  private final ApplicationRecord record;
  private final DocumentService documents;
  private final PublicityPeriods periods;
  private final RuntimeService runtime;
  private final IdentityService identity;

  public SittingOpener(OrganisationRepository organisation, PlanRepository plans, SittingStore store,
      ApplicationRecord record, DocumentService documents, PublicityPeriods periods, RuntimeService runtime,
      IdentityService identity) {
    this.organisation = organisation;
    this.plans = plans;
    this.store = store;
    this.record = record;
    this.documents = documents;
    this.periods = periods;
    this.runtime = runtime;
    this.identity = identity;
  }

  public Opened open(Request request) {
    Organisation.Committee committee = committeeOf(request.convener(), request.committeeCode());
    Period publicity = periods.fromNow(SittingVariables.PUBLICITY_DAYS);
    LocalDate date = sittingDate(request.date(), publicity);
    String name = request.name();
    if (name == null || name.isBlank() || name.trim().length() > NAME_MAX) {
      throw refused("请填写评审会名称（" + NAME_MAX + "字以内），如“2023年度高级工程师评审会”");
    }
    name = name.trim();
    if (committee.members().isEmpty()) {
      throw refused("评委会“" + committee.name() + "”尚无委员名单（组织机构数据 committees[].members），无法召开评审会");
    }
    List<Candidate> candidates = waiting(committee.code());
    if (candidates.isEmpty()) {
      throw refused("评委会“" + committee.name() + "”目前没有等待评审且未列入其他评审会的申报，无法召开评审会");
    }

    String sittingId = request.sittingId();
    store.list(sittingId, committee.code(), candidates);
    List<Listed> listed = candidates.stream().map(this::listed).toList();
    // a sitting may take applications of several plans of its committee; the first one's notice heads the list
    Plan plan = plans.find(listed.get(0).planId()).orElse(null);
    String businessKey = "SITTING-" + committee.code() + "-" + date.format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
        + sittingId;
    for (Candidate c : candidates) {
      record.addTrail(runtime, c.applicationId(), ApplicationRecord.COMMITTEE_LEVEL, request.convener(), "列入评审会",
          name + "（" + ChineseTime.date(date) + "）");
    }
    documents.publicityList(sittingId, preReviewList(businessKey, name, committee, plan, listed, plans::find,
        publicity));
    CertificateTerms terms = plan == null ? null : plan.certificate();
    return new Opened(businessKey, committee, name, date, plan == null ? committee.name() : plan.committeeName(),
        terms == null ? "" : terms.issuer(), publicity, candidates,
        DocumentLinks.markdown(sittingId, documents.documentsOf(sittingId)));
  }

  /**
   * The 评前公示表 (seed 004 四、2): one row per application, each as its own plan reads it
   * ({@link DocumentData#publicityEntry}); the first application's plan heads the list.
   */
  static PublicityListData preReviewList(String businessKey, String sittingName, Organisation.Committee committee,
      Plan plan, List<Listed> listed, Function<String, Optional<Plan>> plans, Period publicity) {
    List<PublicityListData.Entry> entries = new ArrayList<>();
    for (Listed a : listed) {
      Candidate c = a.candidate();
      entries.add(DocumentData.publicityEntry(c.businessKey(), c.name(), c.unitName(), a.currentTitle(), a.route(),
          a.statement(), a.profile(), plans.apply(a.planId()).orElse(plan)));
    }
    return new PublicityListData(businessKey, SittingVariables.PRE_REVIEW + "表：" + sittingName, committee.name(),
        plan == null ? committee.name() : plan.title(), plan == null ? "" : plan.notice(),
        LocalDate.ofInstant(publicity.start(), ChinaTime.ZONE), publicity.lastDay(), committee.name(), entries,
        OffsetDateTime.ofInstant(publicity.start(), ChinaTime.ZONE));
  }

  /** The committee the convener's office runs: the one named in the form, which must be his, or his only one. */
  private Organisation.Committee committeeOf(String convener, String code) {
    List<String> offices = identity.createGroupQuery().groupMember(convener).list().stream().map(Group::getId)
        .filter(g -> g.startsWith("office:")).map(g -> g.substring("office:".length())).toList();
    if (offices.isEmpty()) {
      throw refused("只有评委会办公室（office:<评委会代码> 用户组）的人员可以召开评审会");
    }
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

  private static LocalDate sittingDate(String value, Period publicity) {
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
  private List<Candidate> waiting(String committeeCode) {
    Set<String> taken = store.taken(committeeCode);
    List<Candidate> candidates = new ArrayList<>();
    for (ProcessInstance p : runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.TITLE_APPLICATION)
        .activityIdIn(AWAIT_COMMITTEE).variableValueEquals(ApplicationVariables.COMMITTEE_CODE.name(), committeeCode)
        .orderByBusinessKey().asc().list()) {
      if (!taken.contains(p.getId())) {
        candidates.add(new Candidate(p.getId(), p.getBusinessKey(), ApplicationVariables.APPLICANT_NAME.get(runtime,
            p.getId()), ApplicationVariables.UNIT_CODE.get(runtime, p.getId()),
            ApplicationVariables.UNIT_NAME.get(runtime, p.getId())));
      }
    }
    return candidates;
  }

  /** What the application's row of the 评前公示表 needs, read from it. */
  private Listed listed(Candidate c) {
    String id = c.applicationId();
    return new Listed(c, ApplicationVariables.PLAN_ID.get(runtime, id), ApplicationVariables.CURRENT_TITLE.get(runtime,
        id), ApplicationVariables.ROUTE.get(runtime, id), ApplicationVariables.STATEMENT.get(runtime, id),
        EligibilityStep.parse(ApplicationVariables.PROFILE.get(runtime, id)));
  }

  private static DeclarationRefusedException refused(String finding) {
    return new DeclarationRefusedException("无法召开评审会", List.of(finding));
  }
}
