package zhicheng.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import zhicheng.ZhichengApplication;
import zhicheng.application.ApplicationIndexBackfill;
import zhicheng.application.ApplicationStatus;
import zhicheng.application.ApplicationVariables;
import zhicheng.eligibility.TestFiles;
import zhicheng.security.OrganisationSetup;
import zhicheng.vocabulary.ProcessKeys;

/**
 * The reviewers' lists and {@code /api/applications} at province scale (issue 14), against a baseline measured in
 * the same run: a user's profile over the same HTTP stack and sign-in. Not a test and not part of {@code mvn verify}:
 *
 * <pre>mvn -Pbenchmark test-compile exec:exec@scale-benchmark -Dzhicheng.benchmark.n=2000 -Dzhicheng.benchmark.database=postgres</pre>
 *
 * It starts the whole app in this JVM (demo organisation, job executor off) on a fresh database: H2 in a file under
 * {@code target/scale-benchmark}, or a PostgreSQL schema of its own (dropped and recreated). It declares a few
 * applications the real way (the declaration, the upload, the eligibility check and the documents), then seeds N
 * applications in bulk through the engine's Java API: each one a copy of a real one's variables (files left out),
 * started at its stage with {@code startBeforeActivity} so that the engine and the app's own delegates and listeners
 * make its tasks, identity links, authorizations and history as they do in production. Stages are mixed: 10 % at
 * 上传申报材料, 50 % at the unit, 25 % at the district, 15 % at the committee office; 70 % of them of the demo's
 * 西湖精细化工 (so its HR, {@code xihu-hr}, holds the largest list); {@code zhangsan} has five in all. On PostgreSQL it
 * then runs {@code ANALYZE} on the schema's tables, as autovacuum would in production.
 *
 * <p>Then each call is timed over HTTP, each run right after a run of the baseline, and p50/p95 and the ratio of
 * each to the baseline's are printed. A call that takes long is measured fewer times (a budget per call).
 */
public final class ScaleBenchmark {

  static final String DEMO_PLAN = "hz-2023-hgqf-senior-engineer-demo";
  static final String REVIEWER = "xihu-hr";
  static final String REVIEWER_GROUP = "unit:hz-xihu-chem";
  static final String OFFICE = "hgqf-office";
  static final String APPLICANT = "zhangsan";
  static final String ADMIN_PASSWORD = "benchmark-admin-secret";
  static final String ELIGIBLE_PROFILE = """
      {"employerType": "企业", "currentTitleLevel": "中级", "assessments": [{"year": 2020, "result": "合格"},
       {"year": 2021, "result": "优秀"}, {"year": 2022, "result": "优秀"}], "continuingEducation": [
       {"year": 2021, "professional": 60, "industryPublic": 18, "generalPublic": 12},
       {"year": 2022, "professional": 64, "industryPublic": 16, "generalPublic": 10},
       {"year": 2023, "professional": 70, "industryPublic": 20, "generalPublic": 0}]}""";

  /** Applications per transaction while seeding. */
  private static final int BATCH = 50;

  private ScaleBenchmark() {}

  /** One place an application waits: the activity it starts before, and the level it has reached. */
  private enum Stage {
    UPLOAD("UserTask_UploadMaterials", 0, 10),
    UNIT("ServiceTask_EnterLevel", 0, 50),
    DISTRICT("ServiceTask_EnterLevel", 1, 25),
    OFFICE("ServiceTask_EnterLevel", 2, 15);

    final String activity;
    final int levelIndex;
    final int percent;

    Stage(String activity, int levelIndex, int percent) {
      this.activity = activity;
      this.levelIndex = levelIndex;
      this.percent = percent;
    }

    /** The stage of the i-th application: spread evenly, in these proportions. */
    static Stage of(int i) {
      int slot = i % 20;
      int upTo = 0;
      for (Stage s : values()) {
        upTo += s.percent / 5;
        if (slot < upTo) {
          return s;
        }
      }
      throw new IllegalStateException();
    }
  }

