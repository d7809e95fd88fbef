package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import zhicheng.it.EngineApi.Door;

/**
 * Issue 18, clean answers under faults, on the real PostgreSQL. One review task completed by several requests at once, half over /engine-rest and half over Tasklist's
 * engine API, on the real PostgreSQL. Exactly one wins (204); every other answer is 409 in Chinese and names no
 * engine code, SQL, table or exception class — whether it lost the optimistic lock, a unique key, or came after the
 * winner had committed. An unexpected error is a Chinese sentence with a reference; a body over the limit is 413
 * before it is read; a calendar of 20,000 identical holidays is refused in one short answer.
 */
@PostgresAppTest
class FaultAnswersIntegrationTest extends DemoRest {

  static final String SCHEMA = PostgresSchema.PREFIX + "_races";
  private static final int CALLERS = 8;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    PostgresSchema.use(registry, SCHEMA);
  }

  @Test
  void oneCompletionWinsAndTheOthersAreToldInChinese() throws Exception {
    com.fasterxml.jackson.databind.JsonNode started = declare("wangwu", "王五", "hz-xihu-chem");
    String key = started.get("businessKey").asText();
    String task = onlyTask("xihu-hr", key).get("id").asText();
    List<EngineApi> doors = new ArrayList<>();
    for (int i = 0; i < CALLERS; i++) {
      doors.add(as(i % 2 == 0 ? Door.ENGINE_REST : Door.TASKLIST, "xihu-hr"));
    }

    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
    List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
    try {
      for (EngineApi door : doors) {
        answers.add(pool.submit(() -> {
          go.await();
          return door.post("/task/" + task + "/complete",
              java.util.Map.of("variables", decisionVariables("pass", "同意")));
        }));
      }
      go.countDown();
      int won = 0;
      for (Future<ResponseEntity<String>> f : answers) {
        ResponseEntity<String> r = f.get();
        if (r.getStatusCode() == HttpStatus.NO_CONTENT) {
          won++;
          continue;
        }
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(r.getBody()).contains("该任务已由他人处理，请刷新后查看")
            .doesNotContain("ENGINE-", "SQL", "zc_", "Exception", "ACT_", "act_");
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    // the decision took effect once: the unit's task is gone and one unit publicity runs
    assertThat(tasks("xihu-hr", key)).isEmpty();
    assertThat(body(call("admin", HttpMethod.GET, "/engine-rest/process-instance?superProcessInstance="
        + started.get("id").asText(), null))).hasSize(1);
  }

  /** CMMN is off: the case resources answered every caller 500 from the missing tables; there are simply no cases. */
  @Test
  void theCaseResourcesSayThereAreNoCases() throws Exception {
    assertThat(body(call("admin", HttpMethod.GET, "/engine-rest/case-instance", null))).isEmpty();
    assertThat(body(call("lisi", HttpMethod.GET, "/engine-rest/case-definition/count", null)).get("count").asInt())
        .isZero();
    assertThat(body(call("admin", HttpMethod.GET, "/engine-rest/history/case-instance", null))).isEmpty();
    ResponseEntity<String> one = call("admin", HttpMethod.GET, "/engine-rest/case-instance/abc/variables", null);
    assertThat(one.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(one.getBody()).contains("本系统未启用 CMMN 案例").doesNotContain("Exception", "ENGINE-", "SQL");
    assertThat(rest.exchange("/engine-rest/case-instance", HttpMethod.GET, null, String.class).getStatusCode())
        .as("anonymous").isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /** Camunda Modeler deploys with multipart; anything else is a 4xx that says so, naming no Java class. */
  @Test
  void aDeploymentWithoutMultipartIsAClientError() {
    for (String body : new String[] {"{}", "x".repeat(10_000)}) {
      ResponseEntity<String> r = call("admin", HttpMethod.POST, "/engine-rest/deployment/create", body);
      assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
      assertThat(r.getBody()).contains("multipart/form-data").doesNotContain("Exception", "ENGINE-", "java.");
    }
  }

  @Test
  void aBodyOverTheLimitIsRefusedBeforeItIsHeld() {
    String huge = "{\"year\": 2027, \"note\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    ResponseEntity<String> r = call("admin", HttpMethod.PUT, "/api/calendar/years/2027", huge);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(r.getBody()).contains("请求内容过大：超过 1 MB 的上限").hasSizeLessThan(300);
  }

  @Test
  void aCalendarOfIdenticalHolidaysIsOneShortRefusal() {
    String one = "{\"name\":\"春节\",\"from\":\"2027-02-06\",\"to\":\"2027-02-12\"}";
    String doc = "{\"year\":2027,\"notice\":\"国务院办公厅关于2027年部分节假日安排的通知\",\"documentNumber\":\"x\","
        + "\"holidays\":[" + String.join(",", java.util.Collections.nCopies(10_000, one)) + "]}";
    ResponseEntity<String> r = call("admin", HttpMethod.PUT, "/api/calendar/years/2027", doc);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody()).contains("holidays 有 10000 项，超过 30 项").hasSizeLessThan(500);
  }

  /** Issue 18: malformed starts were 500 with the exception's text; each is a refusal now, nothing started. */
  @Test
  void malformedStartsAreRefusedNotBroken() throws Exception {
    int instancesBefore = count("/engine-rest/process-instance/count");
    Map<String, Object> bodies = new java.util.LinkedHashMap<>();
    java.util.HashMap<String, Object> nullVariables = new java.util.HashMap<>();
    nullVariables.put("variables", null);
    bodies.put("variables null", nullVariables);
    bodies.put("profile {}", withProfile(Map.of()));
    java.util.HashMap<String, Object> nullProfile = new java.util.HashMap<>(declarationVariables("李四", "hz-xihu-chem"));
    nullProfile.put("profile", null);
    bodies.put("profile null", Map.of("variables", nullProfile));
    bodies.put("profile an array", withProfile(Map.of("type", "Json", "value", "[]")));
    bodies.put("profile year as text", withProfile(Map.of("type", "Json", "value",
        "{\"assessments\": [{\"year\": \"abc\"}]}")));
    bodies.put("profile 300 licences", withProfile(Map.of("type", "Json", "value",
        JSON.writeValueAsString(Map.of("licences", java.util.Collections.nCopies(300, "注册化工工程师"))))));
    bodies.put("profile 1 MB title", withProfile(Map.of("type", "Json", "value",
        JSON.writeValueAsString(Map.of("targetTitle", "工".repeat(300_000))))));
    bodies.put("profile nested 5,000 deep", withProfile(Map.of("type", "Json", "value",
        "{\"note\": " + "[".repeat(5000) + "]".repeat(5000) + "}")));
    bodies.put("profile a file without valueInfo", withProfile(Map.of("type", "File", "value", "AAAA")));
    Map<String, Object> longTitle = declarationVariables("李四", "hz-xihu-chem");
    longTitle.put("currentTitle", Map.of("value", "工".repeat(1_000_000)));
    bodies.put("1 MB currentTitle", Map.of("variables", longTitle));
    Map<String, Object> longPlan = declarationVariables("李四", "hz-xihu-chem");
    longPlan.put("planId", Map.of("value", "计".repeat(300_000)));
    bodies.put("1 MB planId", Map.of("variables", longPlan));
    for (Map.Entry<String, Object> body : bodies.entrySet()) {
      ResponseEntity<String> r = call("lisi", HttpMethod.POST,
          "/engine-rest/process-definition/key/title-application/start", body.getValue());
      assertThat(r.getStatusCode().is4xxClientError()).as(body.getKey() + ": " + r.getStatusCode() + " "
          + head(r.getBody())).isTrue();
      assertThat(r.getBody()).as(body.getKey()).hasSizeLessThan(2000)
          .doesNotContain("Exception", "ENGINE-", "SQL", "java.", "zhicheng.", "`");
    }
    assertRefusedStart(withProfile(Map.of()), "资格核验信息（profile）没有内容");
    assertRefusedStart(bodies.get("profile year as text"), "资格核验信息（profile）格式错误：字段 assessments[0].year 的值类型不正确");
    assertRefusedStart(bodies.get("profile 300 licences"), "资格核验信息的 licences 有 300 行，最多 20 行");
    assertRefusedStart(bodies.get("profile 1 MB title"), "字，超过 20000 字的上限");
    assertRefusedStart(bodies.get("profile nested 5,000 deep"), "嵌套层数");
    assertRefusedStart(bodies.get("1 MB planId"), "未知的申报计划“计计计计计计计计计计计计计计计计计计计计…（共300000字）”");
    String deep = "[".repeat(5000) + "]".repeat(5000);
    ResponseEntity<String> nested = call("lisi", HttpMethod.POST,
        "/engine-rest/process-definition/key/title-application/start",
        "{\"variables\": {\"profile\": {\"type\": \"Json\", \"value\": " + deep + "}}}");
    assertThat(nested.getStatusCode().is4xxClientError()).as(nested.getStatusCode() + " " + head(nested.getBody()))
        .isTrue();
    assertThat(nested.getBody()).doesNotContain("Exception", "ENGINE-", "SQL", "java.");
    assertThat(count("/engine-rest/process-instance/count")).isEqualTo(instancesBefore);
  }

  /**
   * Objections: one person may not file the same one twice in a publicity, nor more than three a working day against one
   * application (zhicheng.objections.per-working-day); through /api and through the engine's message alike.
   */
  @Test
  void objectionsAreLimitedPerPersonAndDay() throws Exception {
    JsonNode started = declare("zhangsan", "张三", "hz-xihu-chem");
    String id = started.get("id").asText();
    pass("xihu-hr", started.get("businessKey").asText());
    String objections = "/api/applications/" + id + "/objections";
    for (int i = 1; i <= 3; i++) {
      ResponseEntity<String> r = call("wangwu", HttpMethod.POST, objections,
          Map.of("who", "王五", "text", "第" + i + "项：申报人的业绩材料与事实不符"));
      assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.CREATED);
    }
    assertRefused(call("wangwu", HttpMethod.POST, objections, Map.of("who", "王五", "text", "第4项：又一条")),
        HttpStatus.BAD_REQUEST, "同一人对同一申报每个工作日最多提出3件异议，您在");
    assertRefused(call("lisi", HttpMethod.POST, objections, Map.of("who", "李四", "text", "论文 系 代写")),
        HttpStatus.CREATED, "异议已受理");
    assertRefused(call("lisi", HttpMethod.POST, objections, Map.of("who", "李四", "text", "论文系代写")),
        HttpStatus.BAD_REQUEST, "您已在本次公示中提出过相同的异议（第4号）");
    // a user other than the objector may file the same words
    assertRefused(call("wangwu", HttpMethod.POST, "/api/applications/" + id + "/objections",
        Map.of("who", "王五", "text", "论文系代写")), HttpStatus.BAD_REQUEST, "每个工作日最多提出3件异议");
    assertRefused(call("xiaoshan-hr", HttpMethod.POST, objections, Map.of("who", "赵六", "text", "论文系代写")),
        HttpStatus.CREATED, "异议已受理（第5号）");
    // five investigations, one per objection admitted
    assertThat(PostgresSchema.rows(SCHEMA, "SELECT count(*) FROM zc_objection")).isEqualTo(5);
    JsonNode publicity = body(call("admin", HttpMethod.GET, "/engine-rest/process-instance?superProcessInstance=" + id,
        null)).get(0);
    assertThat(count("/engine-rest/task/count?processInstanceId=" + publicity.get("id").asText())).isEqualTo(5);
  }

  private int count(String path) throws Exception {
    return body(call("admin", HttpMethod.GET, path, null)).get("count").asInt();
  }

  private static Map<String, Object> withProfile(Object profile) {
    Map<String, Object> v = declarationVariables("李四", "hz-xihu-chem");
    v.put("profile", profile);
    return Map.of("variables", v);
  }

  private void assertRefusedStart(Object body, String message) {
    ResponseEntity<String> r = call("lisi", HttpMethod.POST,
        "/engine-rest/process-definition/key/title-application/start", body);
    assertThat(r.getStatusCode()).as(head(r.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody()).contains(message);
  }

  private static String head(String s) {
    return s == null ? null : s.substring(0, Math.min(300, s.length()));
  }
}
