package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import zhicheng.eligibility.TestFiles;
import zhicheng.it.EngineApi.Door;

/**
 * The application on the real PostgreSQL (127.0.0.1:5432, database "test"), in a schema of its own that is
 * dropped and recreated for every run. One application travels every level over /engine-rest as the right
 * users, with a 退回 on the way; another is 不通过; reviewers and applicants of other scopes are refused.
 * The job executor is off: the test runs the one due job (the unit publicity) itself, as an administrator.
 */
@PostgresAppTest
class PostgresIntegrationTest extends DemoRest {

  static final String SCHEMA = PostgresSchema.PREFIX;
  /** Used only by the integrity-record test, so its bar cannot refuse another test's declaration. */
  static final String BARRED_ID = "33010619851212002X";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    PostgresSchema.use(registry, SCHEMA);
  }

  @Test
  void anonymousCallsAreRefused() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> api = rest.getForEntity("/api/applications", String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.getBody()).contains("需要登录");
    HttpHeaders wrong = new HttpHeaders();
    wrong.setBasicAuth("zhangsan", "wrong");
    assertThat(rest.exchange("/engine-rest/task", HttpMethod.GET, new HttpEntity<>(wrong), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theTasklistLoginOfTheSameBrowserReadsApiButCannotChangeAnything() {
    // what a browser does: open Tasklist (session and CSRF cookies), log in through the webapp
    EngineApi tasklist = as(Door.TASKLIST, "wangwu");

    HttpHeaders browser = tasklist.browserCookie();
    assertThat(rest.exchange("/api/applications", HttpMethod.GET, new HttpEntity<>(browser), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    // the same cookie may not change anything: a page on another site could send it
    assertThat(rest.exchange("/api/applications", HttpMethod.POST, new HttpEntity<>("{}", browser), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    // Tasklist's own engine API answers a refused declaration as /engine-rest does: 400, the Chinese reason only
    ResponseEntity<String> refused = tasklist.post("/process-definition/key/title-application/submit-form",
        Map.of("variables", Map.of("planId", Map.of("value", "no-such-plan"))));
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("\"type\":\"DeclarationRefused\"", "未知的申报计划“no-such-plan”")
        .doesNotContain("ENGINE-", "Cannot");
  }

  @Test
  void oneApplicationTravelsEveryLevelWithAReturnAndOtherScopesAreRefused() throws Exception {
    JsonNode started = declare("zhangsan", "张三", "hz-xihu-chem");
    String id = started.get("id").asText();
    String key = started.get("businessKey").asText();

    // employer unit: only the unit's own HR sees, claims or completes the task
    JsonNode unitTask = onlyTask("xihu-hr", key);
    assertThat(unitTask.get("name").asText()).isEqualTo("用人单位审核：张三");
    assertThat(unitTask.get("due").asText()).isNotEmpty();
    String unitTaskId = unitTask.get("id").asText();
    assertThat(tasks("xiaoshan-hr", key)).isEmpty();
    assertThat(call("xiaoshan-hr", HttpMethod.GET, "/engine-rest/task/" + unitTaskId, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(call("xiaoshan-hr", HttpMethod.POST, "/engine-rest/task/" + unitTaskId + "/claim",
        Map.of("userId", "xiaoshan-hr")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(complete("xiaoshan-hr", unitTaskId, "pass", "越权操作").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks("lisi", key)).isEmpty();

    ResponseEntity<String> noReason = complete("xihu-hr", unitTaskId, "reject", " ");
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("请填写不通过的理由");
    assertThat(onlyTask("xihu-hr", key).get("id").asText()).isEqualTo(unitTaskId);
    assertThat(complete("xihu-hr", unitTaskId, "pass", "经单位公示无异议，同意推荐").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(application("zhangsan", id).get("status").asText()).isEqualTo("PUBLICITY");
    endPublicity(id);

    // district acceptance point returns; the applicant alone corrects; the same level reviews again
    JsonNode countyTask = onlyTask("xihu-jxj", key);
    assertThat(tasks("xiaoshan-jxj", key)).isEmpty();
    assertThat(complete("xihu-jxj", countyTask.get("id").asText(), "return", "请补充2023年继续教育学时证明")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks("lisi", key)).isEmpty();
    JsonNode correction = onlyTask("zhangsan", key);
    assertThat(correction.get("assignee").asText()).isEqualTo("zhangsan");
    assertThat(application("zhangsan", id).get("statusReason").asText()).isEqualTo("请补充2023年继续教育学时证明");
    // a correction is checked as the declaration was: switching to 转评 without a senior title of another series, or
    // moving the title date below the 5 years, is refused with the notice's clause, and nothing is saved
    String correctionId = correction.get("id").asText();
    ResponseEntity<String> transfer = call("zhangsan", HttpMethod.POST, "/engine-rest/task/" + correctionId + "/complete",
        Map.of("variables", Map.of("route", Map.of("value", "转评"))));
    assertThat(transfer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(transfer.getBody()).contains("\"type\":\"DeclarationRefused\"",
        "转评：请填写已取得的其他系列高级职称（依据：杭经信人事〔2023〕63号 附件1 二、（二）转（兼）评申报）")
        .doesNotContain("ENGINE-");
    ResponseEntity<String> late = call("zhangsan", HttpMethod.POST, "/engine-rest/task/" + correctionId + "/complete",
        Map.of("variables", Map.of("currentTitleDate", Map.of("value", "2019-01-01"))));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(late.getBody()).contains("现任职务取得时间2019年1月1日，至2023年12月31日满4年，不足5年");
    assertThat(onlyTask("zhangsan", key).get("id").asText()).isEqualTo(correctionId);
    JsonNode unchanged = application("zhangsan", id);
    assertThat(unchanged.get("status").asText()).isEqualTo("CORRECTION_REQUIRED");
    assertThat(call("admin", HttpMethod.GET, "/engine-rest/process-instance/" + id + "/variables/route", null).getBody())
        .contains("正常申报");
    assertThat(call("zhangsan", HttpMethod.POST, "/engine-rest/task/" + correction.get("id").asText() + "/complete",
        Map.of("variables", Map.of("statement", Map.of("value", "已补充2021—2023年继续教育学时证明，共270学时。"))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode again = onlyTask("xihu-jxj", key);
    assertThat(complete("xihu-jxj", again.get("id").asText(), "pass", "材料齐全，同意上报").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // committee office qualification review, then the fee is due (CommitteeIntegrationTest goes on from here)
    JsonNode officeTask = onlyTask("hgqf-office", key);
    assertThat(complete("hgqf-office", officeTask.get("id").asText(), "pass", "资格审查通过").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode done = application("zhangsan", id);
    assertThat(done.get("status").asText()).isEqualTo("AWAITING_PAYMENT");
    List<String> actions = done.get("trail").findValuesAsText("action");
    assertThat(actions).containsExactly("提交申报", "上传申报材料", "通过", "通过", "发布公示", "公示期满", "退回",
        "重新提交", "通过", "通过", "通过", "通知缴费");
    assertThat(done.get("trail").findValuesAsText("actor")).containsExactly("zhangsan", "zhangsan", "系统",
        "xihu-hr", "杭州西湖精细化工有限公司（演示）", "系统", "xihu-jxj", "zhangsan", "系统", "xihu-jxj", "hgqf-office",
        "系统");

    // another applicant cannot read it
    assertThat(call("lisi", HttpMethod.GET, "/api/applications/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(body(call("lisi", HttpMethod.GET, "/api/applications", null)).findValuesAsText("id"))
        .doesNotContain(id);
  }

  @Test
  void rejectedApplicationEndsAndTheApplicantSeesWhy() throws Exception {
    JsonNode started = declare("wangwu", "王五", "hz-xiaoshan-textile");
    String id = started.get("id").asText();
    JsonNode task = onlyTask("xiaoshan-hr", started.get("businessKey").asText());
    assertThat(tasks("xihu-hr", started.get("businessKey").asText())).isEmpty();
    complete("xiaoshan-hr", task.get("id").asText(), "reject", "申报人近三年年度考核不满足“合格（含）以上”要求");

    JsonNode app = application("wangwu", id);
    assertThat(app.get("status").asText()).isEqualTo("REJECTED");
    assertThat(app.get("statusText").asText()).isEqualTo("不予通过");
    assertThat(app.get("statusReason").asText()).isEqualTo("申报人近三年年度考核不满足“合格（含）以上”要求");
    assertThat(app.get("endedAt").isNull()).isFalse();
  }

  @Test
  void theTasklistFilterShowsTheApplicantAndUnitBesideEachReviewersTask() throws Exception {
    // Found in the browser: the filter's columns 申报人 and 工作单位 stayed empty for every user, since Tasklist reads
    // them with the task list and a reviewer may not read the application's own (process) variables.
    JsonNode started = declare("lisi", "李四", "hz-xiaoshan-textile");
    String filterId = java.util.stream.StreamSupport.stream(
            body(call("xiaoshan-hr", HttpMethod.GET, "/engine-rest/filter", null)).spliterator(), false)
        .filter(f -> f.get("name").asText().equals("我的待办（按截止日期）")).findFirst().orElseThrow().get("id").asText();
    HttpHeaders hal = headers("xiaoshan-hr");
    hal.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    // what Tasklist sends: its own sorting, the filter's columns fetched with the tasks
    ResponseEntity<String> list = rest.exchange("/engine-rest/filter/" + filterId + "/list", HttpMethod.POST,
        new HttpEntity<>(Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))), hal),
        String.class);
    JsonNode task = java.util.stream.StreamSupport.stream(body(list).path("_embedded").path("task").spliterator(), false)
        .filter(t -> t.get("name").asText().equals("用人单位审核：李四")).findFirst().orElseThrow();
    Map<String, String> shown = new java.util.HashMap<>();
    task.path("_embedded").path("variable").forEach(v -> shown.put(v.get("name").asText(), v.get("value").asText()));
    JsonNode columns = body(call("xiaoshan-hr", HttpMethod.GET, "/engine-rest/filter/" + filterId, null))
        .path("properties").path("variables");
    assertThat(columns.findValuesAsText("label")).contains("申报人", "工作单位");
    for (JsonNode column : columns) {
      if (column.get("label").asText().equals("申报人")) {
        assertThat(shown.get(column.get("name").asText())).isEqualTo("李四");
      }
      if (column.get("label").asText().equals("工作单位")) {
        assertThat(shown.get(column.get("name").asText())).isEqualTo("杭州萧山纺织印染有限公司（演示）");
      }
    }
    assertThat(started.get("businessKey").asText()).isNotEmpty();
  }

  @Test
  void malformedDeclarationIsRefusedInChineseAndCreatesNothing() throws Exception {
    ResponseEntity<String> refused = start("zhangsan", "张三", "hz-xihu-chem", "110105194912310021");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = JSON.readTree(refused.getBody());
    assertThat(error.get("type").asText()).isEqualTo("DeclarationRefused");
    assertThat(error.get("findings").get(0).asText()).isEqualTo("身份证号码“110105194912310021”校验位错误，请核对后重新填写");
    JsonNode mine = body(call("zhangsan", HttpMethod.GET, "/api/applications?size=50", null)).get("items");
    for (JsonNode a : mine) {
      assertThat(a.get("status").asText()).isNotEqualTo("IN_REVIEW").as("refused declaration left an instance");
    }
  }

  @Test
  void eligibilityAndScoringOverApiAndTheIntegrityRecordForReviewersOnly() throws Exception {
    Map<String, Object> ask = Map.of("planId", DEMO_PLAN, "route", "正常申报", "idNumber", BARRED_ID,
        "profile", JSON.readTree(ELIGIBLE_PROFILE.replace("{", "{\"education\": \"大学本科\", "
            + "\"currentTitleDate\": \"2017-06-30\", ")));
    JsonNode mine = body(call("lisi", HttpMethod.POST, "/api/eligibility", ask));
    assertThat(mine.get("eligible").asBoolean()).as(mine.toString()).isTrue();
    // an applicant never learns anything of anyone's integrity record, whatever ID number they send
    assertThat(mine.get("findings").findValuesAsText("rule")).doesNotContain("integrity-record");

    assertThat(call("lisi", HttpMethod.GET, "/api/integrity-records?idNumber=" + BARRED_ID, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("lisi", HttpMethod.POST, "/api/integrity-records", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> bad = call("hgqf-office", HttpMethod.POST, "/api/integrity-records",
        Map.of("idNumber", "330106198001010011", "personName", "赵六", "finding", "提供虚假论文", "roundYear", 2022,
            "notice", "杭经信人事〔2022〕号", "basis", "杭州市化工轻纺高评委办公室处理决定 第一条"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("校验位错误");
    // the person's application under review (declared before the entry, which would refuse it), so that its
    // reviewers may read the record: only the bodies reviewing an open application of the person read it
    String underReview = declare("lisi", "赵六", "hz-xihu-chem", BARRED_ID).get("businessKey").asText();
    ResponseEntity<String> added = call("hgqf-office", HttpMethod.POST, "/api/integrity-records",
        Map.of("idNumber", BARRED_ID, "personName", "赵六", "finding", "提供虚假论文", "roundYear", 2022,
            "notice", "杭经信人事〔2022〕号", "basis", "杭州市化工轻纺高评委办公室处理决定 第一条"));
    assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode read = body(call("xihu-hr", HttpMethod.GET, "/api/integrity-records?idNumber=" + BARRED_ID, null));
    assertThat(read.findValuesAsText("recordedBy")).containsExactly("hgqf-office");

    // fraud in the 2022 round bars the 2023 round of the plan: a reviewer of the person's application asking sees
    // it, a declaration is refused
    JsonNode reviewer = body(call("hgqf-office", HttpMethod.POST, "/api/eligibility", ask));
    assertThat(reviewer.get("eligible").asBoolean()).isFalse();
    // (the application under review is rejected first: while it is open, one application per person per plan refuses)
    assertThat(complete("xihu-hr", onlyTask("xihu-hr", underReview).get("id").asText(), "reject", "诚信档案记载")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> refused = start("lisi", "赵六", "hz-xihu-chem", BARRED_ID);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("诚信档案记载：2022年度评审中提供虚假论文");

    JsonNode score = body(call("lisi", HttpMethod.POST, "/api/scoring/zj-2021-senior-arts-crafts",
        Map.of("claims", List.of(Map.of("item", "theory.papers", "count", 6), Map.of("item", "bonus.national")))));
    assertThat(score.get("total").asInt()).isEqualTo(30);
    assertThat(score.get("qualifies").asBoolean()).isFalse();
    assertThat(call("lisi", HttpMethod.POST, "/api/scoring/zj-2021-senior-arts-crafts",
        Map.of("claims", List.of(Map.of("item", "no.such")))).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void badInputOnEligibilityAndScoringIsAnsweredInChineseNeverWithA500() throws Exception {
    Map<String, Object> ask = new LinkedHashMap<>(Map.of("planId", DEMO_PLAN, "route", "正常申报",
        "profile", JSON.readTree(ELIGIBLE_PROFILE)));
    assertRefusedPost("/api/eligibility", with(ask, "planId", "no-such-plan"), HttpStatus.NOT_FOUND,
        "未知的申报计划“no-such-plan”");
    // an oversized unknown plan is quoted by its first characters and its length, not echoed (the fuzz found it)
    assertRefusedPost("/api/eligibility", with(ask, "planId", "工".repeat(60_000)), HttpStatus.NOT_FOUND,
        "未知的申报计划“" + "工".repeat(20) + "…（共60000字）”");
    assertRefusedPost("/api/eligibility", with(ask, "planId", null), HttpStatus.BAD_REQUEST, "请提供申报计划 planId");
    assertRefusedPost("/api/eligibility", with(ask, "route", "走后门"), HttpStatus.BAD_REQUEST,
        "申报途径“走后门”不是“2023年度杭州市化工轻纺专业高级工程师职务任职资格评审（演示：日期顺延）”的申报途径，"
            + "应为以下之一：正常申报、转评、高技能人才申报、破格申报（杭经信人事〔2023〕63号）");
    assertRefusedPost("/api/eligibility", with(ask, "profile", JSON.readTree(ELIGIBLE_PROFILE.replace(
        "\"employerType\": \"企业\"", "\"employerType\": \"企业\", \"fieldWorkSince\": \"2019-13-45\""))),
        HttpStatus.BAD_REQUEST, "从事本专业工作起始时间（fieldWorkSince）“2019-13-45”不是日期（应为 yyyy-MM-dd，如 2018-06-30）");
    assertRefusedPost("/api/eligibility", with(ask, "profile", JSON.readTree(ELIGIBLE_PROFILE.replace(
        "\"professional\": 70", "\"professional\": -70"))), HttpStatus.BAD_REQUEST,
        "继续教育学时第3行（continuingEducation[2]）的专业科目学时不能为负数（-70）");
    assertRefusedPost("/api/eligibility", with(ask, "profile", JSON.readTree("{\"assessments\": \"合格\"}")),
        HttpStatus.BAD_REQUEST, "请求内容不是合法的 JSON 或字段类型不符：字段 profile.assessments 的值类型不正确");
    assertRefusedPost("/api/eligibility", with(ask, "materials", List.of("photo", "resume")), HttpStatus.BAD_REQUEST,
        "未知的材料“resume”");
    assertRefusedPost("/api/eligibility", with(ask, "idNumber", "110105194912310021"), HttpStatus.BAD_REQUEST,
        "身份证号码“110105194912310021”校验位错误");
    assertRefusedPost("/api/eligibility", with(ask, "statement", "述".repeat(1001)), HttpStatus.BAD_REQUEST,
        "本人述职限1000字以内，现为1001字");
    assertRefusedPost("/api/eligibility", with(ask, "planId", "aj-2021-titles-demo"), HttpStatus.BAD_REQUEST,
        "按计划表分行申报，请指定行");
    assertRefusedPost("/api/eligibility", "{not json", HttpStatus.BAD_REQUEST, "请求内容不是合法的 JSON");
    assertRefusedPost("/api/eligibility", with(with(ask, "planId", "aj-2021-titles-demo:19"), "route", "正常申报"),
        HttpStatus.BAD_REQUEST, "附件1第19行（广播电视播音）为委托评审：本县不组织该专业的评审（推荐）");

    String scoring = "/api/scoring/zj-2021-senior-arts-crafts";
    assertRefusedPost("/api/scoring/no-such-standard", Map.of("claims", List.of()), HttpStatus.NOT_FOUND,
        "未知的评分标准“no-such-standard”");
    assertRefusedPost(scoring, Map.of("claims", List.of(Map.of("item", "no.such"))), HttpStatus.BAD_REQUEST,
        "评分项“no.such”不在《浙江省高级工艺美术师职务任职资格量化评分标准》中");
    assertRefusedPost(scoring, Map.of("claims", List.of(Map.of("item", "theory.papers", "count", -2))),
        HttpStatus.BAD_REQUEST, "的数量应为正整数");
    assertRefusedPost(scoring, "{\"claims\": [null]}", HttpStatus.BAD_REQUEST, "评分项不能为空");
    assertRefusedPost(scoring, "{\"claims\": [{\"item\": \"theory.papers\", \"count\": \"很多\"}]}",
        HttpStatus.BAD_REQUEST, "字段 claims[0].count 的值类型不正确");
    // a count no cap was meant for cannot overflow into a negative total
    JsonNode huge = body(call("lisi", HttpMethod.POST, scoring, Map.of("claims", List.of(
        Map.of("item", "bonus.national", "count", Integer.MAX_VALUE), Map.of("item", "bonus.national", "count", 5)))));
    assertThat(huge.get("total").asInt()).isEqualTo(20);
  }

  @Test
  void filesJudgedByContentAndThePostQuotaAreEnforcedOverEngineRest() throws Exception {
    // 杭州西湖化工研究所（演示，事业单位）: 副高级 approved 6, filled 5 — one vacant post for the senior-engineer plan
    Map<String, Object> vars = declarationVariables("钱七", "hz-xihu-chem-institute");
    vars.put("profile", Map.of("type", "Json", "value", ELIGIBLE_PROFILE.replace("\"企业\"", "\"事业单位\"")));
    Map<String, Object> files = new LinkedHashMap<>(materials());
    files.put("postInfoForm", file("岗位信息表.pdf", "application/pdf", TestFiles.pdf()));
    String[] keys = new String[2];
    for (int i = 0; i < 2; i++) {
      vars.put("idNumber", Map.of("value", nextIdNumber())); // two people: one application per person per plan
      ResponseEntity<String> started = start("wangwu", vars);
      assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
      keys[i] = JSON.readTree(started.getBody()).get("businessKey").asText();
      String upload = onlyTask("wangwu", keys[i]).get("id").asText();
      if (i == 0) {
        // seed 003 附件3 二、1: JPG/JPEG judged by content; a PNG named .jpg is refused, and nothing is saved
        Map<String, Object> png = new LinkedHashMap<>(files);
        png.put("photo", file("证件照.jpg", "image/jpeg", TestFiles.png(350, 500)));
        ResponseEntity<String> refused = call("wangwu", HttpMethod.POST, "/engine-rest/task/" + upload + "/complete",
            Map.of("variables", png));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("证件照“证件照.jpg”不是JPG/JPEG图片（按文件内容判断，不看扩展名）",
            "安人社通〔2021〕9号 附件3 二、1");
        assertThat(onlyTask("wangwu", keys[i]).get("id").asText()).isEqualTo(upload);
      }
      assertThat(call("wangwu", HttpMethod.POST, "/engine-rest/task/" + upload + "/complete",
          Map.of("variables", files)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    assertThat(complete("institute-hr", onlyTask("institute-hr", keys[0]).get("id").asText(), "pass", "经竞聘考核择优推荐")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String second = onlyTask("institute-hr", keys[1]).get("id").asText();
    ResponseEntity<String> full = complete("institute-hr", second, "pass", "同意推荐");
    assertThat(full.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(full.getBody()).contains("副高级专业技术岗位核准6个、实聘5个、空缺1个，本计划已推荐1人，不能再推荐",
        "安人社通〔2021〕9号 三、（五）");
    assertThat(onlyTask("institute-hr", keys[1]).get("id").asText()).isEqualTo(second);
  }

  private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    Map<String, Object> m = new LinkedHashMap<>(base);
    m.put(key, value);
    return m;
  }

  private void assertRefusedPost(String path, Object body, HttpStatus status, String message) throws Exception {
    ResponseEntity<String> r = call("lisi", HttpMethod.POST, path, body);
    assertThat(r.getStatusCode()).as(path + " " + r.getBody()).isEqualTo(status);
    JsonNode error = JSON.readTree(r.getBody());
    assertThat(error.get("error").asText() + " " + error.path("findings")).as(r.getBody()).contains(message);
    assertThat(r.getBody()).doesNotContain("Exception", "at zhicheng", "Internal Server Error");
  }

  @Test
  void workingDaysOverRestWithTheSameRuleAsTheTimersAndRefusals() throws Exception {
    JsonNode day = body(call("lisi", HttpMethod.GET, "/api/calendar/day/2024-02-04", null));
    assertThat(day.get("workingDay").asBoolean()).isTrue();
    assertThat(day.get("reason").asText()).isEqualTo("春节调休上班");
    assertThat(day.get("source").asText()).isEqualTo("国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）");
    assertThat(body(call("lisi", HttpMethod.GET, "/api/calendar/day/2024-06-08", null)).get("reason").asText())
        .isEqualTo("周末");

    // posted the Thursday before the 2024 Spring Festival: 2-9, 2-18 (Sunday, worked), 2-19, 2-20, 2-21
    JsonNode end = body(call("xihu-hr", HttpMethod.GET,
        uri("/api/calendar/add?from=2024-02-08T15:00:00%2B08:00&workingDays=5"), null));
    assertThat(end.get("end").asText()).isEqualTo("2024-02-22T00:00:00+08:00");
    assertThat(end.get("endText").asText()).isEqualTo("2024年2月21日24时");
    assertThat(body(call("xihu-hr", HttpMethod.GET,
        uri("/api/calendar/add?from=2024-02-08T07:00:00Z&workingDays=5"), null)).get("end").asText())
        .isEqualTo("2024-02-22T00:00:00+08:00");

    assertRefused("/api/calendar/day/2024-2-4", HttpStatus.BAD_REQUEST, "日期“2024-2-4”格式错误，应为 yyyy-MM-dd");
    assertRefused("/api/calendar/add?from=2024-02-08T15:00:00&workingDays=5", HttpStatus.BAD_REQUEST, "应为带时区的 ISO-8601 时刻");
    assertRefused("/api/calendar/add?from=2024-02-08T15:00:00%2B08:00&workingDays=-1", HttpStatus.BAD_REQUEST,
        "workingDays “-1” 应为1至250之间的整数");
    assertRefused("/api/calendar/add?from=2024-02-08T15:00:00%2B08:00&workingDays=251", HttpStatus.BAD_REQUEST,
        "workingDays “251” 应为1至250之间的整数");
    assertThat(rest.getForEntity("/api/calendar/day/2024-02-04", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void onlyAnAdministratorLoadsAYearAndItIsKeptInTheDatabase() throws Exception {
    byte[] notice = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("holidays/2026.json"));
    String document = new String(notice, StandardCharsets.UTF_8);
    ResponseEntity<String> notAdmin = call("xihu-hr", HttpMethod.PUT, "/api/calendar/years/2026", document);
    assertThat(notAdmin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(notAdmin.getBody()).contains("只有管理员（camunda-admin 组）可以载入节假日安排");

    ResponseEntity<String> wrongYear = call("admin", HttpMethod.PUT, "/api/calendar/years/2027", document);
    assertThat(wrongYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrongYear.getBody()).contains("地址中的年份 2027 与文件中的 year 2026 不一致");
    ResponseEntity<String> typo = call("admin", HttpMethod.PUT, "/api/calendar/years/2026",
        document.replace("\"2026-02-14\"", "\"2026-02-16\""));
    assertThat(typo.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(typo.getBody()).get("findings").get(0).asText())
        .isEqualTo("holidays[1].workdays[0] 2026-02-16 是周一：调休上班日应为周六或周日");
    assertThat(holidayRows()).isZero();

    ResponseEntity<String> loaded = call("admin", HttpMethod.PUT, "/api/calendar/years/2026", document);
    assertThat(loaded.getStatusCode()).as(loaded.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode view = JSON.readTree(loaded.getBody());
    assertThat(view.get("loaded").get("documentNumber").asText()).isEqualTo("国办发明电〔2025〕7号");
    assertThat(view.get("loaded").get("origin").asText()).startsWith("管理员 admin 于 ");
    assertThat(holidayRows()).isEqualTo(1);
    JsonNode years = body(call("lisi", HttpMethod.GET, "/api/calendar/years", null));
    assertThat(years.findValuesAsText("year")).contains("2020", "2023", "2024", "2025", "2026");
  }

  @Test
  void objectionsDuringTheUnitPublicityAreInvestigatedByTheUnitAndRefusedOnceItEnded() throws Exception {
    JsonNode started = declare("lisi", "李四", "hz-xihu-chem");
    String id = started.get("id").asText();
    String key = started.get("businessKey").asText();
    complete("xihu-hr", onlyTask("xihu-hr", key).get("id").asText(), "pass", "同意推荐");

    ResponseEntity<String> filed = call("wangwu", HttpMethod.POST, "/api/applications/" + id + "/objections",
        Map.of("who", "王五", "text", "李四的业绩材料中项目验收报告系伪造"));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(JSON.readTree(filed.getBody()).get("message").asText())
        .isEqualTo("异议已受理（第1号），将由杭州西湖精细化工有限公司（演示）核查；异议人信息保密");
    ResponseEntity<String> empty = call("wangwu", HttpMethod.POST, "/api/applications/" + id + "/objections",
        Map.of("who", "王五", "text", " "));
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody()).contains("请填写异议内容");
    assertThat(call("wangwu", HttpMethod.POST, "/api/applications/no-such-id/objections",
        Map.of("who", "王五", "text", "x")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    // only the unit investigates, and the applicant does not learn who objected
    assertThat(tasks("xiaoshan-hr", key)).isEmpty();
    assertThat(tasks("lisi", key)).isEmpty();
    JsonNode investigation = onlyTask("xihu-hr", key);
    assertThat(investigation.get("name").asText()).startsWith("核查异议：李四 申报");
    assertThat(application("lisi", id).get("trail").toString()).doesNotContain("王五", "wangwu");
    assertThat(call("xihu-hr", HttpMethod.POST, "/engine-rest/task/" + investigation.get("id").asText() + "/complete",
        Map.of("variables", Map.of("finding", Map.of("value", "upheld"),
            "findingText", Map.of("value", "经向项目主管部门核实，验收报告系伪造"), "restart", Map.of("value", false)))))
        .extracting(ResponseEntity::getStatusCode).isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode app = application("lisi", id);
    assertThat(app.get("status").asText()).isEqualTo("REJECTED");
    assertThat(app.get("statusReason").asText())
        .isEqualTo("公示期间收到异议，经杭州西湖精细化工有限公司（演示）核查属实：经向项目主管部门核实，验收报告系伪造");
    ResponseEntity<String> late = call("wangwu", HttpMethod.POST, "/api/applications/" + id + "/objections",
        Map.of("who", "王五", "text", "再次异议"));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody()).contains("该申报的公示已于").contains("结束，不再受理异议");
  }

  @Test
  void anObjectionToAnApplicationThatIsNotInPublicityIsRefused() throws Exception {
    JsonNode started = declare("wangwu", "王五", "hz-xiaoshan-textile");
    ResponseEntity<String> r = call("lisi", HttpMethod.POST,
        "/api/applications/" + started.get("id").asText() + "/objections", Map.of("who", "李四", "text", "异议"));
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(JSON.readTree(r.getBody()).get("error").asText())
        .isEqualTo("异议未受理：该申报当前不在公示期（当前状态：审核中：用人单位审核），不受理异议");
  }

  @Test
  void flywayMadeTheAppsTablesInTheSchemaOfTheEngine() throws SQLException {
    // the connection's schema (?currentSchema= in the URL), the one camunda.bpm.database.schema-name names too
    try (Connection c = PostgresSchema.connect(); Statement s = c.createStatement()) {
      List<String> tables = new java.util.ArrayList<>();
      try (var rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + SCHEMA
          + "' AND (table_name LIKE 'zc\\_%' OR table_name = 'flyway_schema_history') ORDER BY table_name")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      assertThat(tables).hasSize(25).contains("flyway_schema_history", "zc_document", "zc_integrity_record",
          "zc_application", "zc_application_reader", "zc_reminder", "zc_draft", "zc_portal_upload", "zc_achievement",
          "zc_achievement_evidence", "zc_achievement_use", "zc_achievement_title", "zc_objection", "zc_session", "zc_session_attributes");
      try (var rs = s.executeQuery("SELECT success FROM " + SCHEMA + ".flyway_schema_history WHERE version = '1'")) {
        assertThat(rs.next()).as("V1 ran in " + SCHEMA).isTrue();
        assertThat(rs.getBoolean(1)).isTrue();
      }
    }
  }

  private void assertRefused(String path, HttpStatus status, String message) throws Exception {
    ResponseEntity<String> r = call("lisi", HttpMethod.GET, uri(path), null);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(status);
    assertThat(JSON.readTree(r.getBody()).get("error").asText()).contains(message);
  }

  private int holidayRows() throws SQLException {
    return PostgresSchema.rows(SCHEMA, "SELECT count(*) FROM zc_holiday_year");
  }
}
