package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import zhicheng.calendar.ChineseTime;
import zhicheng.calendar.HolidayCalendar;
import zhicheng.documents.CertificateRequest;
import zhicheng.documents.DocumentService;
import zhicheng.documents.IssuedCertificate;
import zhicheng.notification.NotificationOutbox;
import zhicheng.operations.OperationsMeters;
import zhicheng.plan.PlanRepository;
import zhicheng.reminder.DeadlineReminders;
import zhicheng.reminder.ReminderLedger;
import zhicheng.reminder.ReminderTiming;
import zhicheng.vocabulary.ChinaTime;

/**
 * What operators see on the real PostgreSQL (schema {@code <zhicheng.it.schema>_ops}): the health endpoint and its
 * probes, public and showing the status only; the gauges of applications per plan and level, refreshed on a
 * schedule and read from the registry as a scrape reads them; the /api description, which has every endpoint of
 * every controller of zhicheng.web (the JSON API; /portal's HTML pages are not described), Chinese summaries and the error shape; the reminders with a
 * clock of their own; the history cleanup with the engine's clock moved past an ended application's time to live.
 */
@PostgresAppTest
// Spring Boot tests export no metrics unless asked: this one scrapes /actuator/prometheus as Prometheus does
@AutoConfigureObservability(tracing = false)
class OperationsIntegrationTest extends DemoRest {

