package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import zhicheng.it.EngineApi.Door;

/**
 * {@code GET /api/applications} on the real PostgreSQL (schema {@code <zhicheng.it.schema>_applist}): pages, filters
 * and who lists what, from the application table the process keeps; and one application per person per plan over
 * /engine-rest and Tasklist alike, also for two declarations sent at the same moment.
 *
 * <p>The applications, declared once for the class: 张三 (杭州西湖精细化工) and 王五 (the same unit, passed to 西湖区), 李四
 * (杭州萧山纺织印染) at their unit, and five more of 李四's login with other ID numbers that never uploaded.
 */
@PostgresAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApplicationListIntegrationTest extends DemoRest {

  static final String SCHEMA = PostgresSchema.PREFIX + "_applist";
  static final int WAITING = 5;
  /** The unit of the declarations the last tests add (西湖工艺美术), so the lists above do not change. */
  static final String OTHER_UNIT = "hz-xihu-arts-crafts";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    PostgresSchema.use(registry, SCHEMA);
  }

  String zhang;
  String zhangId;
  String zhangKey;
  String li;
  String wang;
  final List<String> waiting = new ArrayList<>();

  @BeforeAll
  void declare() throws Exception {
    zhangId = nextIdNumber();
    JsonNode z = declare("zhangsan", "张三", "hz-xihu-chem", zhangId);
    zhang = z.get("id").asText();
    zhangKey = z.get("businessKey").asText();
    li = declare("lisi", "李四", "hz-xiaoshan-textile").get("id").asText();
    JsonNode w = declare("wangwu", "王五", "hz-xihu-chem");
    wang = w.get("id").asText();
    pass("xihu-hr", w.get("businessKey").asText());
    endPublicity(wang);
    for (int i = 0; i < WAITING; i++) {
      ResponseEntity<String> r = start("lisi", "李四" + i, "hz-xiaoshan-textile", nextIdNumber());
      assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
      waiting.add(JSON.readTree(r.getBody()).get("id").asText());
    }
  }

  @Test
  @Order(1)
  void anAdministratorPagesThroughEveryApplicationNewestFirst() throws Exception {
    JsonNode first = list("admin", "?size=3");
    assertThat(first.get("total").asLong()).isEqualTo(3 + WAITING);
    assertThat(first.get("page").asInt()).isZero();
    assertThat(first.get("size").asInt()).isEqualTo(3);
    assertThat(ids(first)).containsExactly(waiting.get(4), waiting.get(3), waiting.get(2));

    List<String> all = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      all.addAll(ids(list("admin", "?size=3&page=" + page)));
    }
    assertThat(all).hasSize(3 + WAITING).doesNotHaveDuplicates().endsWith(li, zhang)
        .containsSubsequence(wang, li, zhang);
    assertThat(ids(list("admin", "?size=3&page=3"))).isEmpty();
    // the default page
    assertThat(list("admin", "").get("size").asInt()).isEqualTo(20);

    // the fields clients read, from the table and the trail
    JsonNode w = item(list("admin", "?level=county"), wang);
    assertThat(w.get("applicant").asText()).isEqualTo("wangwu");
    assertThat(w.get("applicantName").asText()).isEqualTo("王五");
    assertThat(w.get("planId").asText()).isEqualTo(DEMO_PLAN);
    assertThat(w.get("unitName").asText()).isNotBlank();
    assertThat(w.get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(w.get("statusText").asText()).startsWith("审核中：").contains("受理点");
    assertThat(w.get("levelKey").asText()).isEqualTo("county");
    assertThat(w.get("dueAt").isNull()).isFalse();
    assertThat(w.get("declaredAt").isNull()).isFalse();
    assertThat(w.get("endedAt").isNull()).isTrue();
    assertThat(w.get("trail").toString()).contains("提交申报", "通过");
    assertThat(w.has("idNumber")).isFalse();
  }

  /**
   * The page reads the trails with one statement of its own instead of the engine's variable query (one statement
   * per variable): every item carries exactly the trail the engine holds, Chinese text included.
   */
  @Test
  @Order(1)
  void eachItemOfAPageCarriesTheTrailTheEngineHolds() throws Exception {
    JsonNode page = list("admin", "?size=50");
    assertThat(page.get("items")).hasSize(3 + WAITING);
    for (JsonNode item : page.get("items")) {
      String id = item.get("id").asText();
      JsonNode held = body(call("admin", HttpMethod.GET, "/engine-rest/history/variable-instance?processInstanceId="
          + id + "&variableName=reviewTrail&deserializeValues=false", null));
      assertThat(held).as(id).hasSize(1);
      // the value as the engine stored it: JSON text
      JsonNode engine = JSON.readTree(held.get(0).get("value").asText());
      JsonNode listed = item.get("trail").deepCopy();
      // the list adds each actor's name beside the login the trail keeps
      listed.forEach(entry -> ((com.fasterxml.jackson.databind.node.ObjectNode) entry).remove("actorName"));
      assertThat(listed).as(id).isEqualTo(engine);
      assertThat(engine).as(id).isNotEmpty();
      assertThat(application("admin", id).get("trail")).as(id).isEqualTo(item.get("trail"));
    }
    assertThat(item(page, wang).get("trail").toString()).contains("提交申报", "通过");
  }

  @Test
  @Order(1)
  void filtersNarrowThePageAndTheTotal() throws Exception {
    assertThat(ids(list("admin", "?status=AWAITING_MATERIALS&size=50"))).containsExactlyInAnyOrderElementsOf(waiting);
    assertThat(ids(list("admin", "?status=IN_REVIEW&level=county"))).containsExactly(wang);
    assertThat(ids(list("admin", "?status=IN_REVIEW&level=unit&unit=hz-xihu-chem"))).containsExactly(zhang);
    JsonNode xiaoshan = list("admin", "?unit=hz-xiaoshan-textile&plan=" + DEMO_PLAN + "&size=2");
    assertThat(xiaoshan.get("total").asLong()).isEqualTo(1 + WAITING);
    assertThat(xiaoshan.get("items")).hasSize(2);
    assertThat(list("admin", "?status=CERTIFIED").get("total").asLong()).isZero();
  }

  @Test
  @Order(1)
  void eachListsOnlyWhatItsGroupsReviewAsTheEngineShowsThemTheirTasks() throws Exception {
    // the unit: its two applicants (one now at the district), not 萧山's
    assertThat(ids(list("xihu-hr", "?size=50"))).containsExactlyInAnyOrder(zhang, wang);
    assertThat(ids(list("xiaoshan-hr", "?size=50"))).containsExactlyInAnyOrder(li);
    // the district: only what reached it
    assertThat(ids(list("xihu-jxj", "?size=50"))).containsExactly(wang);
    assertThat(list("xihu-jxj", "").get("total").asLong()).isEqualTo(1);
    // the office: nothing has reached it yet; 萧山's district neither
    assertThat(list("hgqf-office", "").get("total").asLong()).isZero();
    assertThat(list("xiaoshan-jxj", "").get("total").asLong()).isZero();
    // applicants: their own
    assertThat(ids(list("zhangsan", ""))).containsExactly(zhang);
    assertThat(ids(list("lisi", "?size=50"))).hasSize(1 + WAITING).contains(li);
    // 我的申报 asks for the caller's own: a reviewer has none
    assertThat(list("xihu-hr", "?mine=true").get("total").asLong()).isZero();

    // the engine's scope agrees: the tasks each group sees belong to applications it lists
    assertThat(taskApplications("xihu-jxj")).containsExactly(wang);
    assertThat(taskApplications("xihu-hr")).containsExactly(zhang);
    assertThat(taskApplications("xiaoshan-hr")).containsExactly(li);

    // one application: the same scope, 404 otherwise
    assertThat(application("xihu-jxj", wang).get("applicantName").asText()).isEqualTo("王五");
    assertThat(call("xihu-jxj", HttpMethod.GET, "/api/applications/" + zhang, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(call("lisi", HttpMethod.GET, "/api/applications/" + zhang, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(application("zhangsan", zhang).get("businessKey").asText()).isEqualTo(zhangKey);
  }

  @Test
  @Order(1)
  void badPagingAndFiltersAreRefusedInChinese() {
    Map<String, String> refused = Map.of(
        "?size=51", "参数 size（每页条数）应为 1 到 50 的整数，收到“51”",
        "?size=0", "参数 size（每页条数）应为 1 到 50 的整数",
        "?page=-1", "参数 page（页码，从 0 起）应为不小于 0 的整数，收到“-1”",
        "?page=abc", "参数 page（页码，从 0 起）应为不小于 0 的整数，收到“abc”",
        "?status=DONE", "参数 status（申报状态）不认识“DONE”，应为以下之一：AWAITING_MATERIALS（待上传申报材料）",
        "?plan=no-such-plan", "参数 plan（申报计划）：未知的申报计划“no-such-plan”",
        "?level=mayor", "参数 level（审核层级）不认识“mayor”",
        "?unit=nowhere", "参数 unit（用人单位代码）：未知的单位“nowhere”",
        "?mine=yes", "参数 mine（只看本人的申报）应为 true 或 false");
    refused.forEach((query, message) -> {
      ResponseEntity<String> r = call("admin", HttpMethod.GET, "/api/applications" + query, null);
      assertRefused(r, HttpStatus.BAD_REQUEST, message);
      assertThat(r.getBody()).as(query).contains("\"error\"");
    });
  }

  @Test
  @Order(1)
  void aSecondDeclarationOfTheSamePersonToThePlanIsRefusedOverEveryDoorAndNothingIsCreated() throws Exception {
    long before = instances();
    ResponseEntity<String> again = start("zhangsan", "张三", "hz-xihu-chem", zhangId);
    assertRefused(again, HttpStatus.BAD_REQUEST, "身份证号 " + zhangId + " 已向本计划申报，申报编号 " + zhangKey
        + "，当前状态：审核中：");
    assertThat(again.getBody()).contains("\"type\":\"DeclarationRefused\"", "同一人（以身份证号为准）对同一申报计划只能有一份申报");

    // Tasklist's start form: the same refusal
    Map<String, Object> form = declarationVariables("张三", "hz-xihu-chem");
    form.put("idNumber", Map.of("value", zhangId));
    ResponseEntity<String> tasklist = as(Door.TASKLIST, "zhangsan")
        .post("/process-definition/key/title-application/submit-form", Map.of("variables", form));
    assertRefused(tasklist, HttpStatus.BAD_REQUEST, "已向本计划申报，申报编号 " + zhangKey);
    assertThat(instances()).isEqualTo(before);
  }

  @Test
  @Order(2) // declares: after the lists
  void aRejectedApplicantMayDeclareAgain() throws Exception {
    String id = nextIdNumber();
    JsonNode first = declare("wangwu", "王五", OTHER_UNIT, id);
    String key = first.get("businessKey").asText();
    assertThat(complete("hz-arts-hr", onlyTask("hz-arts-hr", key).get("id").asText(), "reject", "业绩材料不实")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(application("wangwu", first.get("id").asText()).get("status").asText()).isEqualTo("REJECTED");

    ResponseEntity<String> again = start("wangwu", "王五", OTHER_UNIT, id);
    assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.OK);
    // and that one holds the place now
    assertRefused(start("wangwu", "王五", OTHER_UNIT, id), HttpStatus.BAD_REQUEST,
        "申报编号 " + JSON.readTree(again.getBody()).get("businessKey").asText());
  }

  @Test
  @Order(2) // declares: after the lists
  void twoDeclarationsAtTheSameMomentMakeOneApplication() throws Exception {
    String id = nextIdNumber();
    long before = instances();
    CompletableFuture<ResponseEntity<String>> one = CompletableFuture.supplyAsync(
        () -> start("lisi", "李四", OTHER_UNIT, id));
    CompletableFuture<ResponseEntity<String>> two = CompletableFuture.supplyAsync(
        () -> start("lisi", "李四", OTHER_UNIT, id));
    List<ResponseEntity<String>> answers = List.of(one.get(), two.get());

    assertThat(answers).extracting(ResponseEntity::getStatusCode)
        .containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.BAD_REQUEST);
    assertThat(answers).filteredOn(r -> r.getStatusCode() == HttpStatus.BAD_REQUEST).singleElement()
        .satisfies(r -> assertThat(r.getBody()).contains("身份证号 " + id, "同一人（以身份证号为准）对同一申报计划只能有一份申报"));
    assertThat(instances()).isEqualTo(before + 1);
  }

  // ---- helpers ----

  JsonNode list(String user, String query) throws Exception {
    return body(call(user, HttpMethod.GET, "/api/applications" + query, null));
  }

  static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  static JsonNode item(JsonNode page, String id) {
    for (JsonNode i : page.get("items")) {
      if (i.get("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no " + id + " in " + page);
  }

  /** The applications (root instances) of the tasks {@code user} sees over /engine-rest. */
  List<String> taskApplications(String user) throws Exception {
    List<String> roots = new ArrayList<>();
    for (JsonNode task : body(call(user, HttpMethod.GET, "/engine-rest/task", null))) {
      JsonNode instance = body(call("admin", HttpMethod.GET, "/engine-rest/process-instance?subProcessInstance="
          + task.get("processInstanceId").asText(), null));
      roots.add(instance.isEmpty() ? task.get("processInstanceId").asText() : instance.get(0).get("id").asText());
    }
    return roots;
  }

  long instances() throws Exception {
    return body(call("admin", HttpMethod.GET, "/engine-rest/history/process-instance/count?processDefinitionKey="
        + "title-application", null)).get("count").asLong();
  }
}
