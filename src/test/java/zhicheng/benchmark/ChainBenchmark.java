package zhicheng.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import zhicheng.ZhichengApplication;
import zhicheng.eligibility.TestFiles;

/**
 * The chain's throughput against the bare engine, measured in the same run (issue 14). Starts the app (H2 in a fresh
 * directory by default; {@code postgres} for PostgreSQL at 127.0.0.1:5432, database test, schema
 * {@code zc_chain_bench}, recreated), deploys beside title-application a bare process of the same shape ("bare-chain":
 * the five user tasks with the same forms and groups, a timer for the publicity, a receive task for the fee; no
 * listeners, no delegates, no called instances) and drives both through the same REST calls as the demo users, four
 * applications at a time:
 *
 * <pre>start → upload → unit 通过 → publicity (its timer job run) → county 通过 → office 通过 → fee → paper forms</pre>
 *
 * The job executor runs as in production; a shape's time ends when its last application has reached the committee's
 * wait and no job of its instances is due (work moved into jobs is counted). Prints applications/s for each shape, the
 * ratio, and p50/p95 of the unit's 通过 (the REST call that completes the task). Not a test, not in {@code mvn verify}:
 *
 * <pre>mvn -Pbenchmark test-compile exec:exec@chain-benchmark [-Dzhicheng.benchmark.chain.args="postgres applications=60"]</pre>
 *
 * <p>{@code only=chain} (or {@code only=bare}) runs one shape's measured applications alone, without a ratio, and
 * {@code profile=FILE} records them with Flight Recorder (for deep stacks give the JVM
 * {@code -XX:FlightRecorderOptions=stackdepth=512} through {@code -Dzhicheng.benchmark.chain.jvm=…}). An argument
 * starting with {@code --} is passed to the app as a setting, for experiments such as
 * {@code --camunda.bpm.history-level=audit}.
 */
public final class ChainBenchmark {

  static final int CONCURRENCY = 4;
  static final String PORT = "8093";
  static final String PLAN = "hz-2023-hgqf-senior-engineer-demo";
  static final String BARE = "bare-chain";
  static final String SCHEMA = "zc_chain_bench";
  static final ObjectMapper JSON = new ObjectMapper();
  static final String PROFILE = """
      {"employerType": "企业", "currentTitleLevel": "中级", "assessments": [{"year": 2020, "result": "合格"},
       {"year": 2021, "result": "优秀"}, {"year": 2022, "result": "优秀"}], "continuingEducation": [
       {"year": 2021, "professional": 60, "industryPublic": 18, "generalPublic": 12},
       {"year": 2022, "professional": 64, "industryPublic": 16, "generalPublic": 10},
       {"year": 2023, "professional": 70, "industryPublic": 20, "generalPublic": 0}]}""";
  static final String[] APPLICANTS = {"zhangsan", "lisi", "wangwu"};

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String base = "http://localhost:" + PORT;
  private final String adminPassword;
  private final ManagementService management;
  private final AtomicInteger serial = new AtomicInteger();
  private final Map<String, Object> materials = materials();

  ChainBenchmark(String adminPassword, ManagementService management) {
    this.adminPassword = adminPassword;
    this.management = management;
  }