  static final String SCHEMA = PostgresSchema.PREFIX + "_ops";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    PostgresSchema.use(registry, SCHEMA);
  }

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void theApiDescriptionHasEveryControllerEndpointWithChineseSummariesAndTheErrorShape() throws Exception {
    assertThat(rest.getForEntity("/api/openapi", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> answer = call("lisi", HttpMethod.GET, "/api/openapi", null);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode doc = body(answer);
    JsonNode paths = doc.get("paths");

    List<String> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mappings.getHandlerMethods().entrySet()) {
      String pkg = m.getValue().getBeanType().getPackageName();
      // the JSON API only: /portal is HTML pages for people, not an API to describe
      if (!pkg.equals("zhicheng.web")) {
        continue;
      }
      assertThat(m.getKey().getMethodsCondition().getMethods()).as(m.getValue().toString()).isNotEmpty();
      for (String path : m.getKey().getPathPatternsCondition().getPatternValues()) {
        for (var method : m.getKey().getMethodsCondition().getMethods()) {
          String where = method + " " + path;
          endpoints.add(where);
          JsonNode operation = paths.path(path).path(method.name().toLowerCase());
          assertThat(operation.isObject()).as(where + " in the description").isTrue();
          assertThat(operation.path("summary").asText()).as(where + " summary").containsPattern("\\p{IsHan}");
          assertThat(operation.path("tags").get(0).asText()).as(where + " tag").containsPattern("\\p{IsHan}");
        }
      }
    }
    // every controller of zhicheng.web: 25 endpoints on the day this test was written (a mapping found none)
    assertThat(endpoints).hasSizeGreaterThanOrEqualTo(25).contains("GET /api/applications/{id}", "POST /api/eligibility");

    assertThat(doc.at("/components/schemas/ApiError/properties").has("error")).isTrue();
    assertThat(doc.at("/components/schemas/ApiError/properties").has("findings")).isTrue();
    assertThat(doc.at("/paths/~1api~1eligibility/post/responses/400/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/ApiError");
    assertThat(doc.at("/paths/~1api~1plans/get/responses/401/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/ApiError");
    // the public certificate check needs no sign-in, and says so
    JsonNode check = doc.at("/paths/~1api~1certificates~1{code}/get");
    assertThat(check.get("security")).isEmpty();
    assertThat(check.get("responses").has("401")).isFalse();
    assertThat(doc.at("/info/title").asText()).isEqualTo("职称评审 JSON API");
  }

  @Test
  void swaggerUiNeedsTheSameSignIn() {
    assertThat(rest.getForEntity("/api/docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> ui = call("lisi", HttpMethod.GET, "/api/docs", null);
    assertThat(ui.getStatusCode().is2xxSuccessful() || ui.getStatusCode().is3xxRedirection()).as(ui.toString()).isTrue();
  }

  @Autowired
  MeterRegistry registry;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;
  @Autowired
  IdentityService identity;
  @Autowired
  PlanRepository plans;
  @Autowired
  HolidayCalendar calendar;
  @Autowired
  NotificationOutbox outbox;
  @Autowired
  ReminderLedger ledger;
  @Autowired
  PlatformTransactionManager transactions;
  @Autowired
  DataSource dataSource;

  /** The reminders as one node runs them when its clock shows {@code now}. */
  DeadlineReminders node(Instant now) {
    return new DeadlineReminders(tasks, management, runtime, identity, plans, calendar, outbox, ledger, transactions,
        Clock.fixed(now, ChinaTime.ZONE));
  }

  /** 09:00 of the first day from which {@code deadline}'s last day is within 3 working days. */
  Instant threeWorkingDaysBefore(Instant deadline) {
    LocalDate last = ReminderTiming.lastDay(deadline);
    for (LocalDate d = last.minusDays(20); ; d = d.plusDays(1)) {
      Instant nine = d.atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
      if (!calendar.current().period(nine, 3).lastDay().isBefore(last)) {
        return nine;
      }
    }
  }

  List<Map<String, Object>> reminders(String recipient) {
    return new JdbcTemplate(dataSource).queryForList("SELECT process_instance_id, business_key, subject, body "
        + "FROM zc_notification WHERE recipient = ? AND subject LIKE '%截止提醒%' ORDER BY id", recipient);
  }

  @Test
  void reviewersAreRemindedThreeWorkingDaysBeforeAndOnTheDayOnceWhicheverNodeRuns() throws Exception {
    String id = declare("wangwu", "王五", "hz-xiaoshan-textile").get("id").asText();
    Task review = tasks.createTaskQuery().processDefinitionKey("level-review")
        .taskCandidateGroup("unit:hz-xiaoshan-textile").singleResult();
    Instant deadline = review.getDueDate().toInstant();
    Instant before = threeWorkingDaysBefore(deadline);

    assertThat(node(before.minus(Duration.ofDays(1))).run().reviewerMessages()).isZero();
    // other tests' applications wait at other units with the same deadline: their reviewers are reminded as well
    assertThat(node(before).run().reviewerMessages()).isPositive();
    List<Map<String, Object>> sent = reminders("xiaoshan-hr");
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).get("subject")).isEqualTo("【职称评审】审核截止提醒：用人单位审核");
    assertThat(sent.get(0).get("process_instance_id")).isNull();
    assertThat((String) sent.get(0).get("body")).contains("1份申报待用人单位审核（王五）", "还有3个工作日",
        ChineseTime.end(deadline), "逾期不予受理");

    // later the same day, a restart, a second node: the key is taken, nothing is queued again
    assertThat(node(before.plus(Duration.ofHours(1))).run().reviewerMessages()).isZero();
    assertThat(node(before).run().reviewerMessages()).isZero();

    Instant lastDay = ReminderTiming.lastDay(deadline).atTime(8, 0).atZone(ChinaTime.ZONE).toInstant();
    assertThat(node(lastDay).run().reviewerMessages()).isPositive();
    assertThat(node(lastDay).run().reviewerMessages()).isZero();
    assertThat(reminders("xiaoshan-hr")).hasSize(2)
        .last().satisfies(m -> assertThat((String) m.get("body")).contains("（今天截止）"));
    // after the deadline nothing
    assertThat(node(deadline.plusSeconds(1)).run().reviewerMessages()).isZero();
    assertThat(id).isNotEmpty();
  }

  @Test
  void theApplicantIsRemindedOfTheDeclarationDeadlineWhileMaterialsAreMissing() throws Exception {
    ResponseEntity<String> started = start("lisi", "李四", "hz-xiaoshan-textile", nextIdNumber());
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode application = body(started);
    String instance = application.get("id").asText();
    Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
    Instant deadline = timer.getDuedate().toInstant();

    assertThat(node(threeWorkingDaysBefore(deadline)).run().applicantMessages()).isEqualTo(1);
    assertThat(node(threeWorkingDaysBefore(deadline)).run().applicantMessages()).isZero();
    List<Map<String, Object>> sent = reminders("lisi");
    assertThat(sent).singleElement().satisfies(m -> {
      assertThat(m.get("subject")).isEqualTo("【职称评审】网上个人申报截止提醒");
      assertThat(m.get("process_instance_id")).isEqualTo(instance);
      assertThat(m.get("business_key")).isEqualTo(application.get("businessKey").asText());
      assertThat((String) m.get("body")).startsWith("李四：您申报的").contains("网上个人申报截止时间为"
          + ChineseTime.end(deadline), "还有3个工作日", "逾期不予受理");
    });
  }
  @Autowired
  OperationsMeters meters;

  @Test
  void theGaugesCountApplicationsWaitingAtEachLevelOfEachPlan() throws Exception {
    meters.refresh();
    double atUnit = gaugeOrZero("zhicheng.applications.open", DEMO_PLAN, "unit");
    double atCounty = gaugeOrZero("zhicheng.applications.open", DEMO_PLAN, "county");
    declare("zhangsan", "张三", "hz-xihu-chem");
    JsonNode returned = declare("lisi", "李四", "hz-xihu-chem");
    JsonNode passed = declare("wangwu", "王五", "hz-xihu-chem");
    // returned to the applicant by the unit: still at the unit's level (its task is the applicant's correction)
    String returnedKey = returned.get("businessKey").asText();
    assertThat(complete("xihu-hr", onlyTask("xihu-hr", returnedKey).get("id").asText(), "return", "请补充聘书")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    // passed by the unit, its publicity over: at the district
    pass("xihu-hr", passed.get("businessKey").asText());
    endPublicity(passed.get("id").asText());
    meters.refresh();
    // the unit's deadline of the demo plan is 14 days after the start: open, not yet due soon
    assertThat(gauge("zhicheng.applications.open", DEMO_PLAN, "unit")).isEqualTo(atUnit + 2);
    assertThat(gauge("zhicheng.applications.open", DEMO_PLAN, "county")).isEqualTo(atCounty + 1);
    assertThat(gauge("zhicheng.applications.due.soon", DEMO_PLAN, "unit")).isZero();
    assertThat(gauge("zhicheng.applications.overdue", DEMO_PLAN, "unit")).isZero();
    assertThat(registry.get("zhicheng.engine.incidents.open").gauge().value()).isZero();
    assertThat(registry.get("zhicheng.engine.jobs.executed").functionCounter().count()).isNotNegative();
  }

  double gaugeOrZero(String name, String plan, String level) {
    return registry.find(name).tags("plan", plan, "level", level).gauge() == null ? 0 : gauge(name, plan, level);
  }

  double gauge(String name, String plan, String level) {
    return registry.get(name).tags("plan", plan, "level", level).gauge().value();
  }

  @Test
  void livenessAndReadinessAreUpOnceTheOrganisationIsLoadedAndNeedNoSignIn() throws Exception {
    ResponseEntity<String> liveness = rest.getForEntity("/actuator/health/liveness", String.class);
    assertThat(liveness.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(liveness).get("status").asText()).isEqualTo("UP");
    // the context has started, the demo organisation is in the engine, the database and the engine answer
    ResponseEntity<String> readiness = rest.getForEntity("/actuator/health/readiness", String.class);
    assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(readiness).get("status").asText()).isEqualTo("UP");
    // and a demo login works at that moment: nothing is still being loaded
    assertThat(call("zhangsan", HttpMethod.GET, "/api/plans", null).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void everythingButHealthIsForAdministrators() throws Exception {
    assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/actuator/metrics", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call("xihu-hr", HttpMethod.GET, "/actuator/prometheus", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    meters.refresh();
    ResponseEntity<String> scrape = call("admin", HttpMethod.GET, "/actuator/prometheus", null);
    assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(scrape.getBody()).contains("zhicheng_engine_jobs_executed_total", "zhicheng_engine_incidents_open",
        "http_server_requests_seconds_bucket", "hikaricp_connections_active");

    // an administrator reads the indicators behind the status; a reviewer the status only
    JsonNode detailed = body(call("admin", HttpMethod.GET, "/actuator/health", null));
    assertThat(detailed.get("components").fieldNames()).toIterable()
        .contains("setup", "db", "processEngine", "livenessState", "readinessState");
    assertThat(detailed.at("/components/setup/status").asText()).isEqualTo("UP");
    assertThat(detailed.at("/components/db/status").asText()).isEqualTo("UP");
    assertThat(detailed.at("/components/processEngine/status").asText()).isEqualTo("UP");
    assertThat(body(call("xihu-hr", HttpMethod.GET, "/actuator/health", null)).has("components")).isFalse();
  }

  @Test
  void anonymousHealthShowsTheStatusAndNothingElse() throws Exception {
    // (these tests run without the job executor, so its indicator, which says DOWN when it is stopped, is absent)
    ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode json = body(health);
    assertThat(json.get("status").asText()).isEqualTo("UP");
    assertThat(json.has("components")).isFalse();
    assertThat(json.has("details")).isFalse();
  }

  @Autowired
  HistoryService history;
  @Autowired
  DocumentService documents;

  @Test
  void historyCleanupRemovesAnEndedApplicationsEngineHistoryAfterItsTimeToLiveAndTheCertificateStaysVerifiable()
      throws Exception {
    JsonNode started = declare("wangwu", "王五", "hz-xihu-chem");
    String id = started.get("id").asText();
    String businessKey = started.get("businessKey").asText();
    // the certificate as the committee's path issues it (CommitteeIntegrationTest drives that path over REST)
    IssuedCertificate certificate = documents.certificate(id, businessKey, new CertificateRequest("王五",
        nextIdNumber(), "杭州西湖精细化工有限公司（演示）", "高级工程师", "化工轻纺工程",
        "杭州市化工轻纺工程技术人员高级工程师职务任职资格评审委员会", LocalDate.of(2023, 12, 15), "浙人社发〔2023〕99号（演示）",
        "浙江省人力资源和社会保障厅（演示）"));
    // the application ends: the unit does not pass it
    Task unit = tasks.createTaskQuery().processDefinitionKey("level-review").taskCandidateGroup("unit:hz-xihu-chem")
        .processVariableValueEquals("applicantName", "王五").singleResult();
    assertThat(complete("xihu-hr", unit.getId(), "reject", "经审核不符合申报条件").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
    assertThat(ended.getEndTime()).isNotNull();
    // removal-time based: the end plus the model's historyTimeToLive (P3650D), the called instances with it
    assertThat(ended.getRemovalTime()).isEqualTo(Date.from(ended.getEndTime().toInstant().plus(Duration.ofDays(3650))));
    assertThat(history.createHistoricProcessInstanceQuery().superProcessInstanceId(id).count()).isPositive();

    try {
      // one day before the removal time the cleanup removes nothing of it
      ClockUtil.setCurrentTime(Date.from(ended.getRemovalTime().toInstant().minus(Duration.ofDays(1))));
      cleanUp();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).count()).isOne();
      // after it, the application's engine history is gone: its instance, the levels it called, their variables
      ClockUtil.setCurrentTime(Date.from(ended.getRemovalTime().toInstant().plus(Duration.ofDays(1))));
      cleanUp();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).count()).isZero();
      assertThat(history.createHistoricProcessInstanceQuery().superProcessInstanceId(id).count()).isZero();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id).count()).isZero();
    } finally {
      ClockUtil.reset();
    }

    // the app's own records stay: the certificate is verifiable for ever, the application's row and its documents
    ResponseEntity<String> check = rest.getForEntity("/api/certificates/" + certificate.code(), String.class);
    assertThat(check.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(check).get("genuine").asBoolean()).isTrue();
    assertThat(body(check).get("name").asText()).isEqualTo("王五");
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("SELECT status FROM zc_application WHERE id = ?", String.class, id))
        .isEqualTo("REJECTED");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM zc_document WHERE process_instance_id = ?", Integer.class, id))
        .isPositive();
  }

  /** The history cleanup job, run by hand as the job executor would in the cleanup window (job executor off here). */
  void cleanUp() {
    Job job = history.cleanUpHistoryAsync(true);
    management.executeJob(job.getId());
  }
}
