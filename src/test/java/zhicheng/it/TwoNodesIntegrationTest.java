package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import zhicheng.it.EngineApi.Door;
import zhicheng.process.StartupLock;

/**
 * Two nodes on one PostgreSQL schema, each a separate process ({@link AppNode}), as docker/compose.yaml runs them
 * behind the proxy (docs/operations.md, Two nodes; issue 18):
 * <ol>
 *   <li>started at the same moment on an empty schema, both come up, and everything was made once;</li>
 *   <li>a Tasklist sign-in and a /portal sign-in made on one node work on the other (sessions in the database), and a
 *       sign-out on one ends them on both;</li>
 *   <li>one review task completed at once through both nodes: one 204, every other answer a 409 in Chinese;</li>
 *   <li>the payment platform's retries of one payment through both nodes at once: every answer the first receipt,
 *       one payment;</li>
 *   <li>due timers run by both job executors: each exactly once;</li>
 *   <li>one node killed (kill -9) during a burst of declarations: every declaration answered 200 is there, none is
 *       there twice or half; restarted, the timers it held run once.</li>
 * </ol>
 * The ordinary build runs a short form (a few of each); {@code mvn -Preliability verify} runs the full form against
 * the built jar and prints the figures docs/operations.md quotes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIntegrationTest {

  static final String SCHEMA = PostgresSchema.PREFIX + "_nodes";
  static final boolean FULL = Boolean.getBoolean("zhicheng.reliability.full");
  static final int RACERS = FULL ? 20 : 6;
  static final int PAYMENT_RETRIES = FULL ? 70 : 10;
  static final int TIMERS = FULL ? 20 : 4;
  static final int BURST = FULL ? 50 : 12;
  static final int TIMERS_AT_KILL = FULL ? 10 : 3;
  private static final Pattern STARTUP_LOCK = Pattern.compile("启动锁已取得（等待 (\\d+) 毫秒）");
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private AppNode a;
  private AppNode b;
  private NodeRest onA;
  private NodeRest onB;
  private JdbcTemplate db;
  /** Node B's job executor's lock owner, learnt while it ran timers; null if it ran none. */
  private String executorOfB;
  private final Map<String, Object> figures = new LinkedHashMap<>();

  /**
   * Both nodes are started and held at the start-up lock until both wait there (the test holds it, as a third node
   * still starting would): nothing is in the schema yet, so the lock comes before Flyway and the engine. Released,
   * they start at the same moment, one after the other through the lock.
   */
  @BeforeAll
  void twoNodesStartAtTheSameMomentOnAnEmptySchema() throws Exception {
    PostgresSchema.recreate(SCHEMA);
    db = new JdbcTemplate(PostgresSchema.dataSource(SCHEMA));
    try (Connection holder = PostgresSchema.connect(); Statement s = holder.createStatement()) {
      s.execute("SELECT pg_advisory_lock(" + StartupLock.APP_KEY + ", hashtext('" + SCHEMA + "'))");
      a = AppNode.start("node-a", SCHEMA);
      b = AppNode.start("node-b", SCHEMA);
      await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250))
          .until(() -> waitingAtTheStartupLock() == 2 || !a.alive() || !b.alive());
      assertThat(waitingAtTheStartupLock()).as("both nodes wait at the start-up lock").isEqualTo(2);
      assertThat(db.queryForObject("SELECT count(*) FROM information_schema.tables WHERE table_schema = ?",
          Integer.class, SCHEMA)).as("tables made before the start-up lock").isZero();
      s.execute("SELECT pg_advisory_unlock(" + StartupLock.APP_KEY + ", hashtext('" + SCHEMA + "'))");
    }
    a.awaitReady();
    b.awaitReady();
    onA = new NodeRest(a);
    onB = new NodeRest(b);
    figures.put("form", FULL ? "full (mvn -Preliability verify, the built jar)" : "short (mvn verify)");
    figures.put("node-a ready after ms", a.readyMillis());
    figures.put("node-b ready after ms", b.readyMillis());
  }

  /** Sessions waiting, not granted, for this schema's start-up lock. */
  private int waitingAtTheStartupLock() {
    return db.queryForObject("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
        + "AND classid::bigint = ? AND objid::bigint = (hashtext(?)::bigint & 4294967295) AND objsubid = 2",
        Integer.class, (long) StartupLock.APP_KEY, SCHEMA);
  }

  @AfterAll
  void stopAndReport() throws Exception {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
    StringBuilder report = new StringBuilder("\n== Two nodes on one PostgreSQL schema: figures ==\n");
    figures.forEach((k, v) -> report.append(String.format("  %-58s %s%n", k, v)));
    System.out.println(report);
  }

  @Test
  @Order(1)
  void bothNodesCameUpAndEverythingWasMadeOnce() throws Exception {
    // the engine's schema once: one creation in its schema log, one history level, one administrator
    assertThat(db.queryForObject("SELECT count(*) FROM act_ge_schema_log", Integer.class)).isEqualTo(1);
    assertThat(db.queryForObject("SELECT count(*) FROM act_ge_property WHERE name_ = 'historyLevel'", Integer.class))
        .isEqualTo(1);
    assertThat(db.queryForObject("SELECT count(*) FROM act_id_user WHERE id_ = 'admin'", Integer.class)).isEqualTo(1);
    // every migration once and successful
    assertThat(db.queryForList("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL AND success "
        + "GROUP BY version HAVING count(*) = 1", String.class)).contains("1", "10")
        .hasSize(db.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL",
            Integer.class));
    // one deployment of the processes: the second node found the first one's and deployed nothing new
    assertThat(db.queryForObject("SELECT count(*) FROM act_re_procdef WHERE key_ = 'title-application'",
        Integer.class)).isEqualTo(1);
    // released together, the nodes started one after the other: the second waited also for the first's start
    long waitedA = waited(a);
    long waitedB = waited(b);
    figures.put("start-up lock: node-a waited ms", waitedA);
    figures.put("start-up lock: node-b waited ms", waitedB);
    for (NodeRest node : List.of(onA, onB)) {
      assertThat(node.call("admin", HttpMethod.GET, "/engine-rest/engine", null).getStatusCode())
          .isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  @Order(2)
  void aTasklistSignInOnOneNodeWorksOnTheOtherAndEndsOnBoth() throws Exception {
    JsonNode started = onA.declare("zhangsan", "张三", "hz-xihu-chem");
    String key = started.get("businessKey").asText();

    EngineApi tasklistOnA = EngineApi.tasklist(onA.rest, "xihu-hr", "demo");
    EngineApi tasklistOnB = tasklistOnA.on(onB.rest);
    // node B knows who signed in on node A: the reviewer's own task, read and claimed (the CSRF token is the session's)
    ResponseEntity<String> tasks = tasklistOnB.get("/task?processInstanceBusinessKey=" + key);
    assertThat(tasks.getStatusCode()).as(tasks.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode task = DemoRest.JSON.readTree(tasks.getBody());
    assertThat(task).hasSize(1);
    ResponseEntity<String> claimed = tasklistOnB.post("/task/" + task.get(0).get("id").asText() + "/claim",
        Map.of("userId", "xihu-hr"));
    assertThat(claimed.getStatusCode()).as(claimed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasklistOnB.webapp(HttpMethod.GET, "/camunda/api/admin/auth/user/default").getBody())
        .contains("\"userId\":\"xihu-hr\"");
    // without the cookie node B knows nobody
    assertThat(onB.rest.getForEntity("/camunda/api/engine/engine/default/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    // signed out on node B: node A no longer knows the session either
    assertThat(tasklistOnB.webapp(HttpMethod.POST, "/camunda/api/admin/auth/user/default/logout").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(tasklistOnA.get("/task?processInstanceBusinessKey=" + key).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @Order(3)
  void aPortalSignInOnOneNodeWorksOnTheOtherAndEndsOnBoth() throws Exception {
    String session = portalSignIn(onA.rest, "lisi");

    ResponseEntity<String> onNodeB = onB.rest.exchange("/portal", HttpMethod.GET,
        new HttpEntity<>(cookie(session)), String.class);
    assertThat(onNodeB.getStatusCode()).as(onNodeB.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(onNodeB.getBody()).contains("id=\"signed-in-as\">李四<");
    ResponseEntity<String> anonymous = onB.rest.getForEntity("/portal", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(anonymous.getHeaders().getLocation().getPath()).isEqualTo("/portal/login");

    // the sign-out form of the page node B served, posted to node B; node A then sends the browser to the login
    String token = csrf(onNodeB.getBody());
    HttpHeaders form = cookie(session);
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    assertThat(onB.rest.exchange("/portal/logout", HttpMethod.POST, new HttpEntity<>("_csrf=" + token, form),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FOUND);
    ResponseEntity<String> afterwards = onA.rest.exchange("/portal", HttpMethod.GET, new HttpEntity<>(cookie(session)),
        String.class);
    assertThat(afterwards.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(afterwards.getHeaders().getLocation().getPath()).isEqualTo("/portal/login");
  }

  @Test
  @Order(4)
  void oneTaskCompletedThroughBothNodesAtOnceHasOneWinner() throws Exception {
    JsonNode started = onA.declare("wangwu", "王五", "hz-xihu-chem");
    String key = started.get("businessKey").asText();
    String task = onA.onlyTask("xihu-hr", key).get("id").asText();
    List<EngineApi> callers = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      NodeRest node = i % 2 == 0 ? onA : onB;
      callers.add(node.as(i % 4 < 2 ? Door.ENGINE_REST : Door.TASKLIST, "xihu-hr"));
    }
    List<ResponseEntity<String>> answers = AtOnce.all(callers.stream().<java.util.concurrent.Callable<ResponseEntity<String>>>map(
        c -> () -> c.post("/task/" + task + "/complete",
            Map.of("variables", DemoRest.decisionVariables("pass", "同意")))).toList());

    long won = answers.stream().filter(r -> r.getStatusCode() == HttpStatus.NO_CONTENT).count();
    assertThat(won).isEqualTo(1);
    for (ResponseEntity<String> r : answers) {
      if (r.getStatusCode() != HttpStatus.NO_CONTENT) {
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(r.getBody()).contains("该任务已由他人处理")
            .doesNotContain("ENGINE-", "SQL", "zc_", "Exception", "ACT_", "act_");
      }
    }
    // the decision took effect once: one unit publicity, one 通过 in the trail
    assertThat(onA.body(onA.call("admin", HttpMethod.GET,
        "/engine-rest/process-instance?superProcessInstance=" + started.get("id").asText(), null))).hasSize(1);
    assertThat(onB.application("wangwu", started.get("id").asText()).get("trail").findValuesAsText("actor"))
        .containsOnlyOnce("xihu-hr");
    figures.put("completions of one task, both nodes at once", RACERS + " → 1 × 204, " + (RACERS - 1) + " × 409");
  }

  /**
   * The payment platform's retries of one payment land on both nodes at once. Payments are made idempotent by their
   * id (issue 18, the input-and-payment work): until that has landed this test documents what must hold and may fail
   * with a 409 “不能重复缴费” or “当前不在缴费期” for the platform's own recorded payment.
   */
  @Test
  @Order(5)
  void paymentRetriesThroughBothNodesAllGetTheFirstReceipt() throws Exception {
    JsonNode started = onA.declare("lisi", "李四", "hz-xihu-chem");
    String id = started.get("id").asText();
    String key = started.get("businessKey").asText();
    onA.pass("xihu-hr", key);
    onA.endPublicities(id);
    onB.pass("xihu-jxj", key);
    onA.pass("hgqf-office", key);
    assertThat(onB.application("lisi", id).get("status").asText()).isEqualTo("AWAITING_PAYMENT");

    String payments = "/api/applications/" + id + "/payments";
    List<java.util.concurrent.Callable<ResponseEntity<String>>> retries = new ArrayList<>();
    for (int i = 0; i < PAYMENT_RETRIES; i++) {
      NodeRest node = i % 2 == 0 ? onA : onB;
      retries.add(() -> node.call("payment-gateway", HttpMethod.POST, payments,
          Map.of("paymentId", "P-NODES-1", "amount", 300)));
    }
    List<ResponseEntity<String>> answers = AtOnce.all(retries);
    Map<String, Integer> bodies = new LinkedHashMap<>();
    answers.forEach(r -> bodies.merge(r.getStatusCode().value() + " " + r.getBody(), 1, Integer::sum));
    figures.put("payment retries of one paymentId, both nodes at once", PAYMENT_RETRIES + " → " + bodies.size()
        + " distinct answer(s)" + (bodies.size() == 1 ? "" : ": " + bodies.keySet()));
    assertThat(bodies).as("every retry answers the first receipt").hasSize(1);
    assertThat(bodies.keySet().iterator().next()).startsWith("200 ").contains("缴费成功");
    assertThat(db.queryForObject("SELECT count(*) FROM zc_payment WHERE process_instance_id = ?", Integer.class, id))
        .isEqualTo(1);
    assertThat(onA.application("lisi", id).get("trail").findValuesAsText("action")).containsOnlyOnce("已缴费");
  }

  @Test
  @Order(6)
  void dueTimersAreRunByBothJobExecutorsEachExactlyOnce() throws Exception {
    List<JsonNode> inPublicity = inPublicity(TIMERS);
    List<String> jobs = new ArrayList<>();
    for (JsonNode application : inPublicity) {
      jobs.add(publicityTimer(application.get("id").asText()));
    }
    jobs.forEach(this::dueNow);

    // while they run, which job executor (lock owner) holds which job: with the job log's node, whose executor is whose
    Map<String, String> ownerOfJob = new ConcurrentHashMap<>();
    await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() -> {
      db.queryForList("SELECT id_, lock_owner_ FROM act_ru_job WHERE lock_owner_ IS NOT NULL AND id_ IN (" + in(jobs)
          + ")").forEach(r -> ownerOfJob.put((String) r.get("id_"), (String) r.get("lock_owner_")));
      return remaining(jobs) == 0;
    });
    assertRanOnceEach(jobs, inPublicity);
    ownerOfJob.forEach((job, owner) -> {
      if ("node-b".equals(db.queryForObject("SELECT hostname_ FROM act_hi_job_log WHERE job_id_ = ? AND job_state_ = 2",
          String.class, job))) {
        executorOfB = owner;
      }
    });
    Map<String, Object> byNode = new LinkedHashMap<>();
    db.queryForList("SELECT hostname_, count(*) AS n FROM act_hi_job_log WHERE job_id_ IN (" + in(jobs)
        + ") AND job_state_ = 2 GROUP BY hostname_ ORDER BY hostname_").forEach(r -> byNode.put(
            (String) r.get("hostname_"), r.get("n")));
    figures.put("publicity timers due at once, run by", TIMERS + " → " + byNode);
  }

  @Test
  @Order(7)
  void aNodeKilledDuringABurstOfDeclarationsLosesNothingAndDoublesNothing() throws Exception {
    List<JsonNode> inPublicity = inPublicity(TIMERS_AT_KILL);
    List<String> timers = new ArrayList<>();
    for (JsonNode application : inPublicity) {
      timers.add(publicityTimer(application.get("id").asText()));
    }

    // the timers fall due for both job executors; a burst of declarations goes to node B, which dies half-way
    Map<String, String> outcome = new ConcurrentHashMap<>();
    AtomicInteger answered = new AtomicInteger();
    CountDownLatch half = new CountDownLatch(1);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<String> idNumbers = new ArrayList<>();
    List<Future<?>> sent = new ArrayList<>();
    for (int i = 0; i < BURST; i++) {
      String idNumber = DemoRest.nextIdNumber();
      idNumbers.add(idNumber);
      sent.add(pool.submit(() -> {
        go.await();
        try {
          ResponseEntity<String> r = onB.start("zhangsan", "张三", "hz-xihu-chem", idNumber);
          outcome.put(idNumber, r.getStatusCode().is2xxSuccessful()
              ? "200 " + DemoRest.JSON.readTree(r.getBody()).get("id").asText() : r.getStatusCode().toString());
        } catch (org.springframework.web.client.ResourceAccessException noAnswer) {
          outcome.put(idNumber, "no answer");
        }
        if (answered.incrementAndGet() >= BURST / 2) {
          half.countDown();
        }
        return null;
      }));
    }
    timers.forEach(this::dueNow);
    go.countDown();
    half.await();
    b.kill();
    OffsetDateTime killedAt = OffsetDateTime.now();
    // what the dead node held stays locked until the lock expires
    Map<String, java.sql.Timestamp> heldByTheDead = heldByB(timers);
    for (Future<?> f : sent) {
      f.get();
    }
    pool.shutdown();

    // nothing lost: every declaration answered 200 is there, whole (its row, its instance, its upload task)
    List<String> ok = outcome.values().stream().filter(v -> v.startsWith("200 ")).map(v -> v.substring(4)).toList();
    for (String id : ok) {
      assertThat(db.queryForObject("SELECT count(*) FROM zc_application WHERE id = ?", Integer.class, id)).isEqualTo(1);
      assertThat(db.queryForObject("SELECT count(*) FROM act_ru_task WHERE proc_inst_id_ = ?", Integer.class, id))
          .isEqualTo(1);
    }
    // nothing doubled, nothing half: one application at most per ID number, and every instance has its row
    assertThat(db.queryForList("SELECT id_number FROM zc_application WHERE id_number IN (" + in(idNumbers)
        + ") GROUP BY id_number HAVING count(*) > 1", String.class)).isEmpty();
    int kept = db.queryForObject("SELECT count(*) FROM zc_application WHERE id_number IN (" + in(idNumbers) + ")",
        Integer.class);
    assertThat(kept).isBetween(ok.size(), BURST);
    assertThat(db.queryForObject("SELECT count(*) FROM act_ru_execution e JOIN act_re_procdef d ON d.id_ = e.proc_def_id_ "
        + "WHERE e.parent_id_ IS NULL AND d.key_ = 'title-application' "
        + "AND NOT EXISTS (SELECT 1 FROM zc_application a WHERE a.id = e.id_)", Integer.class))
        .as("instances without their application row").isZero();
    assertThat(db.queryForObject("SELECT count(*) FROM zc_application a WHERE a.id_number IN (" + in(idNumbers)
        + ") AND NOT EXISTS (SELECT 1 FROM act_ru_execution e WHERE e.id_ = a.id)", Integer.class))
        .as("application rows without their instance").isZero();
    long refused = outcome.values().stream().filter(v -> !v.startsWith("200 ") && !v.equals("no answer")).count();
    assertThat(refused).as("every answer was a 200 or none: " + outcome.values()).isZero();

    // the timers node B held run once, after their locks ran out: by node A, and in the full form also with node B
    // restarted beside it
    AppNode restarted = FULL ? AppNode.start("node-b-restarted", SCHEMA) : null;
    long secondsToRun;
    try {
      if (restarted != null) {
        restarted.awaitReady();
        figures.put("node-b restarted, ready after ms", restarted.readyMillis());
      }
      await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> remaining(timers) == 0);
      assertRanOnceEach(timers, inPublicity);
      // a timer the dead node held ran once, and not before its lock had expired
      heldByTheDead.forEach((job, lockExpired) -> assertThat(db.queryForObject("SELECT timestamp_ FROM act_hi_job_log "
          + "WHERE job_id_ = ? AND job_state_ = 2", java.sql.Timestamp.class, job)).isAfterOrEqualTo(lockExpired));
      secondsToRun = heldByTheDead.isEmpty() ? -1 : Duration.between(killedAt.toInstant(), db.queryForObject(
          "SELECT max(timestamp_) FROM act_hi_job_log WHERE job_state_ = 2 AND job_id_ IN (" + in(
              List.copyOf(heldByTheDead.keySet())) + ")", java.sql.Timestamp.class).toInstant()).toSeconds();
    } finally {
      if (restarted != null) {
        restarted.close();
      }
    }
    figures.put("kill -9 during a burst of declarations", BURST + " sent, " + ok.size() + " answered 200, "
        + (BURST - ok.size()) + " no answer; " + kept + " in the database (" + (kept - ok.size())
        + " committed before the answer was lost), 0 doubled");
    figures.put("timers due at the kill / held by the dead node", timers.size() + " / " + heldByTheDead.size()
        + " (job lock " + AppNode.JOB_LOCK_MILLIS / 1000 + " s); each ran once, the held ones after their lock expired");
    if (secondsToRun >= 0) {
      figures.put("the last timer the dead node held ran, seconds after the kill", secondsToRun);
    }
  }

  // ---- steps ----

  /** {@code n} applications in their unit publicity, declared and passed through both nodes in turn. */
  private List<JsonNode> inPublicity(int n) throws Exception {
    List<JsonNode> applications = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      NodeRest node = i % 2 == 0 ? onA : onB;
      JsonNode started = node.declare("wangwu", "王五", "hz-xiaoshan-textile");
      node.pass("xiaoshan-hr", started.get("businessKey").asText());
      applications.add(started);
    }
    return applications;
  }

  /** The unit publicity's timer job of the application. */
  private String publicityTimer(String applicationId) {
    return db.queryForObject("SELECT j.id_ FROM act_ru_job j JOIN act_ru_execution e ON e.id_ = j.process_instance_id_ "
        + "WHERE e.super_exec_ IN (SELECT id_ FROM act_ru_execution WHERE proc_inst_id_ = ?)", String.class,
        applicationId);
  }

  /** An administrator sets the job's due date to now (Cockpit's “Change due date”), through node A. */
  private void dueNow(String jobId) {
    ResponseEntity<String> r = onA.call("admin", HttpMethod.PUT, "/engine-rest/job/" + jobId + "/duedate",
        Map.of("duedate", OffsetDateTime.now().minusSeconds(1).format(DateTimeFormatter.ofPattern(
            "yyyy-MM-dd'T'HH:mm:ss.SSSZ"))));
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** The jobs node B's job executor holds now, with their lock's expiry. */
  private Map<String, java.sql.Timestamp> heldByB(List<String> jobs) {
    Map<String, java.sql.Timestamp> held = new LinkedHashMap<>();
    if (executorOfB != null) {
      db.queryForList("SELECT id_, lock_exp_time_ FROM act_ru_job WHERE lock_owner_ = ? AND id_ IN (" + in(jobs) + ")",
          executorOfB).forEach(r -> held.put((String) r.get("id_"), (java.sql.Timestamp) r.get("lock_exp_time_")));
    }
    return held;
  }

  private int remaining(List<String> jobs) {
    return db.queryForObject("SELECT count(*) FROM act_ru_job WHERE id_ IN (" + in(jobs) + ")", Integer.class);
  }

  /** Each job succeeded once in the job log, and each application ended its publicity once and went on. */
  private void assertRanOnceEach(List<String> jobs, List<JsonNode> applications) throws Exception {
    for (String job : jobs) {
      assertThat(db.queryForObject("SELECT count(*) FROM act_hi_job_log WHERE job_id_ = ? AND job_state_ = 2",
          Integer.class, job)).as("successful runs of " + job).isEqualTo(1);
    }
    for (JsonNode application : applications) {
      JsonNode now = onA.application("wangwu", application.get("id").asText());
      assertThat(now.get("trail").findValuesAsText("action")).containsOnlyOnce("公示期满");
      assertThat(onA.tasks("xiaoshan-jxj", application.get("businessKey").asText())).hasSize(1);
    }
  }


  /** Signs in at /portal/login as a browser does; the signed-in session's id. */
  private static String portalSignIn(TestRestTemplate node, String user) {
    ResponseEntity<String> page = node.getForEntity("/portal/login", String.class);
    String session = sessionCookie(page);
    HttpHeaders form = cookie(session);
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> signedIn = node.exchange("/portal/login", HttpMethod.POST,
        new HttpEntity<>("username=" + user + "&password=demo&_csrf=" + csrf(page.getBody()), form), String.class);
    assertThat(signedIn.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(signedIn.getHeaders().getLocation().getPath()).isEqualTo("/portal");
    // a new session id on signing in (session fixation)
    String after = sessionCookie(signedIn);
    assertThat(after).isNotEqualTo(session);
    return after;
  }

  private static String sessionCookie(ResponseEntity<?> r) {
    return r.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie in " + r.getHeaders()));
  }

  private static HttpHeaders cookie(String session) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session);
    return headers;
  }

  private static String csrf(String html) {
    Matcher m = CSRF_FIELD.matcher(html);
    assertThat(m.find()).as("a CSRF field in " + html).isTrue();
    return m.group(1);
  }

  private static long waited(AppNode node) throws Exception {
    Matcher m = STARTUP_LOCK.matcher(node.logText());
    assertThat(m.find()).as(node.name + " logged taking the start-up lock").isTrue();
    return Long.parseLong(m.group(1));
  }

  private static String in(List<String> values) {
    return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(java.util.stream.Collectors.joining(","));
  }
}
