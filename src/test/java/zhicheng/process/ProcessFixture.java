package zhicheng.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import zhicheng.Migrations;
import zhicheng.eligibility.IntegrityRecord;
import zhicheng.eligibility.TestFiles;
import zhicheng.calendar.HolidayCalendar;
import zhicheng.committee.SittingStore;
import zhicheng.calendar.WorkingDayCalendar;
import zhicheng.calendar.Workdays;
import zhicheng.documents.CertificateRegister;
import zhicheng.documents.CjkFont;
import zhicheng.documents.DocumentService;
import zhicheng.documents.DocumentStore;
import zhicheng.forwarding.RosterStore;
import zhicheng.notification.Notification;
import zhicheng.notification.NotificationGateway;
import zhicheng.notification.NotificationOutbox;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;
import zhicheng.process.TimerEnd;
import zhicheng.scoring.ScoringStandards;
import zhicheng.achievements.AchievementArchive;
import zhicheng.achievements.AchievementStore;
import zhicheng.levels.AchievementReviewListener;
import zhicheng.application.AcceptDeclarationDelegate;
import zhicheng.application.ApplicationDocumentsListener;
import zhicheng.application.ApplicationIndex;
import zhicheng.application.ApplicationRecord;
import zhicheng.application.ApplicationVariables;
import zhicheng.application.CheckEligibilityDelegate;
import zhicheng.application.CommitteeResultListener;
import zhicheng.application.EligibilityFixListener;
import zhicheng.application.EnterLevelDelegate;
import zhicheng.application.FeePaidListener;
import zhicheng.application.FormReturnDueListener;
import zhicheng.application.FormReturnedListener;
import zhicheng.application.IntegrityScreenListener;
import zhicheng.application.IssueCertificateDelegate;
import zhicheng.application.MaterialsListener;
import zhicheng.application.NotifyFeeDelegate;
import zhicheng.application.PaperFormsDueListener;
import zhicheng.application.PaperFormsReceivedListener;
import zhicheng.application.PaymentRegister;
import zhicheng.application.PlanTerms;
import zhicheng.application.RecordApplicantOverdueDelegate;
import zhicheng.application.RecordPaperFormsOverdueDelegate;
import zhicheng.application.RecordUnpaidDelegate;
import zhicheng.forwarding.ApplicationBatches;
import zhicheng.forwarding.BatchCollector;
import zhicheng.forwarding.BatchEndedListener;
import zhicheng.forwarding.BatchLinksListener;
import zhicheng.forwarding.BatchSentListener;
import zhicheng.forwarding.CollectBatchDelegate;
import zhicheng.levels.CorrectionSubmittedListener;
import zhicheng.levels.PostQuotaListener;
import zhicheng.levels.RecordOverdueDelegate;
import zhicheng.levels.ReviewCompletedListener;
import zhicheng.publicity.CloseObjectionDelegate;
import zhicheng.publicity.ObjectionFiling;
import zhicheng.publicity.ObjectionInvestigatedListener;
import zhicheng.publicity.PublicityDocuments;
import zhicheng.publicity.PublicityPeriod;
import zhicheng.publicity.PublicityPeriods;
import zhicheng.publicity.PublicityVariables;
import zhicheng.publicity.PublicityResult;
import zhicheng.publicity.PublishNoticeDelegate;
import zhicheng.publicity.ObjectionLimits;
import zhicheng.publicity.RegisterObjectionDelegate;
import zhicheng.publicity.RestartPeriodDelegate;
import zhicheng.sitting.BallotCastListener;
import zhicheng.sitting.BallotSheetListener;
import zhicheng.sitting.CountVotesDelegate;
import zhicheng.sitting.DeliverResultDelegate;
import zhicheng.sitting.ExpertsChosenListener;
import zhicheng.sitting.OpenSittingDelegate;
import zhicheng.sitting.SittingOpener;
import zhicheng.sitting.PublicationListener;
import zhicheng.sitting.RemoveFromSittingDelegate;
import zhicheng.sitting.SittingEndedListener;
import zhicheng.sitting.SittingRecord;
import zhicheng.sitting.SittingSteps;