  public static void main(String[] args) throws Exception {
    boolean postgres = List.of(args).contains("postgres");
    int applications = intArg(args, "applications=", 40);
    int warmUp = intArg(args, "warm-up=", 8);
    String only = stringArg(args, "only=", null);
    String profile = stringArg(args, "profile=", null);
    String adminPassword = "chain-benchmark-admin";
    List<String> props = new ArrayList<>(List.of("--server.port=" + PORT,
        "--camunda.bpm.admin-user.password=" + adminPassword,
        "--zhicheng.demo.enabled=true", "--zhicheng.organisation=classpath:organisation/demo.json",
        "--logging.level.root=WARN", "--logging.level.zhicheng=WARN"));
    // an experiment on the app's settings, e.g. --camunda.bpm.history-level=audit (a fresh database takes any level)
    List.of(args).stream().filter(a -> a.startsWith("--")).forEach(props::add);
    Path h2 = null;
    if (postgres) {
      recreateSchema();
      props.addAll(List.of("--spring.profiles.active=postgres",
          "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA,
          "--spring.datasource.username=postgres", "--spring.datasource.password=",
          "--camunda.bpm.database.schema-name=" + SCHEMA, "--camunda.bpm.database.table-prefix=" + SCHEMA + "."));
    } else {
      h2 = Files.createTempDirectory("chain-benchmark");
      props.add("--spring.datasource.url=jdbc:h2:file:" + h2.resolve("zhicheng") + ";DB_CLOSE_ON_EXIT=FALSE");
    }
    long started = System.nanoTime();
    ConfigurableApplicationContext app = SpringApplication.run(ZhichengApplication.class, props.toArray(String[]::new));
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    System.out.printf("Java %s, %d cores, max heap %d MB; %s; app started in %.1f s%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, postgres ? "PostgreSQL 127.0.0.1:5432/test schema " + SCHEMA
            : "H2 file", (System.nanoTime() - started) / 1e9);
    deployBare(engine);
    ChainBenchmark bench = new ChainBenchmark(adminPassword, engine.getManagementService());
    try {
      System.out.printf("warm-up: %d applications of each shape%n", warmUp);
      bench.run(false, warmUp);
      bench.run(true, warmUp);
      if (only != null) {
        // a profile of one shape: its measured applications alone, recorded by Flight Recorder when asked
        boolean chain = only.equals("chain");
        Recording recording = profile == null ? null : new Recording(Configuration.getConfiguration("profile"));
        if (recording != null) {
          recording.start();
        }
        Result r = bench.run(chain, applications);
        if (recording != null) {
          recording.stop();
          recording.dump(Path.of(profile));
          System.out.println("profile of the measured applications: " + profile);
        }
        report(chain ? "title-application (the chain)" : "bare-chain (same tasks, no listeners)", r);
        return;
      }
      System.out.printf("measured: %d applications of each shape, concurrency %d, alternating halves%n",
          applications, CONCURRENCY);
      Result bare = bench.run(false, applications / 2);
      Result chain = bench.run(true, applications / 2);
      bare = bare.plus(bench.run(false, applications - applications / 2));
      chain = chain.plus(bench.run(true, applications - applications / 2));
      report("bare-chain (same tasks, no listeners)", bare);
      report("title-application (the chain)", chain);
      System.out.printf("chain / bare throughput: %.0f %%; CPU of this JVM per application: bare / chain %.0f %%%n",
          100 * chain.perSecond() / bare.perSecond(), 100 * bare.cpuPerApplication() / chain.cpuPerApplication());
      System.out.printf("unit 通过 p50: chain %.0f ms vs bare %.0f ms (%.1f ×); p95: chain %.0f ms vs bare %.0f ms (%.1f ×)%n",
          chain.percentile(50), bare.percentile(50), chain.percentile(50) / bare.percentile(50),
          chain.percentile(95), bare.percentile(95), chain.percentile(95) / bare.percentile(95));
    } finally {
      app.close();
      if (h2 != null) {
        // each run's database is of no use after it, and some 100 MB
        try (var files = Files.walk(h2)) {
          files.sorted(Collections.reverseOrder()).forEach(f -> f.toFile().delete());
        }
      }
    }
  }

  static void report(String name, Result r) {
    System.out.printf("%-40s %6.3f applications/s (%d in %.1f s); unit 通过 p50 %.0f ms, p95 %.0f ms; "
        + "this JVM's CPU %.0f ms per application%n", name, r.perSecond(), r.applications, r.seconds,
        r.percentile(50), r.percentile(95), 1000 * r.cpuPerApplication());
  }

