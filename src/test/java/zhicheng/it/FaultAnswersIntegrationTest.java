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

  @Test
  void anUnexpectedErrorOnApiIsAChineseSentenceWithAReference() {
    ResponseEntity<String> r = call("admin", HttpMethod.GET, "/engine-rest/case-instance", null);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(r.getBody()).contains("错误编号").doesNotContain("Exception", "ENGINE-", "SQL");
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
    int instancesBefore = body(call("admin", HttpMethod.GET, "/engine-rest/process-instance/count", null))
        .get("count").asInt();
    Map<String, Map<String, Object>> bodies = new java.util.LinkedHashMap<>();
    java.util.HashMap<String, Object> nullVariables = new java.util.HashMap<>();
    nullVariables.put("variables", null);
    bodies.put("variables null", nullVariables);
    Map<String, Object> longTitle = declarationVariables("李四", "hz-xihu-chem");
    longTitle.put("currentTitle", Map.of("value", "工".repeat(1_000_000)));
    bodies.put("1 MB currentTitle", Map.of("variables", longTitle));
    for (Map.Entry<String, Map<String, Object>> body : bodies.entrySet()) {
      ResponseEntity<String> r = call("lisi", HttpMethod.POST,
          "/engine-rest/process-definition/key/title-application/start", body.getValue());
      assertThat(r.getStatusCode().is4xxClientError()).as(body.getKey() + ": " + r.getStatusCode() + " "
          + head(r.getBody())).isTrue();
      assertThat(r.getBody()).hasSizeLessThan(2000).doesNotContain("Exception", "ENGINE-", "SQL");
    }
    String deep = "[".repeat(5000) + "]".repeat(5000);
    ResponseEntity<String> nested = call("lisi", HttpMethod.POST,
        "/engine-rest/process-definition/key/title-application/start",
        "{\"variables\": {\"profile\": {\"type\": \"Json\", \"value\": " + JSON.writeValueAsString(deep) + "}}}");
    assertThat(nested.getStatusCode().is4xxClientError()).as(nested.getStatusCode() + " " + head(nested.getBody()))
        .isTrue();
    assertThat(nested.getBody()).doesNotContain("Exception", "ENGINE-", "SQL");
    assertThat(body(call("admin", HttpMethod.GET, "/engine-rest/process-instance/count", null)).get("count").asInt())
        .isEqualTo(instancesBefore);
  }

  private static String head(String s) {
    return s == null ? null : s.substring(0, Math.min(300, s.length()));
  }
}