/**
 * The real delegates wired by hand (no Spring) on every shipped plan (most tests use seed 004's) and the demo
 * organisation, plus the steps a test takes as applicant or reviewer. Dates are the notice's own.
 */
public final class ProcessFixture {

  public static final String PLAN_ID = "hz-2023-hgqf-senior-engineer";
  /** The same plan without fee, paper forms or certificate terms: the chain goes straight to the committee. */
  public static final String PLAIN_PLAN_ID = PLAN_ID + "-plain";
  public static final String VALID_ID = "11010519491231002X";

  /** The documents' own tables, beside the engine's (in the app they share one database and transaction). */
  private static final JdbcDataSource DOCUMENTS_DB = new JdbcDataSource();
  private static final CjkFont FONT = CjkFont.locate(System.getProperty("zhicheng.documents.font"));

  static {
    DOCUMENTS_DB.setURL("jdbc:h2:mem:zhicheng-documents-test;DB_CLOSE_DELAY=-1");
    Migrations.migrate(DOCUMENTS_DB);
  }

  private final ProcessEngine engine;
  public final DocumentService documents;
  /** The achievement archive on the process tests' database (rows, their uses by applications, the unit's findings). */
  public final AchievementArchive archive;
  /** The working-day calendar of the processes, as shipped (cn.6tail:lunar for 2020–2023, holidays/*.json). */
  public final HolidayCalendar calendar;
  public final ObjectionFiling objections;
  public final WorkdayTimers workdayTimers;
  /** A profile that meets every rule of seed 004 for 正常申报 (engineer since 2017-06-30, 2020–2022 assessed, 2021–2023 hours). */
  public static final String ELIGIBLE_PROFILE = """
      {"employerType": "企业", "currentTitleLevel": "中级", "currentTitleSeries": "工程技术", "degreeRelated": true,
       "assessments": [{"year": 2020, "result": "合格"}, {"year": 2021, "result": "优秀"}, {"year": 2022, "result": "优秀"}],
       "continuingEducation": [
         {"year": 2021, "professional": 60, "industryPublic": 18, "generalPublic": 12},
         {"year": 2022, "professional": 64, "industryPublic": 16, "generalPublic": 10},
         {"year": 2023, "professional": 70, "industryPublic": 20, "generalPublic": 0}]}""";

  /** The integrity record the delegates read; a test adds entries. */
  public final List<IntegrityRecord> integrity = new java.util.ArrayList<>();

  public ProcessFixture(ProcessEngine engine) throws IOException {
    this(engine, HolidayCalendar.shipped());
  }

