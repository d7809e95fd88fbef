package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import zhicheng.it.EngineApi.Door;

/**
 * A reviewer sees, counts, claims and completes the tasks of its own applicants only, whatever it asks for and through
 * either door (/engine-rest, Tasklist's engine API): the scope is the engine's authorization check on every task
 * query and command, not the filter's or the form's restriction. Issue 14 made the reviewers' lists fast; this is
 * what must not change with it. Each answer is checked against the other unit's task as well as for its own, so that
 * an empty list cannot pass for a refused one.
 */
@PostgresAppTest
class ReviewerScopeIntegrationTest extends DemoRest {

  static final String SCHEMA = PostgresSchema.PREFIX + "_scope";
  private static final AtomicInteger PEOPLE = new AtomicInteger(500);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    PostgresSchema.use(registry, SCHEMA);
  }

  @ParameterizedTest
  @EnumSource(Door.class)
  void aUnitSeesCountsAndCompletesOnlyItsOwnApplicantsTasks(Door door) throws Exception {
    String xihuTask = unitTask(declare("zhangsan", "张三", "hz-xihu-chem", idNumber()));
    String xiaoshanTask = unitTask(declare("lisi", "李四", "hz-xiaoshan-textile", idNumber()));
    EngineApi xihu = as(door, "xihu-hr");
    EngineApi xiaoshan = as(door, "xiaoshan-hr");

    // every list a reviewer can ask for holds its own unit's task and never the other's
    String filter = myTasksFilter(xihu);
    for (String list : List.of("/task?maxResults=1000", "/task?candidateGroup=unit:hz-xihu-chem&maxResults=1000",
        "/filter/" + filter + "/list?firstResult=0&maxResults=1000")) {
      assertThat(ids(xihu.get(list))).as(list).contains(xihuTask).doesNotContain(xiaoshanTask);
      assertThat(ids(xiaoshan.get(list.replace("hz-xihu-chem", "hz-xiaoshan-textile")))).as(list)
          .contains(xiaoshanTask).doesNotContain(xihuTask);
    }
    // asking for the other unit's group, or for everything, shows nothing of it
    assertThat(ids(xihu.get("/task?candidateGroup=unit:hz-xiaoshan-textile"))).isEmpty();
    assertThat(ids(xihu.get("/task?processDefinitionKey=level-review&maxResults=1000"))).doesNotContain(xiaoshanTask);
    // the counts agree with the lists
    long own = count(xihu.get("/task/count"));
    assertThat(own).isEqualTo(ids(xihu.get("/task?maxResults=1000")).size());
    assertThat(count(xihu.get("/filter/" + filter + "/count"))).isEqualTo(own);
    assertThat(count(xihu.get("/task/count?candidateGroup=unit:hz-xiaoshan-textile"))).isZero();

    // the other unit's task by id: not found, not claimable, not completable, its variables unreadable
    assertThat(xihu.get("/task/" + xiaoshanTask).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(xihu.get("/task/" + xiaoshanTask + "/variables").getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(xihu.post("/task/" + xiaoshanTask + "/claim", Map.of("userId", "xihu-hr")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(xihu.post("/task/" + xiaoshanTask + "/complete",
        Map.of("variables", decisionVariables("pass", "越权操作"))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ids(tasksAs("admin", xiaoshanTask))).containsExactly(xiaoshanTask);

    // each completes its own
    passes(xihu, xihuTask);
    passes(xiaoshan, xiaoshanTask);
    assertThat(ids(tasksAs("admin", xihuTask))).isEmpty();
    assertThat(ids(tasksAs("admin", xiaoshanTask))).isEmpty();
  }

  private static void passes(EngineApi reviewer, String task) {
    ResponseEntity<String> done = reviewer.post("/task/" + task + "/complete",
        Map.of("variables", decisionVariables("pass", "同意")));
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String unitTask(JsonNode started) throws Exception {
    JsonNode tasks = tasks("admin", started.get("businessKey").asText());
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).get("name").asText()).startsWith("用人单位审核：");
    return tasks.get(0).get("id").asText();
  }

  private ResponseEntity<String> tasksAs(String user, String taskId) {
    return call(user, HttpMethod.GET, "/engine-rest/task?taskId=" + taskId, null);
  }

  private static String myTasksFilter(EngineApi reviewer) throws Exception {
    for (JsonNode f : body(reviewer.get("/filter"))) {
      if (f.get("name").asText().equals("我的待办（按截止日期）")) {
        return f.get("id").asText();
      }
    }
    throw new AssertionError("no filter 我的待办（按截止日期）");
  }

  private static List<String> ids(ResponseEntity<String> r) throws Exception {
    List<String> ids = new ArrayList<>();
    body(r).forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }

  private static long count(ResponseEntity<String> r) throws Exception {
    return body(r).get("count").asLong();
  }

  private static String idNumber() {
    return TaskHolderAttacksIntegrationTest.idNumber(PEOPLE.incrementAndGet());
  }
}