  /** {@code count} applications of one shape, {@link #CONCURRENCY} at a time, until no job of theirs is due. */
  Result run(boolean chain, int count) throws Exception {
    List<Double> unitMs = Collections.synchronizedList(new ArrayList<>());
    List<String> ids = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger left = new AtomicInteger(count);
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < CONCURRENCY; w++) {
      workers.add(pool.submit(() -> {
        while (left.getAndDecrement() > 0) {
          ids.add(chain ? chainApplication(unitMs) : bareApplication(unitMs));
        }
        return null;
      }));
    }
    for (Future<?> f : workers) {
      f.get();
    }
    pool.shutdown();
    awaitNoDueJobs();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(count, seconds, (processCpuNanos() - cpuStart) / 1e9, unitMs);
  }

  // ---- the chain: title-application as the integration tests drive it ----

  String chainApplication(List<Double> unitMs) throws Exception {
    String applicant = APPLICANTS[serial.get() % APPLICANTS.length];
    Map<String, Object> v = declaration(applicant);
    JsonNode started = json(post(applicant, "/engine-rest/process-definition/key/title-application/start",
        Map.of("variables", v), 200));
    String id = started.get("id").asText();
    String key = started.get("businessKey").asText();
    complete(applicant, awaitTask(applicant, key, "上传申报材料"), materials);
    String unitTask = awaitTask("xihu-hr", key, "用人单位");
    long t = System.nanoTime();
    complete("xihu-hr", unitTask, decision());
    unitMs.add((System.nanoTime() - t) / 1e6);
    String publicity = awaitOne("admin", "/engine-rest/process-instance?superProcessInstance=" + id);
    runJob(awaitOne("admin", "/engine-rest/job?processInstanceId=" + publicity));
    complete("xihu-jxj", awaitTask("xihu-jxj", key, "区县"), decision());
    complete("hgqf-office", awaitTask("hgqf-office", key, "资格审查"), decision());
    post("payment-gateway", "/api/applications/" + id + "/payments", Map.of("paymentId", "P-" + id, "amount", 300),
        200);
    complete("hgqf-office", awaitTask("hgqf-office", key, "纸质评审表"), Map.of("copiesReceived", Map.of("value", 3)));
    return id;
  }

  // ---- the bare shape: the same calls on bare-chain ----

  String bareApplication(List<Double> unitMs) throws Exception {
    String applicant = APPLICANTS[serial.get() % APPLICANTS.length];
    JsonNode started = json(post(applicant, "/engine-rest/process-definition/key/" + BARE + "/start",
        Map.of("variables", declaration(applicant), "businessKey", "BARE-" + serial.incrementAndGet()), 200));
    String id = started.get("id").asText();
    String key = started.get("businessKey").asText();
    complete(applicant, awaitTask(applicant, key, "上传申报材料"), materials);
    String unitTask = awaitTask("xihu-hr", key, "用人单位");
    long t = System.nanoTime();
    complete("xihu-hr", unitTask, decision());
    unitMs.add((System.nanoTime() - t) / 1e6);
    runJob(awaitOne("admin", "/engine-rest/job?processInstanceId=" + id));
    complete("xihu-jxj", awaitTask("xihu-jxj", key, "区县"), decision());
    complete("hgqf-office", awaitTask("hgqf-office", key, "资格审查"), decision());
    post("admin", "/engine-rest/message", Map.of("messageName", "FeePaid", "processInstanceId", id), 204);
    complete("hgqf-office", awaitTask("hgqf-office", key, "纸质评审表"), Map.of("copiesReceived", Map.of("value", 3)));
    return id;
  }

  /** The bare shape: title-application's user tasks with their forms and groups, and nothing else. */
  static void deployBare(ProcessEngine engine) throws IOException {
    BpmnModelInstance model = Bpmn.createExecutableProcess(BARE).name("基准流程（无监听器）")
        .camundaHistoryTimeToLive(180).camundaVersionTag("benchmark")
        .startEvent("StartEvent_Declared").camundaInitiator("applicant")
        .camundaFormRef("declaration").camundaFormRefBinding("deployment")
        .userTask("UserTask_UploadMaterials").name("上传申报材料").camundaAssignee("${applicant}")
        .camundaFormKey("embedded:deployment:forms/upload-materials.html")
        .userTask("UserTask_UnitReview").name("用人单位审核").camundaCandidateGroups("unit:hz-xihu-chem")
        .camundaFormRef("level-review").camundaFormRefBinding("deployment")
        .intermediateCatchEvent("Timer_Publicity").name("公示期满").timerWithDuration("P5D")
        .userTask("UserTask_CountyReview").name("区县（市）职称受理点审核").camundaCandidateGroups("county:330106")
        .camundaFormRef("level-review").camundaFormRefBinding("deployment")
        .userTask("UserTask_OfficeReview").name("高评委办公室资格审查").camundaCandidateGroups("office:hz-hgqf-senior")
        .camundaFormRef("level-review").camundaFormRefBinding("deployment")
        .receiveTask("ReceiveTask_AwaitPayment").name("等待缴费").message("FeePaid")
        .userTask("UserTask_ConfirmPaperForms").name("确认收到纸质评审表").camundaCandidateGroups("office:hz-hgqf-senior")
        .camundaFormRef("paper-forms").camundaFormRefBinding("deployment")
        .receiveTask("ReceiveTask_AwaitCommittee").name("等待评委会评审").message("CommitteeResult")
        .endEvent("EndEvent_Done")
        .done();
    var deployment = engine.getRepositoryService().createDeployment().name("chain benchmark")
        .addModelInstance(BARE + ".bpmn", model);
    for (String form : List.of("forms/declaration.form", "forms/upload-materials.html", "forms/level-review.form", "forms/paper-forms.form")) {
      try (InputStream in = ChainBenchmark.class.getClassLoader().getResourceAsStream(form)) {
        deployment.addString(form, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    deployment.deploy();
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId("applicant");
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(BARE);
    grant.addPermission(Permissions.READ);
    grant.addPermission(Permissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(grant);
  }

  // ---- the calls ----

  Map<String, Object> declaration(String applicant) {
    int n = serial.incrementAndGet();
    Map<String, Object> v = new LinkedHashMap<>();
    Map.of("planId", PLAN, "applicantName", "测试" + n, "idNumber", idNumber(n), "unitCode", "hz-xihu-chem",
        "route", "正常申报", "education", "大学本科", "currentTitle", "工程师", "currentTitleDate", "2017-06-30",
        "statement", "任工程师以来主持纺织印染节能改造项目。").forEach((k, value) -> v.put(k, Map.of("value", value)));
    v.put("profile", Map.of("type", "Json", "value", PROFILE));
    return v;
  }

  /** A valid ID number of a person born some days after 1970-01-01, one per application. */
  static String idNumber(int n) {
    String first17 = "110105" + LocalDate.of(1970, 1, 1).plusDays(n % 9000).toString().replace("-", "")
        + String.format("%03d", n % 1000);
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  static Map<String, Object> materials() {
    return Map.of("photo", file("证件照.jpg", "image/jpeg", TestFiles.goodPhoto()),
        "ceCertificate", file("继续教育学时证明.pdf", "application/pdf", TestFiles.pdf()),
        "assessmentForms", file("年度考核登记表.pdf", "application/pdf", TestFiles.pdf()));
  }

  static Map<String, Object> file(String name, String mimeType, byte[] content) {
    return Map.of("type", "File", "value", Base64.getEncoder().encodeToString(content),
        "valueInfo", Map.of("filename", name, "mimetype", mimeType));
  }

  static Map<String, Object> decision() {
    return Map.of("decision", Map.of("value", "pass"), "opinion", Map.of("value", "同意"));
  }

  void complete(String user, String taskId, Map<String, Object> variables) throws Exception {
    post(user, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables), 204);
  }

  void runJob(String jobId) throws Exception {
    post("admin", "/engine-rest/job/" + jobId + "/execute", null, 204);
  }

  /** The id of {@code user}'s task on the application whose name contains {@code name}, once it is there. */
  String awaitTask(String user, String businessKey, String name) throws Exception {
    for (int i = 0; i < 6000; i++) {
      for (JsonNode task : json(get(user, "/engine-rest/task?processInstanceBusinessKey="
          + URLEncoder.encode(businessKey, StandardCharsets.UTF_8)))) {
        if (task.get("name").asText().contains(name)) {
          return task.get("id").asText();
        }
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException(user + " 没有等到任务“" + name + "”：" + businessKey);
  }

  /** The id of the only element of a list, once there is one. */
  String awaitOne(String user, String path) throws Exception {
    for (int i = 0; i < 6000; i++) {
      JsonNode list = json(get(user, path));
      if (list.size() == 1) {
        return list.get(0).get("id").asText();
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException("没有等到 " + path);
  }

  /** Jobs the executor would run now (asynchronous continuations, due timers) have all run. */
  void awaitNoDueJobs() throws InterruptedException {
    while (management.createJobQuery().executable().count() > 0) {
      Thread.sleep(10);
    }
  }

  String get(String user, String path) throws Exception {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
  }

  String post(String user, String path, Object body, int expected) throws Exception {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body))), expected);
  }

  private String send(String user, HttpRequest.Builder request, int expected) throws Exception {
    String password = user.equals("admin") ? adminPassword : "demo";
    request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
        (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expected) {
      throw new IllegalStateException(user + " " + r.request().method() + " " + r.request().uri() + " → "
          + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** CPU time of this JVM (the app, its H2 and the benchmark's client; not PostgreSQL's server processes). */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  static String stringArg(String[] args, String prefix, String otherwise) {
    for (String a : args) {
      if (a.startsWith(prefix)) {
        return a.substring(prefix.length());
      }
    }
    return otherwise;
  }

  static int intArg(String[] args, String prefix, int otherwise) {
    for (String a : args) {
      if (a.startsWith(prefix)) {
        return Integer.parseInt(a.substring(prefix.length()));
      }
    }
    return otherwise;
  }

  static void recreateSchema() throws Exception {
    try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
         var s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      s.execute("CREATE SCHEMA " + SCHEMA);
    }
  }

  /** One shape's applications, its wall time and the unit's 通过 calls. */
  record Result(int applications, double seconds, double cpuSeconds, List<Double> unitMs) {
    double perSecond() {
      return applications / seconds;
    }

    double cpuPerApplication() {
      return cpuSeconds / applications;
    }

    double percentile(int p) {
      List<Double> sorted = new ArrayList<>(unitMs);
      Collections.sort(sorted);
      return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    Result plus(Result other) {
      List<Double> all = new ArrayList<>(unitMs);
      all.addAll(other.unitMs);
      return new Result(applications + other.applications, seconds + other.seconds, cpuSeconds + other.cpuSeconds,
          all);
    }
  }
}