  public ProcessFixture(ProcessEngine engine, WorkingDayCalendar holidays) throws IOException {
    this.engine = engine;
    // every shipped plan, as the app reads them (seed 004's is the one most tests use), and seed 004's plan
    // without fee, paper forms or certificate terms, whose chain goes straight to the committee
    List<Plan> shipped = new ArrayList<>(new PlanRepository("file:plans/*.json", false, Clock.systemUTC()).all());
    Plan plan = shipped.stream().filter(p -> p.id().equals(PLAN_ID)).findFirst().orElseThrow();
    shipped.add(new Plan(PLAIN_PLAN_ID, plan.title(), plan.notice(), plan.source(), plan.committeeCode(),
        plan.committeeName(), plan.applicantDeadline(), plan.routes(), plan.chain(), false, plan.documentCopies(),
        plan.rules(), null, null, null));
    PlanRepository plans = new PlanRepository(shipped, null);
    OrganisationRepository organisation = new OrganisationRepository("classpath:organisation/demo.json");
    Clock clock = new EngineClock();
    index = new ApplicationIndex(DOCUMENTS_DB, clock);
    ApplicationRecord record = new ApplicationRecord(clock, index);
    Mocks.register("applicationStatus", record);
    AchievementStore achievements = new AchievementStore(new JdbcTemplate(DOCUMENTS_DB), clock);
    Mocks.register("acceptDeclaration", new AcceptDeclarationDelegate(plans, organisation, record, achievements,
        clock));
    Mocks.register("enterLevel", new EnterLevelDelegate(record));
    Mocks.register("reviewCompleted", new ReviewCompletedListener(record));
    Mocks.register("recordOverdue", new RecordOverdueDelegate(record));
    var decisions = new DeployedDecisions(engine.getDecisionService());
    var scoring = new ScoringStandards("file:scoring/*.json");
    zhicheng.eligibility.IntegrityRecordSource records = id -> integrity.stream()
        .filter(r -> r.idNumber().equals(id)).toList();
    Mocks.register("correctionSubmitted", new CorrectionSubmittedListener(plans, organisation, record, clock,
        decisions, scoring, records));
    Mocks.register("integrityScreen", new IntegrityScreenListener(plans, records));
    Mocks.register("materials", new MaterialsListener(plans, record));
    Mocks.register("checkEligibility", new CheckEligibilityDelegate(plans, decisions, scoring, records, record));
    Mocks.register("eligibilityFixSubmitted", new EligibilityFixListener(plans, organisation, record, clock));
    Mocks.register("recordApplicantOverdue", new RecordApplicantOverdueDelegate(record));
    Mocks.register("postQuota", new PostQuotaListener(plans, organisation));
    documents = new DocumentService(FONT, new DocumentStore(DOCUMENTS_DB, clock), new CertificateRegister(DOCUMENTS_DB),
        clock, "zhicheng 职称评审平台", "http://localhost:8080");
    archive = new AchievementArchive(achievements, scoring, clock);
    Mocks.register("applicationDocuments", new ApplicationDocumentsListener(documents, plans, organisation, archive,
        scoring));
    Mocks.register("achievementReview", new AchievementReviewListener(archive, plans, scoring));
    PublicityDocuments publicityDocuments = new PublicityDocuments(documents, plans);

    calendar = new HolidayCalendar(holidays, clock);
    Workdays workdays = new Workdays(calendar);
    Mocks.register("workdays", workdays);
    PublicityPeriods periods = new PublicityPeriods(workdays, clock);
    Mocks.register("publishNotice", new PublishNoticeDelegate(record, publicityDocuments, periods));
    Mocks.register("publicityPeriod", new PublicityPeriod(periods));
    // each test's engine numbers its instances afresh: objections counted by an earlier test's engine are not this one's
    new JdbcTemplate(DOCUMENTS_DB).update("DELETE FROM zc_objection");
    Mocks.register("registerObjection", new RegisterObjectionDelegate(record, periods,
        new ObjectionLimits(DOCUMENTS_DB, calendar, ObjectionLimits.DEFAULT_PER_WORKING_DAY), clock));
    Mocks.register("objectionInvestigated", new ObjectionInvestigatedListener(record));
    Mocks.register("restartPeriod", new RestartPeriodDelegate(record, publicityDocuments, periods));
    Mocks.register("closeObjection", new CloseObjectionDelegate());
    Mocks.register("publicityResult", new PublicityResult(record));
    objections = new ObjectionFiling(engine.getRuntimeService(), engine.getHistoryService(), clock);
    committeeSteps(plans, organisation, record, workdays, periods, clock);
    workdayTimers = new WorkdayTimers(engine.getRepositoryService(), engine.getManagementService(),
        engine.getRuntimeService(), calendar, clock,
        List.of(new TimerEnd(PublicityVariables.END), new TimerEnd(ApplicationVariables.PAYMENT_DEADLINE)));
  }

  public DocumentService documents() {
    return documents;
  }

  /** The app's own tables (documents, sittings, votes, payments, notifications) in the process tests. */
  public static DataSource documentsDatabase() {
    return DOCUMENTS_DB;
  }

  // ---- the committee: fee, paper forms, sittings, votes, result, certificate ----

