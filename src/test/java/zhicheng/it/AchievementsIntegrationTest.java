package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import zhicheng.achievements.AchievementStore;
import zhicheng.eligibility.TestFiles;

/**
 * The achievement archive over /api on PostgreSQL (schema {@code <zhicheng.it.schema>_achievements}): each applicant
 * keeps their own rows (someone else's answer 404 to every verb), bad input is refused field by field with nothing
 * changed, evidence must be a PDF by its content, a row an application used is locked, and the self-score from the
 * archive applies 浙经信消费〔2022〕35号 附件2's rules.
 */
@PostgresAppTest
class AchievementsIntegrationTest extends DemoRest {

  static final String SCHEMA = PostgresSchema.PREFIX + "_achievements";
  static final String STANDARD = "zj-2021-senior-arts-crafts";

  @Autowired
  AchievementStore store;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    PostgresSchema.use(registry, SCHEMA);
  }

  static Map<String, Object> award(String item, String work, String date) {
    return Map.of("kind", "获奖", "item", item, "title", work + " 获奖证书", "work", work, "date", date,
        "grade", "省级", "role", "为主", "evidence", List.of(pdf("获奖证书.pdf")));
  }

  static Map<String, Object> pdf(String name) {
    return Map.of("fileName", name, "content", Base64.getEncoder().encodeToString(TestFiles.pdf()));
  }

  JsonNode created(ResponseEntity<String> r) throws Exception {
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.CREATED);
    return JSON.readTree(r.getBody());
  }

  @Test
  void eachApplicantKeepsOnlyTheirOwnArchive() throws Exception {
    JsonNode row = created(call("zhangsan", HttpMethod.POST, "/api/achievements",
        award("awards.contests.gold", "《钱塘潮》", "2019-10-01")));
    long id = row.get("id").asLong();
    assertThat(row.get("owner").asText()).isEqualTo("zhangsan");
    assertThat(row.get("locked").asBoolean()).isFalse();
    JsonNode evidence = row.get("evidence").get(0);
    assertThat(evidence.get("fileName").asText()).isEqualTo("获奖证书.pdf");

    // the owner reads it and its evidence
    assertThat(body(call("zhangsan", HttpMethod.GET, "/api/achievements/" + id, null)).get("title").asText())
        .isEqualTo("《钱塘潮》 获奖证书");
    String file = "/api/achievements/" + id + "/evidence/" + evidence.get("id").asLong();
    ResponseEntity<byte[]> pdf = download("zhangsan", file);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(pdf.getBody()))).isEqualTo(evidence.get("sha256").asText());

    // another applicant: not in their list, and every verb on it answers 404, as for a row that does not exist
    assertThat(body(call("lisi", HttpMethod.GET, "/api/achievements", null)).findValues("id"))
        .noneMatch(n -> n.asLong() == id);
    assertRefused(call("lisi", HttpMethod.GET, "/api/achievements/" + id, null), HttpStatus.NOT_FOUND,
        "您的业绩档案中没有编号为 " + id + " 的业绩");
    assertRefused(call("lisi", HttpMethod.PUT, "/api/achievements/" + id,
        award("awards.contests.bronze", "《钱塘潮》", "2019-10-01")), HttpStatus.NOT_FOUND, "没有编号为");
    assertRefused(call("lisi", HttpMethod.DELETE, "/api/achievements/" + id, null), HttpStatus.NOT_FOUND, "没有编号为");
    assertThat(download("lisi", file).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(call("zhangsan", HttpMethod.GET, "/api/achievements/" + id + "/evidence/999999", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // unchanged by their attempts
    assertThat(body(call("zhangsan", HttpMethod.GET, "/api/achievements/" + id, null)).get("item").asText())
        .isEqualTo("awards.contests.gold");

    // the owner changes it, keeping the file by its id and adding another, then deletes it
    Map<String, Object> changed = Map.of("kind", "获奖", "item", "awards.contests.silver", "title", "《钱塘潮》 银奖证书",
        "work", "《钱塘潮》", "date", "2019-10-01", "evidence",
        List.of(Map.of("id", evidence.get("id").asLong()), pdf("获奖文件.pdf")));
    JsonNode updated = body(call("zhangsan", HttpMethod.PUT, "/api/achievements/" + id, changed));
    assertThat(updated.get("item").asText()).isEqualTo("awards.contests.silver");
    assertThat(updated.get("evidence").findValuesAsText("fileName")).containsExactly("获奖证书.pdf", "获奖文件.pdf");
    assertThat(call("zhangsan", HttpMethod.DELETE, "/api/achievements/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(call("zhangsan", HttpMethod.GET, "/api/achievements/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void badInputIsRefusedBesideItsFieldAndNothingChanges() throws Exception {
    int before = body(call("wangwu", HttpMethod.GET, "/api/achievements", null)).size();
    Map<String, Object> bad = new java.util.HashMap<>(award("awards.contests.gold", "《钱塘潮》", "2999-01-01"));
    bad.put("kind", "奖状");
    bad.put("evidence", List.of(Map.of("fileName", "证书.pdf",
        "content", Base64.getEncoder().encodeToString(TestFiles.png(300, 400)))));
    ResponseEntity<String> refused = call("wangwu", HttpMethod.POST, "/api/achievements", bad);
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = JSON.readTree(refused.getBody());
    assertThat(error.get("error").asText()).isEqualTo("业绩未保存");
    List<String> findings = new java.util.ArrayList<>();
    error.get("findings").forEach(f -> findings.add(f.asText()));
    assertThat(findings).anySatisfy(f -> assertThat(f).startsWith("kind：业绩类别“奖状”不在可选范围内"))
        .anySatisfy(f -> assertThat(f).startsWith("date：2999-01-01 晚于今天"))
        .anySatisfy(f -> assertThat(f).startsWith("evidence[0]：佐证材料“证书.pdf”不是PDF文件（按文件内容判断，不看扩展名）"));

    // a patent without its status, with no evidence
    ResponseEntity<String> patent = call("wangwu", HttpMethod.POST, "/api/achievements", Map.of("kind", "专利",
        "item", "theory.patents.invention", "title", "一种青瓷釉料", "date", "2020-01-01"));
    assertThat(patent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(patent.getBody()).contains("status：专利须填写状态：授权或受理（浙经信消费〔2022〕35号 附件2 说明4",
        "evidence：请上传至少一份佐证材料（PDF）");
    // an item of another kind
    Map<String, Object> wrongItem = new java.util.HashMap<>(award("theory.papers", "《钱塘潮》", "2020-01-01"));
    assertRefused(call("wangwu", HttpMethod.POST, "/api/achievements", wrongItem), HttpStatus.BAD_REQUEST,
        "item：评分项“作为第一撰写人或作者在专业期刊上发表论文”不属于“获奖”类业绩");

    assertThat(body(call("wangwu", HttpMethod.GET, "/api/achievements", null)).size()).isEqualTo(before);
  }

  @Test
  void theTitleDateIsKeptAndARowTheStandardScoresOnlyAfterItIsRefusedBeforeIt() throws Exception {
    // anyone signed in keeps an archive of their own; expert9's is nobody else's in this class
    String who = "expert9";
    assertThat(body(call(who, HttpMethod.GET, "/api/achievements/title-date", null)).get("titleDate").isNull()).isTrue();
    assertRefused(call(who, HttpMethod.PUT, "/api/achievements/title-date", Map.of("titleDate", "2999-01-01")),
        HttpStatus.BAD_REQUEST, "titleDate：2999-01-01 晚于今天");
    assertRefused(call(who, HttpMethod.PUT, "/api/achievements/title-date", Map.of("titleDate", "2016-13-01")),
        HttpStatus.BAD_REQUEST, "titleDate：“2016-13-01”不是有效日期");
    assertThat(body(call(who, HttpMethod.GET, "/api/achievements/title-date", null)).get("titleDate").isNull()).isTrue();
    assertThat(body(call(who, HttpMethod.PUT, "/api/achievements/title-date", Map.of("titleDate", "2016-06-30")))
        .get("titleDate").asText()).isEqualTo("2016-06-30");

    // 附件2 说明5: a contest gold before the title is refused; without an item it is kept (the notices ask for all)
    assertRefused(call(who, HttpMethod.POST, "/api/achievements", award("awards.contests.gold", "《早春》", "2015-05-01")),
        HttpStatus.BAD_REQUEST, "date：2015-05-01 早于您的现任职称取得日期（2016-06-30）：评分项“省（部）级以上专业大赛特等奖或金奖（一等奖）”");
    assertThat(body(call(who, HttpMethod.GET, "/api/achievements", null)).size()).isZero();
    Map<String, Object> kept = new java.util.HashMap<>(award("awards.contests.gold", "《早春》", "2015-05-01"));
    kept.remove("item");
    created(call(who, HttpMethod.POST, "/api/achievements", kept));
    // 学历 and the bonus titles held are not achievements obtained at a date: 说明5 does not apply to them
    created(call(who, HttpMethod.POST, "/api/achievements", Map.of("kind", "荣誉称号", "item", "bonus.national",
        "title", "中国工艺美术大师", "date", "2010-01-01", "evidence", List.of(pdf("证书.pdf")))));
    // the score takes the kept title date when the call names none
    JsonNode score = body(call(who, HttpMethod.POST, "/api/achievements/score/" + STANDARD, Map.of()));
    assertThat(score.get("titleDate").asText()).isEqualTo("2016-06-30");
    assertThat(score.get("total").asInt()).isEqualTo(20);
  }

  @Test
  void aRowAnApplicationUsedIsLocked() throws Exception {
    long id = created(call("lisi", HttpMethod.POST, "/api/achievements",
        award("awards.contests.gold", "《断桥》", "2020-05-01"))).get("id").asLong();
    store.use("lisi", List.of(id), "pi-achievements-lock", "ZC-LOCK-1");

    JsonNode row = body(call("lisi", HttpMethod.GET, "/api/achievements/" + id, null));
    assertThat(row.get("locked").asBoolean()).isTrue();
    assertThat(row.get("uses").get(0).get("businessKey").asText()).isEqualTo("ZC-LOCK-1");
    assertRefused(call("lisi", HttpMethod.PUT, "/api/achievements/" + id,
        award("awards.contests.gold", "《断桥》", "2020-05-02")), HttpStatus.CONFLICT, "已随申报（ZC-LOCK-1）提交，不能修改");
    assertRefused(call("lisi", HttpMethod.DELETE, "/api/achievements/" + id, null), HttpStatus.CONFLICT, "不能删除");
    assertThat(body(call("lisi", HttpMethod.GET, "/api/achievements/" + id, null)).get("date").asText())
        .isEqualTo("2020-05-01");
  }

  @Test
  void theArchiveScoresByTheStandardsRules() throws Exception {
    // one work with a gold and a silver counts 5, not 8 (附件2 项目及获奖); a patent only accepted scores nothing
    // (说明4); an award before the title scores nothing (说明5)
    created(call("xihu-hr", HttpMethod.POST, "/api/achievements", award("awards.contests.silver", "《西湖》", "2018-10-01")));
    created(call("xihu-hr", HttpMethod.POST, "/api/achievements", award("awards.contests.gold", "《西湖》", "2019-10-01")));
    created(call("xihu-hr", HttpMethod.POST, "/api/achievements", award("awards.contests.gold", "《孤山》", "2012-10-01")));
    created(call("xihu-hr", HttpMethod.POST, "/api/achievements", Map.of("kind", "专利", "item",
        "theory.patents.invention", "title", "一种青瓷釉料", "status", "受理", "date", "2020-01-01", "evidence",
        List.of(pdf("受理通知书.pdf")))));

    JsonNode score = body(call("xihu-hr", HttpMethod.POST, "/api/achievements/score/" + STANDARD,
        Map.of("titleDate", "2015-06-30")));
    assertThat(score.get("total").asInt()).isEqualTo(5);
    assertThat(score.get("findings")).hasSize(4);
    assertThat(score.get("findings").findValuesAsText("source")).anyMatch(s -> s.contains("说明4"))
        .anyMatch(s -> s.contains("说明5")).anyMatch(s -> s.contains("同一作品按所获得最高奖项计分一次"));

    // the same over /api/scoring, the achievements given in the call; and the refusals name their fields
    JsonNode direct = body(call("lisi", HttpMethod.POST, "/api/scoring/" + STANDARD, Map.of("titleDate", "2015-06-30",
        "achievements", List.of(Map.of("item", "awards.contests.silver", "work", "《西湖》", "date", "2018-10-01"),
            Map.of("item", "awards.contests.gold", "work", "《西湖》", "date", "2019-10-01")))));
    assertThat(direct.get("total").asInt()).isEqualTo(5);
    assertThat(direct.get("findings").get(0).get("points").asInt()).isZero();
    assertRefused(call("lisi", HttpMethod.POST, "/api/scoring/" + STANDARD, Map.of("titleDate", "2015-06-30",
        "achievements", List.of(Map.of("item", "awards.contests.gold", "work", "《西湖》", "date", "2999-01-01")))),
        HttpStatus.BAD_REQUEST, "achievements[0].date：2999-01-01 晚于今天");
    // the count form stays
    assertThat(body(call("lisi", HttpMethod.POST, "/api/scoring/" + STANDARD,
        Map.of("claims", List.of(Map.of("item", "theory.papers", "count", 6))))).get("total").asInt()).isEqualTo(10);
  }
}
