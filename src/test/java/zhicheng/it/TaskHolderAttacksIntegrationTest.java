package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import zhicheng.eligibility.TestFiles;
import zhicheng.it.EngineApi.Door;
import zhicheng.security.TaskPermissionUpgrade;

/**
 * Whoever holds a task holds the REST API, not just the form (docs/security.md). Each attack of the issue
 * “Nobody approves their own application”, tried as the task holder would, over /engine-rest and over Tasklist's
 * own engine API with a Tasklist session, on the real PostgreSQL: each is refused with a Chinese reason, and
 * afterwards the process's variables, tasks and identity links are what they were.
 */
@PostgresAppTest
class TaskHolderAttacksIntegrationTest extends DemoRest {

  static final String SCHEMA = PostgresSchema.PREFIX + "_attacks";
  private static final AtomicInteger PEOPLE = new AtomicInteger(100);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    PostgresSchema.use(registry, SCHEMA);
  }

  @Autowired
  RuntimeService runtime;

  // ---- 1. self-approval: the applicant rewrites the chain through his own upload task ----

  @ParameterizedTest
  @EnumSource(Door.class)
  void theApplicantCannotRewriteTheChainThroughHisOwnTask(Door door) throws Exception {
    EngineApi zhangsan = as(door, "zhangsan");
    Started app = start(zhangsan, "张三", "hz-xihu-chem");
    String upload = app.onlyTask(zhangsan);
    String chain = variable(app.id(), "chain");
    String forged = chain.replaceAll("\"group\":\"[^\"]+\"", "\"group\":\"applicant\"");
    Map<String, Object> forgedChain = Map.of("chain", Map.of("type", "Json", "value", forged));

    assertForbidden(zhangsan.post("/task/" + upload + "/variables", Map.of("modifications", forgedChain)),
        "流程数据只能由流程本身写入");
    assertForbidden(zhangsan.send(HttpMethod.PUT, "/task/" + upload + "/localVariables/chain",
        Map.of("type", "Json", "value", forged)), "流程数据只能由流程本身写入");
    assertForbidden(zhangsan.send(HttpMethod.DELETE, "/task/" + upload + "/variables/chain", null),
        "流程数据只能由流程本身写入");
    assertForbidden(zhangsan.send(HttpMethod.POST, "/execution/" + app.id() + "/localVariables",
        Map.of("modifications", forgedChain)), "流程数据只能由流程本身写入");
    Map<String, Object> uploadWithChain = new LinkedHashMap<>(materials());
    uploadWithChain.putAll(forgedChain);
    for (String verb : List.of("complete", "submit-form", "resolve")) {
      assertForbidden(zhangsan.post("/task/" + upload + "/" + verb, Map.of("variables", uploadWithChain)),
          "任务表单中没有这些项，不能随表单提交：chain");
    }

    assertThat(variable(app.id(), "chain")).isEqualTo(chain);
    assertThat(app.onlyTask(zhangsan)).isEqualTo(upload);
    // the upload with the form's own fields goes on to the unit, whose task the applicant neither sees nor works
    assertThat(zhangsan.post("/task/" + upload + "/complete",
        Map.of("variables", materials())).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(app.tasks(zhangsan)).isEmpty();
    String unitTask = app.onlyTask(as(door, "xihu-hr"));
    assertThat(zhangsan.post("/task/" + unitTask + "/complete", decision("pass", "本人通过")).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  // ---- 2. forged facts after acceptance: ID number, name, unit, the trail ----

  @ParameterizedTest
  @EnumSource(Door.class)
  void noTaskHolderForgesTheAcceptedFactsOrTheTrail(Door door) throws Exception {
    EngineApi zhangsan = as(door, "zhangsan");
    EngineApi unit = as(door, "xihu-hr");
    Started app = start(zhangsan, "张三", "hz-xihu-chem");
    String upload = app.onlyTask(zhangsan);
    Map<String, Object> forged = Map.of(
        "idNumber", Map.of("value", "NOT-AN-ID-<script>"),
        "applicantName", Map.of("value", "李四"),
        "unitCode", Map.of("value", "hz-xiaoshan-textile"),
        "reviewTrail", Map.of("type", "Json", "value", "[{\"level\":\"评委会办公室\",\"actor\":\"hgqf-office\",\"action\":\"通过\"}]"));
    Map<String, String> before = facts(app.id());

    assertForbidden(zhangsan.post("/task/" + upload + "/variables", Map.of("modifications", forged)),
        "流程数据只能由流程本身写入");
    assertThat(facts(app.id())).isEqualTo(before);
    upload(zhangsan, upload);
    Map<String, String> uploaded = facts(app.id());
    String review = app.onlyTask(unit);
    assertForbidden(unit.post("/task/" + review + "/variables", Map.of("modifications", forged)),
        "流程数据只能由流程本身写入");
    Map<String, Object> passWithForgery = new LinkedHashMap<>(forged);
    passWithForgery.putAll(decisionVariables("pass", "同意推荐"));
    assertForbidden(unit.post("/task/" + review + "/complete", Map.of("variables", passWithForgery)),
        "任务表单中没有这些项，不能随表单提交：applicantName、idNumber、reviewTrail、unitCode");
    assertForbidden(unit.post("/task/" + review + "/submit-form", Map.of("variables", passWithForgery)),
        "任务表单中没有这些项");

    assertThat(facts(app.id())).isEqualTo(uploaded);
    assertThat(uploaded.get("reviewTrail")).doesNotContain("hgqf-office");
    assertThat(app.onlyTask(unit)).isEqualTo(review);
  }

  // ---- 3. rerouted re-review: the correction writes the level's review group ----

  @ParameterizedTest
  @EnumSource(Door.class)
  void theCorrectionCannotRerouteTheReReview(Door door) throws Exception {
    EngineApi wangwu = as(door, "wangwu");
    EngineApi unit = as(door, "xiaoshan-hr");
    Started app = start(wangwu, "王五", "hz-xiaoshan-textile");
    upload(wangwu, app.onlyTask(wangwu));
    String review = app.onlyTask(unit);
    assertThat(unit.post("/task/" + review + "/complete", decision("return", "请补充继续教育学时证明"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String correction = app.onlyTask(wangwu);
    String levelReview = levelReviewInstance(app.id());

    Map<String, Object> reroute = Map.of("reviewGroup", Map.of("value", "applicant"),
        "statement", Map.of("value", "已补充。"));
    assertForbidden(wangwu.post("/task/" + correction + "/complete", Map.of("variables", reroute)),
        "任务表单中没有这些项，不能随表单提交：reviewGroup");
    assertForbidden(wangwu.post("/task/" + correction + "/submit-form", Map.of("variables", reroute)),
        "任务表单中没有这些项，不能随表单提交：reviewGroup");
    assertForbidden(wangwu.post("/task/" + correction + "/variables", Map.of("modifications",
        Map.of("reviewGroup", Map.of("value", "applicant")))), "流程数据只能由流程本身写入");
    assertThat(variable(levelReview, "reviewGroup")).isEqualTo("unit:hz-xiaoshan-textile");
    assertThat(app.onlyTask(wangwu)).isEqualTo(correction);

    // the form's own fields: the same unit reviews again, and no other applicant ever sees it
    assertThat(wangwu.post("/task/" + correction + "/complete", Map.of("variables",
        Map.of("statement", Map.of("value", "已补充2021—2023年继续教育学时证明。")))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(app.tasks(as(door, "zhangsan"))).isEmpty();
    assertThat(app.tasks(wangwu)).isEmpty();
    assertThat(app.tasks(unit)).hasSize(1);
  }

  // ---- 3b. the correction takes a new file for a declared material, and no other file ----

  @ParameterizedTest
  @EnumSource(Door.class)
  void theCorrectionReplacesADeclaredFileButWritesNoOtherFile(Door door) throws Exception {
    EngineApi wangwu = as(door, "wangwu");
    EngineApi unit = as(door, "xiaoshan-hr");
    Started app = start(wangwu, "王五", "hz-xiaoshan-textile");
    upload(wangwu, app.onlyTask(wangwu));
    assertThat(unit.post("/task/" + app.onlyTask(unit) + "/complete", decision("return", "年度考核登记表模糊不清"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String correction = app.onlyTask(wangwu);
    String trail = variable(app.id(), "reviewTrail");

    // a file under a name the form does not declare, or as a field that takes text: refused, nothing written
    assertRefused(wangwu.post("/task/" + correction + "/complete", Map.of("variables", Map.of(
        "certificateScan", file("证书.pdf", "application/pdf", TestFiles.pdf())))),
        "变量“certificateScan”是文件，而表单中这一项不是上传文件");
    assertForbidden(wangwu.post("/task/" + correction + "/complete", Map.of("variables", Map.of(
        "certificateScan", Map.of("value", "证书.pdf")))), "任务表单中没有这些项，不能随表单提交：certificateScan");
    assertRefused(wangwu.post("/task/" + correction + "/complete", Map.of("variables", Map.of(
        "statement", file("述职.pdf", "application/pdf", TestFiles.pdf())))), "是文件，而表单中这一项不是上传文件");
    assertThat(app.onlyTask(wangwu)).isEqualTo(correction);
    assertThat(variable(app.id(), "reviewTrail")).isEqualTo(trail);

    // a declared material: the application keeps the new file, the same unit reviews again
    assertThat(wangwu.post("/task/" + correction + "/complete", Map.of("variables", Map.of(
        "assessmentForms", file("年度考核登记表（重新扫描）.pdf", "application/pdf", TestFiles.pdf()))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode replaced = body(as(Door.ENGINE_REST, "admin")
        .get("/process-instance/" + app.id() + "/variables/assessmentForms?deserializeValue=false"));
    assertThat(replaced.get("valueInfo").get("filename").asText()).isEqualTo("年度考核登记表（重新扫描）.pdf");
    assertThat(app.tasks(wangwu)).isEmpty();
    assertThat(app.tasks(unit)).hasSize(1);
  }

  // ---- 3c. the correction takes 资格核验信息 (profile), which no reviewer's form declares ----

  @ParameterizedTest
  @EnumSource(Door.class)
  void theCorrectionRewritesTheProfileWhichTheReviewCannot(Door door) throws Exception {
    EngineApi wangwu = as(door, "wangwu");
    EngineApi unit = as(door, "xiaoshan-hr");
    Started app = start(wangwu, "王五", "hz-xiaoshan-textile");
    upload(wangwu, app.onlyTask(wangwu));
    String review = app.onlyTask(unit);
    String declared = variable(app.id(), "profile");
    String corrected = declared.replaceAll("\"professional\":\\s*70", "\"professional\": 85");
    assertThat(corrected).isNotEqualTo(declared);

    Map<String, Object> passWithProfile = new LinkedHashMap<>(decisionVariables("return", "请核对2023年学时"));
    passWithProfile.put("profile", Map.of("type", "Json", "value", corrected));
    assertForbidden(unit.post("/task/" + review + "/complete", Map.of("variables", passWithProfile)),
        "任务表单中没有这些项，不能随表单提交：profile");
    assertThat(variable(app.id(), "profile")).isEqualTo(declared);
    assertThat(unit.post("/task/" + review + "/complete", decision("return", "请核对2023年学时"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    String correction = app.onlyTask(wangwu);
    assertThat(wangwu.post("/task/" + correction + "/complete", Map.of("variables",
        Map.of("profile", Map.of("type", "Json", "value", corrected)))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(variable(app.id(), "profile")).isEqualTo(corrected);
    assertThat(app.tasks(wangwu)).isEmpty();
    assertThat(app.tasks(unit)).hasSize(1);
  }

  // ---- 4. a reviewer hands the task over, or the applicant is (also) a reviewer ----

  @ParameterizedTest
  @EnumSource(Door.class)
  void aReviewerCannotHandTheTaskToAnyoneElse(Door door) throws Exception {
    EngineApi zhangsan = as(door, "zhangsan");
    EngineApi unit = as(door, "xihu-hr");
    Started app = start(zhangsan, "张三", "hz-xihu-chem");
    upload(zhangsan, app.onlyTask(zhangsan));
    String review = app.onlyTask(unit);
    String links = identityLinks(review);

    String handOver = "转办、委托、增减候选人或候选组只能由管理员操作";
    assertForbidden(unit.post("/task/" + review + "/identity-links", Map.of("groupId", "applicant", "type", "candidate")),
        handOver);
    assertForbidden(unit.post("/task/" + review + "/identity-links", Map.of("userId", "zhangsan", "type", "candidate")),
        handOver);
    assertForbidden(unit.post("/task/" + review + "/identity-links/delete",
        Map.of("groupId", "unit:hz-xihu-chem", "type", "candidate")), handOver);
    assertForbidden(unit.post("/task/" + review + "/delegate", Map.of("userId", "zhangsan")), handOver);
    assertForbidden(unit.post("/task/" + review + "/assignee", Map.of("userId", "zhangsan")), handOver);
    assertForbidden(unit.post("/task/" + review + "/claim", Map.of("userId", "zhangsan")), "只能为自己认领任务");
    assertForbidden(unit.post("/task/" + review + "/bpmnError", Map.of("errorCode", "x")), "任务只能按流程办理");

    assertThat(identityLinks(review)).isEqualTo(links);
    assertThat(app.tasks(zhangsan)).isEmpty();
    assertThat(app.tasks(as(door, "lisi"))).isEmpty();
    // claiming for oneself and giving it back stay as they were
    assertThat(unit.post("/task/" + review + "/claim", Map.of("userId", "xihu-hr")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(unit.post("/task/" + review + "/unclaim", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(unit.post("/task/" + review + "/complete", decision("pass", "同意推荐")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @ParameterizedTest
  @EnumSource(Door.class)
  void theApplicantNeverReviewsHisOwnApplicationEvenAsTheUnitsReviewer(Door door) throws Exception {
    // an HR officer of the unit declares for himself: the unit's task reaches his own group
    String officer = "xihu-hr";
    EngineApi admin = as(Door.ENGINE_REST, "admin");
    if (body(admin.get("/user/count?memberOfGroup=applicant&id=" + officer)).get("count").asInt() == 0) {
      assertThat(admin.send(HttpMethod.PUT, "/group/applicant/members/" + officer, null).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
    EngineApi self = as(door, officer);
    Started app = start(self, "赵六", "hz-xihu-chem");
    upload(self, app.onlyTask(self));
    String review = app.onlyTask(self);

    assertForbidden(self.post("/task/" + review + "/claim", Map.of("userId", officer)), "申报人不能审核本人的申报");
    assertForbidden(self.post("/task/" + review + "/complete", decision("pass", "同意推荐")), "申报人不能审核本人的申报");
    assertForbidden(self.post("/task/" + review + "/submit-form", decision("pass", "同意推荐")), "申报人不能审核本人的申报");
    JsonNode task = body(self.get("/task/" + review));
    assertThat(task.get("assignee").isNull()).isTrue();
    assertThat(variable(levelReviewInstance(app.id()), "reviewGroup")).isEqualTo("unit:hz-xihu-chem");
  }

  // ---- tasks created before this version: their holders' UPDATE is narrowed on start ----

  @Autowired
  AuthorizationService authorizations;

  @Autowired
  TaskPermissionUpgrade upgrade;

  @Test
  void aTaskGrantOfAnOlderVersionLosesUpdateAndKeepsWhatAHolderNeeds() throws Exception {
    EngineApi zhangsan = as(Door.ENGINE_REST, "zhangsan");
    Started app = start(zhangsan, "张三", "hz-xihu-chem");
    upload(zhangsan, app.onlyTask(zhangsan));
    String review = app.onlyTask(as(Door.ENGINE_REST, "xihu-hr"));
    // what the engine wrote for a candidate group before defaultUserPermissionNameForTask was TASK_WORK
    var old = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(review).groupIdIn("unit:hz-xihu-chem").singleResult();
    old.addPermission(TaskPermissions.UPDATE);
    authorizations.saveAuthorization(old);
    EngineApi unit = as(Door.ENGINE_REST, "xihu-hr");
    assertThat(unit.post("/task/" + review + "/identity-links", Map.of("groupId", "applicant", "type", "candidate"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN); // the guard refuses even while the grant is old

    upgrade.narrowOldTaskGrants();

    var narrowed = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(review).groupIdIn("unit:hz-xihu-chem").singleResult();
    assertThat(narrowed.isPermissionGranted(TaskPermissions.UPDATE)).isFalse();
    assertThat(narrowed.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    assertThat(narrowed.isPermissionGranted(TaskPermissions.READ_VARIABLE)).isTrue();
    var adminsGrant = authorizations.createAuthorizationQuery()
        .resourceType(Resources.TASK).groupIdIn("camunda-admin").singleResult();
    assertThat(adminsGrant.isPermissionGranted(TaskPermissions.UPDATE)).isTrue();
    // the task goes on as before
    assertThat(unit.post("/task/" + review + "/complete", decision("pass", "同意推荐")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  // ---- 6. Object variables and Java serialization ----

  @ParameterizedTest
  @EnumSource(Door.class)
  void objectVariablesAndJavaSerializationAreRefusedWith400(Door door) throws Exception {
    EngineApi lisi = as(door, "lisi");
    Map<String, Object> url = Map.of("type", "Object", "value", "\"http://example.org/\"", "valueInfo",
        Map.of("objectTypeName", "java.net.URL", "serializationDataFormat", "application/json"));
    Map<String, Object> javaSerialized = Map.of("type", "Object", "value", "rO0ABXQAAXg=", "valueInfo",
        Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object"));

    Map<String, Object> declaration = declaration("李四", "hz-xiaoshan-textile");
    declaration.put("statement", url);
    assertRefused(lisi.post("/process-definition/key/title-application/start", Map.of("variables", declaration)),
        "变量“statement”是对象类型");
    Started app = start(lisi, "李四", "hz-xiaoshan-textile");
    String upload = app.onlyTask(lisi);
    Map<String, Object> materials = new LinkedHashMap<>(materials());
    materials.put("photo", javaSerialized);
    assertRefused(lisi.post("/task/" + upload + "/complete", Map.of("variables", materials)),
        "变量“photo”使用了 Java 序列化格式，本系统不接受");
    assertThat(app.onlyTask(lisi)).isEqualTo(upload);
    // administrators too: no Object variable, no Java serialization, from anyone
    EngineApi admin = as(door, "admin");
    assertRefused(admin.send(HttpMethod.PUT, "/process-instance/" + app.id() + "/variables/file",
        Map.of("type", "Object", "value", "\"/etc/passwd\"", "valueInfo",
            Map.of("objectTypeName", "java.io.File", "serializationDataFormat", "application/json"))),
        "变量“file”是对象类型");
    assertRefused(admin.send(HttpMethod.PUT, "/process-instance/" + app.id() + "/variables/ser", javaSerialized),
        "Java 序列化格式");
    assertThat(runtime.getVariable(app.id(), "file")).isNull();
    assertThat(runtime.getVariable(app.id(), "ser")).isNull();

    // an Object variable already in the database (written before this version) is never instantiated on read
    runtime.setVariable(app.id(), "legacy", Variables.serializedObjectValue("\"http://example.org/\"")
        .objectTypeName("java.net.URL").serializationDataFormat("application/json").create());
    assertThatThrownBy(() -> runtime.getVariable(app.id(), "legacy"))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("java.net.URL");
    runtime.removeVariable(app.id(), "legacy");
  }

  // ---- steps ----

  record Started(String id, String businessKey) {
    List<String> tasks(EngineApi user) throws Exception {
      JsonNode tasks = body(user.get("/task?processInstanceBusinessKey=" + businessKey));
      return tasks.findValuesAsText("id");
    }

    String onlyTask(EngineApi user) throws Exception {
      List<String> tasks = tasks(user);
      assertThat(tasks).hasSize(1);
      return tasks.get(0);
    }
  }

  private Started start(EngineApi applicant, String name, String unit) throws Exception {
    ResponseEntity<String> r = applicant.post("/process-definition/key/title-application/start",
        Map.of("variables", declaration(name, unit)));
    JsonNode started = body(r);
    return new Started(started.get("id").asText(), started.get("businessKey").asText());
  }

  private static void upload(EngineApi applicant, String task) {
    ResponseEntity<String> r = applicant.post("/task/" + task + "/complete",
        Map.of("variables", materials()));
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** A declaration to the demo plan; each with an ID number of its own. */
  private static Map<String, Object> declaration(String name, String unit) {
    Map<String, Object> v = declarationVariables(name, unit);
    v.put("idNumber", Map.of("value", idNumber(PEOPLE.incrementAndGet())));
    return v;
  }

  /** A valid 18-digit ID number (GB 11643 check character) born 1980-01-01 in 西湖区, sequence {@code n}. */
  static String idNumber(int n) {
    String first17 = "33010619800101" + String.format("%03d", n % 1000);
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  private static Map<String, Object> decision(String decision, String opinion) {
    return Map.of("variables", decisionVariables(decision, opinion));
  }

  private String variable(String processInstanceId, String name) throws Exception {
    ResponseEntity<String> r = as(Door.ENGINE_REST, "admin")
        .get("/process-instance/" + processInstanceId + "/variables/" + name + "?deserializeValue=false");
    return body(r).get("value").asText();
  }

  /** The accepted facts the attacks aim at, read by an administrator. */
  private Map<String, String> facts(String processInstanceId) throws Exception {
    Map<String, String> facts = new LinkedHashMap<>();
    for (String name : List.of("idNumber", "applicantName", "unitCode", "chain", "reviewTrail")) {
      facts.put(name, variable(processInstanceId, name));
    }
    return facts;
  }

  private String levelReviewInstance(String applicationId) throws Exception {
    JsonNode called = body(as(Door.ENGINE_REST, "admin")
        .get("/process-instance?superProcessInstance=" + applicationId));
    assertThat(called).hasSize(1);
    return called.get(0).get("id").asText();
  }

  private String identityLinks(String taskId) throws Exception {
    return body(as(Door.ENGINE_REST, "admin")
        .get("/task/" + taskId + "/identity-links")).toString();
  }

  private static void assertForbidden(ResponseEntity<String> r, String chinese) {
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(r.getBody()).contains(chinese).doesNotContain("ENGINE-", "does not have");
  }

  private static void assertRefused(ResponseEntity<String> r, String chinese) {
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody()).contains(chinese).doesNotContain("ENGINE-");
  }
}