  /** The application table, kept by the process as the app keeps it. */
  public ApplicationIndex index;
  public final RecordingGateway gateway = new RecordingGateway();
  public NotificationOutbox outbox;
  public PaymentRegister payments;
  public SittingStore sittings;
  public RosterStore rosters;

  private void committeeSteps(PlanRepository plans, OrganisationRepository organisation, ApplicationRecord record,
      Workdays workdays, PublicityPeriods periods, Clock clock) {
    outbox = new NotificationOutbox(DOCUMENTS_DB, gateway, clock);
    sittings = new SittingStore(DOCUMENTS_DB);
    payments = new PaymentRegister(DOCUMENTS_DB, engine.getRuntimeService(), engine.getHistoryService(),
        engine.getManagementService(), clock);
    JdbcTemplate jdbc = new JdbcTemplate(DOCUMENTS_DB);
    rosters = new RosterStore(DOCUMENTS_DB);
    for (String table : List.of("zc_application", "zc_application_reader", "zc_notification", "zc_payment", "zc_sitting_application", "zc_vote", "zc_ballot_cast",
        "zc_roster_entry")) {
      jdbc.update("DELETE FROM " + table);
    }
    PlanTerms terms = new PlanTerms(plans);
    Mocks.register("planTerms", terms);
    Mocks.register("notifyFee", new NotifyFeeDelegate(terms, record, outbox, workdays, clock));
    Mocks.register("feePaid", new FeePaidListener(record));
    Mocks.register("recordUnpaid", new RecordUnpaidDelegate(record));
    Mocks.register("paperFormsDue", new PaperFormsDueListener(terms, record, outbox));
    Mocks.register("paperFormsReceived", new PaperFormsReceivedListener(record));
    Mocks.register("recordPaperFormsOverdue", new RecordPaperFormsOverdueDelegate(record));
    Mocks.register("committeeResultReceived", new CommitteeResultListener(record));
    Mocks.register("issueCertificate", new IssueCertificateDelegate(terms, documents, record, outbox));
    Mocks.register("formReturnDue", new FormReturnDueListener(terms, record));
    Mocks.register("evaluationFormReturned", new FormReturnedListener(record));

    SittingRecord sitting = new SittingRecord(sittings, clock);
    SittingSteps steps = new SittingSteps(sittings, record, sitting, clock);
    Mocks.register("sitting", steps);
    Mocks.register("openSitting", new OpenSittingDelegate(new SittingOpener(organisation, plans, sittings, record,
        documents, periods, engine.getRuntimeService(), engine.getIdentityService()), sitting));
    Mocks.register("removeFromSitting", new RemoveFromSittingDelegate(steps, sittings, sitting, record));
    Mocks.register("expertsChosen", new ExpertsChosenListener(organisation, sittings, sitting, clock));
    Mocks.register("ballotSheet", new BallotSheetListener(sitting, documents));
    Mocks.register("ballotCast", new BallotCastListener(sittings, sitting, clock));
    Mocks.register("countVotes", new CountVotesDelegate(sittings, sitting, record, clock));
    Mocks.register("publicationEntered", new PublicationListener(sitting, clock));
    Mocks.register("deliverResult", new DeliverResultDelegate(steps, sittings, record));
    Mocks.register("sittingEnded", new SittingEndedListener(sittings, record));

    ApplicationBatches batches = new ApplicationBatches(rosters, documents);
    Mocks.register("batchLinks", new BatchLinksListener(batches));
    BatchCollector collector = new BatchCollector(plans, organisation, rosters, documents, engine.getRuntimeService(),
        engine.getIdentityService(), clock);
    Mocks.register("collectBatch", new CollectBatchDelegate(collector, batches, record));
    Mocks.register("batchSent", new BatchSentListener(batches, record, clock));
    Mocks.register("batchEnded", new BatchEndedListener(rosters, batches, record, clock));
  }

  /** A gateway that keeps what it was given, and fails while told to. */
  public static final class RecordingGateway implements NotificationGateway {
    public final List<Notification> sent = new ArrayList<>();
    public boolean failing;

