package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import zhicheng.documents.Pdfs;

/**
 * The unit's confirmation of an application's achievements through the process, on PostgreSQL (schema
 * {@code <zhicheng.it.schema>_confirm}): the archive goes with the declaration and is locked; only the holder of the
 * unit's review task confirms, row by row, while it holds it; the applicant, another unit and the next level cannot.
 * For the self-score standard's plan, reviewers see the score of the confirmed rows beside the applicant's claim.
 */
@PostgresAppTest
class AchievementConfirmationIntegrationTest extends DemoRest {

  static final String SCHEMA = PostgresSchema.PREFIX + "_confirm";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    PostgresSchema.use(registry, SCHEMA);
  }

  long row(String user, Map<String, Object> row) throws Exception {
    ResponseEntity<String> r = call(user, HttpMethod.POST, "/api/achievements", row);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.CREATED);
    return JSON.readTree(r.getBody()).get("id").asLong();
  }

  String confirmation(long id) {
    return "/achievements/" + id + "/confirmation";
  }

  @Test
  void theUnitsReviewerConfirmsRowByRowWhileHoldingTheTask() throws Exception {
    long paper = row("zhangsan", Map.of("kind", "论文", "item", "theory.papers", "title", "印染废水回用工艺研究",
        "date", "2021-03-01", "evidence", List.of(AchievementsIntegrationTest.pdf("论文.pdf"))));
    long patent = row("zhangsan", Map.of("kind", "专利", "item", "theory.patents.invention", "title", "一种低温染色方法",
        "status", "受理", "date", "2022-05-01", "evidence", List.of(AchievementsIntegrationTest.pdf("受理通知书.pdf"))));
    String app = declare("zhangsan", "张三", "hz-xihu-chem").get("id").asText();
    String path = "/api/applications/" + app;

    // submitted with the application: locked, and listed for it
    assertRefused(call("zhangsan", HttpMethod.DELETE, "/api/achievements/" + paper, null), HttpStatus.CONFLICT, "不能删除");
    JsonNode listed = body(call("zhangsan", HttpMethod.GET, path + "/achievements", null));
    assertThat(listed.get("achievements").findValuesAsText("title")).containsExactlyInAnyOrder("印染废水回用工艺研究",
        "一种低温染色方法");
    assertThat(listed.get("note").asText()).isEqualTo("本申报计划未设定量化评分标准");

    Map<String, Object> confirmed = Map.of("confirmation", "核实");
    // the applicant reads but does not confirm; another unit and a later level do not even see the application
    assertRefused(call("zhangsan", HttpMethod.PUT, path + confirmation(paper), confirmed), HttpStatus.FORBIDDEN,
        "只有正在办理本申报用人单位审核的人员可以核实业绩");
    assertThat(call("xiaoshan-hr", HttpMethod.PUT, path + confirmation(paper), confirmed).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(call("xihu-jxj", HttpMethod.PUT, path + confirmation(paper), confirmed).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // the unit's reviewer: 核实 one, 不予认定 the other with its reason (without one: refused, nothing kept)
    JsonNode done = body(call("xihu-hr", HttpMethod.PUT, path + confirmation(paper), confirmed));
    assertThat(done.get("uses").get(0).get("confirmation").asText()).isEqualTo("核实");
    assertThat(done.get("uses").get(0).get("confirmedBy").asText()).isEqualTo("xihu-hr");
    assertRefused(call("xihu-hr", HttpMethod.PUT, path + confirmation(patent), Map.of("confirmation", "不予认定")),
        HttpStatus.BAD_REQUEST, "reason：不予认定须写明理由");
    assertRefused(call("xihu-hr", HttpMethod.PUT, path + confirmation(patent), Map.of("confirmation", "同意")),
        HttpStatus.BAD_REQUEST, "confirmation：请选择“核实”或“不予认定”，不是“同意”");
    body(call("xihu-hr", HttpMethod.PUT, path + confirmation(patent),
        Map.of("confirmation", "不予认定", "reason", "专利尚在受理，未获授权")));
    // a row the application was not submitted with
    long later = row("zhangsan", Map.of("kind", "其他业绩", "title", "后来的业绩", "date", "2023-01-01",
        "evidence", List.of(AchievementsIntegrationTest.pdf("证明.pdf"))));
    assertThat(call("xihu-hr", HttpMethod.PUT, path + confirmation(later), confirmed).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    JsonNode seen = body(call("xihu-hr", HttpMethod.GET, path + "/achievements", null));
    assertThat(seen.get("achievements").findValuesAsText("confirmation")).containsExactlyInAnyOrder("核实", "不予认定");
    assertThat(seen.get("achievements").findValuesAsText("reason")).contains("专利尚在受理，未获授权");

    // once the unit has passed the application, it holds no task of it: no more confirmations
    String businessKey = JSON.readTree(call("zhangsan", HttpMethod.GET, path, null).getBody()).get("businessKey").asText();
    pass("xihu-hr", businessKey);
    assertRefused(call("xihu-hr", HttpMethod.PUT, path + confirmation(patent), confirmed), HttpStatus.FORBIDDEN,
        "只有正在办理本申报用人单位审核的人员");

    // the next level reads the unit's findings in its own form, which declares no confirmation: the guard refuses one
    endPublicity(app);
    String county = onlyTask("xihu-jxj", businessKey).get("id").asText();
    assertThat(body(call("xihu-jxj", HttpMethod.GET, "/engine-rest/task/" + county + "/form", null))
        .get("camundaFormRef").get("key").asText()).isEqualTo("level-review");
    assertThat(body(call("xihu-jxj", HttpMethod.GET, "/engine-rest/task/" + county
        + "/variables/achievementsText?deserializeValue=false", null)).get("value").asText())
        .contains("【论文】印染废水回用工艺研究 2021-03-01；单位：核实",
        "【专利】一种低温染色方法 2022-05-01，受理；单位：不予认定（专利尚在受理，未获授权）");
    Map<String, Object> forged = new java.util.HashMap<>(decisionVariables("pass", "同意"));
    forged.put("achievementConfirmations", Map.of("type", "Json", "value", "[{\"confirmation\": \"核实\"}]"));
    assertThat(complete("xihu-jxj", county, forged).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // the evaluation form made at the unit's decision (the newest version, listed first) lists the rows with the
    // unit's findings
    String latest = java.util.stream.StreamSupport.stream(
            body(call("zhangsan", HttpMethod.GET, path + "/documents", null)).spliterator(), false)
        .filter(d -> d.get("kind").asText().equals("evaluation-form")).findFirst().orElseThrow()
        .get("url").asText();
    String text = Pdfs.squeezed(Pdfs.text(download("zhangsan", latest).getBody()));
    assertThat(text).containsSubsequence("业绩成果（单位核实）", "论文", "印染废水回用工艺研究", "核实",
        "专利", "一种低温染色方法", "不予认定（专利尚在受理，未获授权）", "审核意见");
  }

  @Test
  void reviewersSeeTheConfirmedRowsScoreBesideTheApplicantsClaim() throws Exception {
    String titleDate = "2015-06-30";
    long gold = row("wangwu", AchievementsIntegrationTest.award("awards.contests.gold", "《西湖》", "2019-10-01"));
    long silver = row("wangwu", AchievementsIntegrationTest.award("awards.contests.silver", "《西湖》", "2018-10-01"));
    long patent = row("wangwu", Map.of("kind", "专利", "item", "theory.patents.invention", "title", "一种青瓷釉料",
        "status", "受理", "date", "2020-01-01", "evidence", List.of(AchievementsIntegrationTest.pdf("受理通知书.pdf"))));
    long science = row("wangwu", Map.of("kind", "获奖", "item", "awards.science.provincial", "title", "省科技进步奖",
        "date", "2017-01-01", "evidence", List.of(AchievementsIntegrationTest.pdf("获奖证书.pdf"))));
    // 自评分申报 to the demo copy of 浙经信消费〔2022〕35号's plan, claiming 70 points
    Map<String, Object> v = vars(Map.of("planId", "zj-2021-arts-crafts-senior-demo", "applicantName", "王五",
        "idNumber", nextIdNumber(), "unitCode", "hz-xihu-arts-crafts", "route", "自评分申报", "education", "大学本科",
        "currentTitle", "工艺美术师", "currentTitleDate", titleDate, "statement", "任工艺美术师以来从事青瓷创作。"));
    v.put("profile", Map.of("type", "Json", "value", ELIGIBLE_PROFILE.replace("{\"employerType\"",
        "{\"selfScoreClaims\": [{\"item\": \"education.bachelor\"}, {\"item\": \"awards.contests.gold\", \"count\": 2}, "
        + "{\"item\": \"theory.patents.invention\"}, {\"item\": \"bonus.national\"}, {\"item\": \"awards.science.provincial\"}, "
        + "{\"item\": \"ethics.training.professional\", \"count\": 3}], \"employerType\"")));
    String app = declare("wangwu", v, materials()).get("id").asText();
    String path = "/api/applications/" + app;

    for (long id : List.of(gold, silver, patent)) {
      body(call("hz-arts-hr", HttpMethod.PUT, path + confirmation(id), Map.of("confirmation", "核实")));
    }
    body(call("hz-arts-hr", HttpMethod.PUT, path + confirmation(science),
        Map.of("confirmation", "不予认定", "reason", "获奖人不含申报人")));

    JsonNode seen = body(call("hz-arts-hr", HttpMethod.GET, path + "/achievements", null));
    assertThat(seen.get("standardId").asText()).isEqualTo("zj-2021-senior-arts-crafts");
    assertThat(seen.get("titleDate").asText()).isEqualTo(titleDate);
    assertThat(seen.get("claimedTotal").asInt()).isEqualTo(70);
    // of the confirmed rows: the gold (5); the silver of the same work and the accepted patent score nothing; the
    // declared education, which no archive row can hold, 4; the rejected science prize is not scored
    JsonNode confirmedScore = seen.get("confirmedScore");
    assertThat(confirmedScore.get("total").asInt()).isEqualTo(9);
    assertThat(confirmedScore.get("qualifies").asBoolean()).isFalse();
    assertThat(confirmedScore.get("findings").findValuesAsText("item")).containsExactlyInAnyOrder(
        "awards.contests.gold", "awards.contests.silver", "theory.patents.invention", "education.bachelor");
    assertThat(confirmedScore.get("findings").findValuesAsText("source"))
        .anyMatch(s -> s.contains("同一作品按所获得最高奖项计分一次")).anyMatch(s -> s.contains("说明4"));
    assertThat(seen.get("difference").asInt()).isEqualTo(-61);
    assertThat(seen.get("note").asText()).isEqualTo("自评分申报：按经单位核实的业绩（学历、从业年限按申报填报）计9分，"
        + "未达到70分（浙经信消费〔2022〕35号 二、（二））");
    // the applicant reads the same
    assertThat(body(call("wangwu", HttpMethod.GET, path + "/achievements", null)).get("difference").asInt())
        .isEqualTo(-61);

    // in Tasklist the unit's task has the unit's own form, whose list of rows it may send; 9 points do not carry a
    // 通过 on 自评分申报: refused, the task stays
    String businessKey = body(call("wangwu", HttpMethod.GET, path, null)).get("businessKey").asText();
    String task = onlyTask("hz-arts-hr", businessKey).get("id").asText();
    assertThat(body(call("hz-arts-hr", HttpMethod.GET, "/engine-rest/task/" + task + "/form", null))
        .get("camundaFormRef").get("key").asText()).isEqualTo("level-review-unit");
    assertThat(body(call("hz-arts-hr", HttpMethod.GET,
        "/engine-rest/task/" + task + "/variables/achievementsText?deserializeValue=false", null))
        .get("value").asText()).contains("全部核实时按《浙江省高级工艺美术师职务任职资格量化评分标准》计", "申报人自评70分");
    assertRefused(complete("hz-arts-hr", task, "pass", "同意推荐"), HttpStatus.BAD_REQUEST,
        "自评分申报：按经核实的业绩（学历、从业年限按申报填报）计9分，未达到70分，不能以自评分申报通过");
    assertThat(onlyTask("hz-arts-hr", businessKey).get("id").asText()).isEqualTo(task);
    // a 退回 with the science prize now 核实 through the form: kept, by the unit's reviewer
    Map<String, Object> withForm = new java.util.HashMap<>(decisionVariables("return", "请补充材料"));
    JsonNode lines = JSON.readTree(body(call("hz-arts-hr", HttpMethod.GET,
        "/engine-rest/task/" + task + "/variables/achievementConfirmations?deserializeValue=false", null)).get("value").asText());
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < lines.size(); i++) {
      boolean isScience = lines.get(i).get("id").asLong() == science;
      json.append(i == 0 ? "" : ",").append(isScience ? "{\"confirmation\": \"核实\"}" : "{}");
    }
    withForm.put("achievementConfirmations", Map.of("type", "Json", "value", json.append("]").toString()));
    assertThat(complete("hz-arts-hr", task, withForm).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode after = body(call("wangwu", HttpMethod.GET, path + "/achievements", null));
    assertThat(after.get("achievements").findValues("uses").stream().map(u -> u.get(0).get("confirmation").asText())
        .toList()).containsExactlyInAnyOrder("核实", "核实", "核实", "核实");
  }
}