  public static void main(String[] args) {
    try {
      run(args);
      System.exit(0);
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1); // the web server's threads would keep the JVM alive
    }
  }

  private static void run(String[] args) throws Exception {
    int n = Integer.parseInt(arg(args, 0, "2000"));
    String database = arg(args, 1, "h2");
    String schema = arg(args, 2, "zhicheng_benchmark");
    String server = arg(args, 3, "jdbc:postgresql://127.0.0.1:5432/test");
    int rounds = Integer.parseInt(arg(args, 4, "30"));
    Mode mode = Mode.valueOf(arg(args, 5, "all").toUpperCase(java.util.Locale.ROOT));
    boolean postgres = database.equals("postgres");
    configure(postgres, schema, server, mode != Mode.MEASURE);

    long t0 = System.nanoTime();
    ConfigurableApplicationContext app = new SpringApplicationBuilder(ZhichengApplication.class).run();
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    System.out.printf("started in %.1f s on port %d%n", (System.nanoTime() - t0) / 1e9, port);

    long t1 = System.nanoTime();
    if (mode != Mode.MEASURE) {
      Map<String, Map<String, Object>> templates = templates(app);
      seed(app, templates, n);
      // the copies skipped 受理申报, which writes an application's row: the table gets theirs as an upgraded database
      // gets every application's, from their variables, with their levels' groups as readers
      app.getBean(ApplicationIndexBackfill.class).fill();
    }
    double seedSeconds = (System.nanoTime() - t1) / 1e9;
    if (postgres && mode != Mode.MEASURE) {
      analyze(app.getBean(DataSource.class), schema);
    }
    if (mode == Mode.SEED) {
      System.out.printf("seeded %,d applications in %.0f s; measure with zhicheng.benchmark.mode=measure%n", n,
          seedSeconds);
      app.close();
      return;
    }
    Sizes sizes = sizes(app);
    String filterId = app.getBean(FilterService.class).createFilterQuery()
        .filterName(OrganisationSetup.MY_TASKS_FILTER).singleResult().getId();

    Http http = new Http(port);
    String header = String.format("N = %,d applications on %s (%s), %s in %.0f s; Java %s, %d cores, -Xmx %d MB, "
            + "load average %s%n  open tasks %,d (%s's group %s: %,d), authorization rows %,d, history variables %,d, application table rows %,d",
        n, postgres ? "PostgreSQL, after ANALYZE" : "H2 (file)", postgres ? schema : "target/scale-benchmark",
        mode == Mode.MEASURE ? "seeded before, reused" : "seeded", seedSeconds, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, loadAverage(), sizes.tasks, REVIEWER, REVIEWER_GROUP, sizes.groupTasks,
        sizes.authorizations, sizes.historicVariables, sizes.applicationRows);
    System.out.println(header);

    List<Call> calls = List.of(
        new Call("filter 我的待办 list, 15 (Tasklist's POST, HAL)", REVIEWER,
            HttpRequest.newBuilder(http.uri("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15"))
                .header("Accept", "application/hal+json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))),
        new Call("filter 我的待办 count", REVIEWER,
            HttpRequest.newBuilder(http.uri("/engine-rest/filter/" + filterId + "/count")).GET()),
        new Call("GET /engine-rest/task?candidateGroup=…&maxResults=50", REVIEWER,
            HttpRequest.newBuilder(http.uri("/engine-rest/task?candidateGroup=" + REVIEWER_GROUP
                + "&firstResult=0&maxResults=50")).GET()),
        new Call("GET /api/applications?page=0&size=50 (administrator)", "admin",
            HttpRequest.newBuilder(http.uri("/api/applications?page=0&size=50")).GET()),
        new Call("GET /api/applications?page=0&size=50 (office)", OFFICE,
            HttpRequest.newBuilder(http.uri("/api/applications?page=0&size=50")).GET()),
        new Call("GET /api/applications?page=0&size=50 (applicant's own)", APPLICANT,
            HttpRequest.newBuilder(http.uri("/api/applications?page=0&size=50")).GET()));

    List<String> lines = new ArrayList<>();
    lines.add(String.format("%-56s %-12s %6s %9s %9s %9s %9s %5s", "call", "as", "rows", "p50 ms", "p95 ms",
        "p50 ×base", "p95 ×base", "runs"));
    // every call warmed before any is timed, so that the first call timed does not pay for compiling the others
    for (Call call : calls) {
      warmUp(http, call);
    }
    for (Call call : calls) {
      lines.add(measure(http, call, rounds));
    }
    System.out.println();
    System.out.println(header);
    lines.forEach(System.out::println);
    app.close();
  }

  /**
   * What a run does: seed and measure ({@code all}); only seed (and {@code ANALYZE}), for a database measured more
   * than once; or only measure, on what an earlier run seeded (same database and schema, nothing dropped).
   */
  private enum Mode { ALL, SEED, MEASURE }

  private static String arg(String[] args, int i, String otherwise) {
    return args.length > i && !args[i].isBlank() ? args[i].trim() : otherwise;
  }

  /** System properties, so that they win over application(-postgres).yaml as the app would be configured. */
  private static void configure(boolean postgres, String schema, String server, boolean fresh) throws Exception {
    System.setProperty("server.port", System.getProperty("server.port", "0"));
    System.setProperty("camunda.bpm.job-execution.enabled", "false");
    System.setProperty("zhicheng.demo.enabled", "true");
    System.setProperty("zhicheng.organisation", "classpath:organisation/demo.json");
    System.setProperty("camunda.bpm.admin-user.password", ADMIN_PASSWORD);
    System.setProperty("logging.level.org.camunda", "WARN");
    System.setProperty("logging.level.zhicheng", "WARN");
    if (postgres) {
      System.setProperty("spring.profiles.active", "postgres");
      if (fresh) {
        try (Connection c = DriverManager.getConnection(server, "postgres", ""); Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
          s.execute("CREATE SCHEMA " + schema);
        }
      }
      System.setProperty("spring.datasource.url", server + "?currentSchema=" + schema);
      System.setProperty("spring.datasource.username", "postgres");
      System.setProperty("spring.datasource.password", "");
      System.setProperty("camunda.bpm.database.schema-name", schema);
      System.setProperty("camunda.bpm.database.table-prefix", schema + ".");
    } else {
      Path dir = Path.of("target", "scale-benchmark");
      if (fresh && Files.exists(dir)) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      System.setProperty("spring.datasource.url", "jdbc:h2:file:" + dir.toAbsolutePath().resolve("zhicheng")
          + ";DB_CLOSE_ON_EXIT=FALSE");
    }
  }

  // ---- seeding ----

  /**
   * One application per unit declared and uploaded the real way (as zhangsan, through the guard), waiting at its
   * unit; its variables without the files are what every copy of that unit starts with.
   */
  private static Map<String, Map<String, Object>> templates(ConfigurableApplicationContext app) {
    RuntimeService runtime = app.getBean(RuntimeService.class);
    TaskService tasks = app.getBean(TaskService.class);
    IdentityService identity = app.getBean(IdentityService.class);
    Map<String, Map<String, Object>> templates = new LinkedHashMap<>();
    List<String> units = List.of("hz-xihu-chem", "hz-xiaoshan-textile");
    for (String unit : units) {
      String id = declareAndUpload(runtime, tasks, identity, unit, idNumber(units.indexOf(unit)));
      Map<String, Object> template = new HashMap<>();
      VariableMap variables = runtime.getVariablesTyped(id, false);
      for (String name : variables.keySet()) {
        TypedValue value = variables.getValueTyped(name);
        if (!(value instanceof FileValue)) {
          template.put(name, value);
        }
      }
      String status = ApplicationVariables.STATUS.get(runtime, id);
      if (!ApplicationStatus.IN_REVIEW.name().equals(status)) {
        throw new IllegalStateException("the template application of " + unit + " did not reach its unit: "
            + status + " " + variables.getValue("eligibilityFindingsText", Object.class));
      }
      templates.put(unit, template);
    }
    return templates;
  }

  /** As zhangsan in Tasklist: the declaration, then the upload; the application's id. */
  private static String declareAndUpload(RuntimeService runtime, TaskService tasks, IdentityService identity,
      String unit, String idNumber) {
    identity.setAuthentication(APPLICANT, List.of(OrganisationSetup.APPLICANT_GROUP));
    try {
      VariableMap declaration = Variables.createVariables()
          .putValue("planId", DEMO_PLAN).putValue("applicantName", "张三").putValue("idNumber", idNumber)
          .putValue("unitCode", unit).putValue("route", "正常申报").putValue("education", "大学本科")
          .putValue("currentTitle", "工程师").putValue("currentTitleDate", "2017-06-30")
          .putValue("statement", "任工程师以来主持纺织印染节能改造项目。")
          .putValueTyped("profile", SpinValues.jsonValue(ELIGIBLE_PROFILE).create());
      ProcessInstance p = runtime.startProcessInstanceByKey(ProcessKeys.TITLE_APPLICATION, declaration);
      Task upload = tasks.createTaskQuery().processInstanceId(p.getId()).singleResult();
      tasks.complete(upload.getId(), Variables.createVariables()
          .putValueTyped("photo", file("证件照.jpg", "image/jpeg", TestFiles.goodPhoto()))
          .putValueTyped("ceCertificate", file("继续教育学时证明.pdf", "application/pdf", TestFiles.pdf()))
          .putValueTyped("assessmentForms", file("年度考核登记表.pdf", "application/pdf", TestFiles.pdf())));
      return p.getId();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static FileValue file(String name, String mimeType, byte[] content) {
    return Variables.fileValue(name).file(content).mimeType(mimeType).create();
  }

  /** N applications, BATCH to a transaction, on two threads. */
  private static void seed(ConfigurableApplicationContext app, Map<String, Map<String, Object>> templates, int n)
      throws Exception {
    RuntimeService runtime = app.getBean(RuntimeService.class);
    TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<?>> batches = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int from = 0; from < n; from += BATCH) {
      int start = from;
      int end = Math.min(n, from + BATCH);
      batches.add(pool.submit(() -> tx.executeWithoutResult(status -> {
        for (int i = start; i < end; i++) {
          startOne(runtime, templates, i);
        }
        int total = done.addAndGet(end - start);
        if (total % 1000 < BATCH) {
          System.out.printf("  seeded %,d of %,d (%.0f s)%n", total, n, (System.nanoTime() - t0) / 1e9);
        }
      })));
    }
    for (Future<?> f : batches) {
      f.get();
    }
    pool.shutdown();
  }

  private static void startOne(RuntimeService runtime, Map<String, Map<String, Object>> templates, int i) {
    String unit = i % 10 < 7 ? "hz-xihu-chem" : "hz-xiaoshan-textile";
    Stage stage = Stage.of(i);
    Map<String, Object> v = new HashMap<>(templates.get(unit));
    boolean zhangsans = i == 1 || i == 3 || i == 7; // with the two declared the real way: five, whatever N
    v.put(ApplicationVariables.APPLICANT.name(), zhangsans ? APPLICANT : "bench-" + i);
    v.put(ApplicationVariables.APPLICANT_NAME.name(), zhangsans ? "张三" : "申报人" + i);
    // one application per person and plan (ApplicationIndex): each copy is a person of its own
    v.put(ApplicationVariables.ID_NUMBER.name(), idNumber(i + 2));
    v.put(ApplicationVariables.LEVEL_INDEX.name(), stage.levelIndex);
    if (stage == Stage.UPLOAD) {
      v.put(ApplicationVariables.STATUS.name(), ApplicationStatus.AWAITING_MATERIALS.name());
      v.put(ApplicationVariables.STATUS_TEXT.name(), "待上传申报材料");
    }
    runtime.createProcessInstanceByKey(ProcessKeys.TITLE_APPLICATION)
        .businessKey(String.format("ZC-BENCH-%06d", i))
        .setVariables(v)
        .startBeforeActivity(stage.activity)
        .execute();
  }

  /**
   * The {@code n}-th of 20,000 and more valid ID numbers (GB 11643 check character): 西湖区, born from 1970-01-01 on,
   * 999 people a day.
   */
  static String idNumber(int n) {
    String first17 = "330106" + java.time.LocalDate.of(1970, 1, 1).plusDays(n / 999)
        .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", n % 999 + 1);
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  private static void analyze(DataSource ds, String schema) throws SQLException {
    long t0 = System.nanoTime();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = '" + schema + "'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String t : tables) {
        s.execute("ANALYZE " + schema + "." + t);
      }
    }
    System.out.printf("ANALYZE of %s in %.1f s%n", schema, (System.nanoTime() - t0) / 1e9);
  }

  private record Sizes(long tasks, long groupTasks, long authorizations, long historicVariables, long applicationRows) {}

  private static Sizes sizes(ConfigurableApplicationContext app) throws SQLException {
    TaskService tasks = app.getBean(TaskService.class);
    long all = tasks.createTaskQuery().count();
    long group = tasks.createTaskQuery().taskCandidateGroup(REVIEWER_GROUP).count();
    try (Connection c = app.getBean(DataSource.class).getConnection(); Statement s = c.createStatement()) {
      return new Sizes(all, group, count(s, "ACT_RU_AUTHORIZATION"), count(s, "ACT_HI_VARINST"),
          count(s, "zc_application"));
    }
  }

  private static long count(Statement s, String table) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "unknown";
    }
  }

  // ---- measuring ----

  private record Call(String name, String user, HttpRequest.Builder request) {}

  /** The baseline beside {@code call}: its user's own profile, same sign-in, same HTTP stack. */
  private static HttpRequest baseline(Http http, Call call) {
    return http.signed(HttpRequest.newBuilder(http.uri("/engine-rest/user/" + call.user() + "/profile")).GET(),
        call.user());
  }

  /** Unmeasured runs of a call (and of the baseline) before any call is timed. */
  static final int WARM_UP = 25;

  /**
   * A server answers warm: the app has just started, and a call's first runs are compiled while they run (on two
   * cores the compiler competes with the calls), so each call of milliseconds runs {@link #WARM_UP} times unmeasured,
   * beside the baseline; a call of seconds is warm after one.
   */
  private static void warmUp(Http http, Call call) throws Exception {
    HttpRequest baseline = baseline(http, call);
    HttpRequest request = http.signed(call.request(), call.user());
    long first = System.nanoTime();
    http.send(request);
    int runs = System.nanoTime() - first < 2_000_000_000L ? WARM_UP : 0;
    for (int i = 0; i < runs; i++) {
      http.send(baseline);
      http.send(request);
    }
  }

  /** Runs of the call, each right after a run of the baseline; at most {@code rounds}, fewer once over budget. */
  private static String measure(Http http, Call call, int rounds) throws Exception {
    HttpRequest baseline = baseline(http, call);
    HttpRequest request = http.signed(call.request(), call.user());
    String rows = rows(http.send(request));
    double[] base = new double[rounds];
    double[] ms = new double[rounds];
    long budget = System.nanoTime() + 120_000_000_000L;
    int runs = 0;
    while (runs < rounds && (runs < 5 || System.nanoTime() < budget)) {
      base[runs] = http.time(baseline);
      ms[runs] = http.time(request);
      runs++;
    }
    base = Arrays.copyOf(base, runs);
    ms = Arrays.copyOf(ms, runs);
    double b50 = percentile(base, 50);
    double b95 = percentile(base, 95);
    double p50 = percentile(ms, 50);
    double p95 = percentile(ms, 95);
    String line = String.format("%-56s %-12s %6s %9.1f %9.1f %9.1f %9.1f %5d%n%-56s %-12s %6s %9.1f %9.1f", call.name(),
        call.user(), rows, p50, p95, p50 / b50, p95 / b95, runs, "  baseline: GET /engine-rest/user/{id}/profile",
        call.user(), "", b50, b95);
    System.out.println(line);
    return line;
  }

  /** How many rows the answer holds (a list, HAL's embedded tasks, or a count). */
  private static String rows(HttpResponse<String> r) {
    String body = r.body();
    if (r.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + r.statusCode() + ": " + body);
    }
    if (body.startsWith("{\"count\"")) {
      return body.replaceAll("\\D", "");
    }
    int hal = body.indexOf("\"task\":[");
    int page = body.startsWith("{\"items\":[") ? 9 : -1; // /api/applications' page
    String list = hal >= 0 ? body.substring(hal + 7) : page > 0 ? body.substring(page) : body;
    int depth = 0;
    int items = 0;
    for (int i = 0; i < list.length(); i++) {
      char ch = list.charAt(i);
      if (ch == '"') {
        for (i++; i < list.length() && list.charAt(i) != '"'; i++) {
          if (list.charAt(i) == '\\') {
            i++;
          }
        }
      } else if (ch == '[' || ch == '{') {
        if (depth == 1 && ch == '{') {
          items++;
        }
        depth++;
      } else if (ch == ']' || ch == '}') {
        depth--;
        if (depth == 0) {
          break;
        }
      }
    }
    return String.valueOf(items);
  }

  private static double percentile(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  /** HTTP basic as the demo users (password "demo"; admin the benchmark's). */
  private static final class Http {
    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    Http(int port) {
      this.port = port;
    }

    URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }

    HttpRequest signed(HttpRequest.Builder b, String user) {
      String password = user.equals("admin") ? ADMIN_PASSWORD : "demo";
      return b.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build();
    }

    HttpResponse<String> send(HttpRequest r) throws IOException, InterruptedException {
      return client.send(r, HttpResponse.BodyHandlers.ofString());
    }

    double time(HttpRequest r) throws IOException, InterruptedException {
      long t0 = System.nanoTime();
      HttpResponse<String> response = send(r);
      double ms = (System.nanoTime() - t0) / 1e6;
      if (response.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + response.statusCode() + " for " + r.uri() + ": " + response.body());
      }
      return ms;
    }
  }
}