    @Override
    public void send(Notification n) {
      if (failing) {
        throw new IllegalStateException("短信平台无响应");
      }
      sent.add(n);
    }
  }

  public static void setClock(String isoWithOffset) {
    ClockUtil.setCurrentTime(at(isoWithOffset));
  }

  public static Date at(String isoWithOffset) {
    return Date.from(OffsetDateTime.parse(isoWithOffset).toInstant());
  }

  public static Map<String, Object> declaration() {
    Map<String, Object> v = new HashMap<>();
    v.put("planId", PLAN_ID);
    v.put("applicantName", "张三");
    v.put("idNumber", VALID_ID);
    v.put("unitCode", "hz-xihu-chem");
    v.put("route", "正常申报");
    v.put("education", "大学本科");
    v.put("currentTitle", "工程师");
    v.put("currentTitleDate", "2017-06-30");
    v.put("statement", "任工程师以来主持精细化工工艺改进项目三项。");
    v.put("profile", json(ELIGIBLE_PROFILE));
    return v;
  }

  public static Object json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  /** The files an eligible seed 004 applicant uploads: photo, continuing-education proof, assessment forms. */
  public static Map<String, Object> materials() {
    Map<String, Object> files = new HashMap<>();
    files.put("photo", Variables.fileValue("证件照.jpg").file(TestFiles.goodPhoto()).mimeType("image/jpeg").create());
    files.put("ceCertificate", pdf("继续教育学时证明.pdf"));
    files.put("assessmentForms", pdf("年度考核登记表.pdf"));
    return files;
  }

  public static Object pdf(String name) {
    return Variables.fileValue(name).file(TestFiles.pdf()).mimeType("application/pdf").create();
  }

  /** Declares, uploads the materials and passes the eligibility check: the application is at its first level. */
  public ProcessInstance declareAndUpload(Map<String, Object> declaration) {
    ProcessInstance pi = declare(declaration);
    complete(uploadTask(pi), "zhangsan", materials());
    return pi;
  }

  public Task uploadTask(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("UserTask_UploadMaterials").singleResult();
  }

  public ProcessInstance declare(Map<String, Object> declaration) {
    engine.getIdentityService().setAuthenticatedUserId("zhangsan");
    try {
      return engine.getRuntimeService().startProcessInstanceByKey("title-application", declaration);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Completes the one open task as {@code user}, with the given form values. */
  public void complete(Task t, String user, Map<String, Object> values) {
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      engine.getTaskService().complete(t.getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public void review(ProcessInstance sub, String user, String decision, String opinion) {
    complete(task(sub), user, Map.of("decision", decision, "opinion", opinion));
  }

  /** An objection as the public files it (POST /api/applications/{id}/objections). */
  public ObjectionFiling.Filed object(String businessKey, String user, String name, String text) {
    return objections.file(businessKey, user, name, text);
  }

  /** The investigating body's finding on one 核查异议 task. */
  public void investigate(Task t, String user, String finding, String text, boolean restart) {
    complete(t, user, Map.of("finding", finding, "findingText", text, "restart", restart));
  }

  /** Makes the user a member of the group, creating either if it is missing (identity as OrganisationSetup leaves it). */
  public static void member(IdentityService identity, String userId, String groupId) {
    if (identity.createGroupQuery().groupId(groupId).count() == 0) {
      identity.saveGroup(identity.newGroup(groupId));
    }
    if (identity.createUserQuery().userId(userId).count() == 0) {
      identity.saveUser(identity.newUser(userId));
    }
    identity.createMembership(userId, groupId);
  }

  /** After a test that made users and groups: none left, the engine clock and the mocked beans reset. */
  public static void forgetIdentitiesAndClock(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    identity.createUserQuery().list().forEach(u -> identity.deleteUser(u.getId()));
    identity.createGroupQuery().list().forEach(g -> identity.deleteGroup(g.getId()));
    ClockUtil.reset();
    Mocks.reset();
  }
}
