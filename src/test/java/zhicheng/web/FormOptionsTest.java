package zhicheng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.PlanRepository;
import zhicheng.scoring.ScoringStandards;
import zhicheng.vocabulary.ChinaTime;

/** The declaration form as served on a given day: the plans open that day, nothing else touched. */
class FormOptionsTest {

  private static FormOptions on(String isoWithOffset) throws Exception {
    Clock clock = Clock.fixed(OffsetDateTime.parse(isoWithOffset).toInstant(), ChinaTime.ZONE);
    return new FormOptions(new PlanRepository("file:plans/*.json", false, clock),
        new OrganisationRepository("classpath:organisation/demo.json"), new ScoringStandards("file:scoring/*.json"),
        clock);
  }

  private static JsonNode field(JsonNode form, String key) {
    for (JsonNode c : form.get("components")) {
      if (key.equals(c.path("key").asText())) {
        return c;
      }
    }
    throw new AssertionError(key);
  }

  private static List<String> values(JsonNode field) {
    List<String> v = new ArrayList<>();
    field.get("values").forEach(x -> v.add(x.get("value").asText()));
    return v;
  }

  @Test
  void onTheFirstOfJuly2021ThePlansAndRowsOpenThatDayAreOffered() throws Exception {
    byte[] declaration = Files.readAllBytes(Path.of("forms/declaration.form"));
    JsonNode form = new ObjectMapper().readTree(on("2021-07-01T09:00:00+08:00").fillStartForm(declaration).orElseThrow());
    JsonNode plan = field(form, "planId");
    assertThat(plan.has("valuesKey")).isFalse();
    // 附件1: the rows of June (4, 5, 6, 7, 9, 10, 11, 16, 19, 28-first) have closed; seed 000 opens on 2022-02-24 and
    // seed 004 on 2023-08-07 (the days their notices were issued); seed 002's round closed in 2020; seed 001 gives
    // no first day (自发文之日起, the date is not in the notice) and is offered until its deadline
    assertThat(values(plan)).contains("aj-2021-titles:15", "aj-2021-titles:28-second",
            "ls-2021-arts-crafts-intermediate", "ls-2021-arts-crafts-junior")
        // row 20 (体育教练员) is 委托评审: no review here, so no choice either
        .doesNotContain("aj-2021-titles:20", "aj-2021-titles:4", "aj-2021-titles:19", "aj-2021-titles:28-first",
            "hz-2020-arts-crafts-intermediate", "zj-2021-arts-crafts-senior", "hz-2023-hgqf-senior-engineer");
    // plans first, then the rows of plan tables
    assertThat(values(plan).get(0)).isEqualTo("ls-2021-arts-crafts-intermediate");
    assertThat(plan.get("values").get(values(plan).indexOf("aj-2021-titles:15")).get("label").asText())
        .isEqualTo("第15行 市工艺美术专业中级职务评审委员会（7月）——2021年度安吉县专业技术资格评审（推荐），安人社通〔2021〕9号，"
            + "网上申报截止2021年7月31日");
    assertThat(values(field(form, "unitCode"))).hasSize(11).contains("ls-qingtian-stone", "aj-chair");
  }

  @Test
  void formsThatAskForNoneOfTheOptionsPassUntouched() throws Exception {
    assertThat(on("2021-07-01T09:00:00+08:00").fillStartForm(Files.readAllBytes(Path.of("forms/level-review.form")))).isEmpty();
    assertThat(on("2021-07-01T09:00:00+08:00").fillStartForm("<html>".getBytes())).isEmpty();
  }

  @Test
  void anApplicantsTaskFormOffersTheRoutesAndScoreItemsOfTheApplicationsPlan() throws Exception {
    byte[] fix = Files.readAllBytes(Path.of("forms/eligibility-fix.form"));
    JsonNode form = new ObjectMapper().readTree(on("2022-03-01T09:00:00+08:00")
        .fillTaskForm(fix, "zj-2021-arts-crafts-senior").orElseThrow());
    // 浙经信消费〔2022〕35号: 正常申报, 直接申报（附件3）, 自评分申报（二、（二）), 标志性业绩申报（附件1（十一））
    assertThat(values(field(form, "route"))).containsExactly("正常申报", "直接申报", "自评分申报", "标志性业绩申报");
    JsonNode profile = null;
    for (JsonNode c : form.get("components")) {
      if ("profile".equals(c.path("path").asText())) {
        profile = c;
      }
    }
    String text = profile.toString();
    // 附件2: 57 items, e.g. 获发明专利得10分
    assertThat(text).contains("\"value\":\"theory.patents.invention\"").doesNotContain("scoreItemOptions");
    byte[] correction = Files.readAllBytes(Path.of("forms/correction.form"));
    assertThat(values(field(new ObjectMapper().readTree(on("2021-12-01T09:00:00+08:00")
        .fillTaskForm(correction, "ls-2021-arts-crafts-intermediate").orElseThrow()), "route")))
        .containsExactly("正常申报", "直通车直接申报");
  }

  @Test
  void theBatchFormOffersThePlansInWhichTheCallersBodyForwardsWhateverTheDay() throws Exception {
    byte[] start = Files.readAllBytes(Path.of("forms/batch-forwarding-start.form"));
    FormOptions options = on("2023-09-22T16:00:00+08:00");
    // 西湖区's acceptance point: seed 004's district level, and seed 000's county level (both closed that day)
    assertThat(values(field(new ObjectMapper().readTree(options.fillStartForm(start, List.of("county:330106"))
        .orElseThrow()), "planId"))).containsExactly("hz-2023-hgqf-senior-engineer", "zj-2021-arts-crafts-full-senior",
            "zj-2021-arts-crafts-senior");
    // the body is chosen by name, never typed as a group id
    JsonNode body = field(new ObjectMapper().readTree(options.fillStartForm(start, List.of("applicant", "county:330106"))
        .orElseThrow()), "forwardingGroup");
    assertThat(values(body)).containsExactly("county:330106");
    assertThat(body.get("values").get(0).get("label").asText()).isEqualTo("西湖区发展改革和经济信息化局（职称受理点）");
    // 青田's HR bureau forwards to its 初评委 (seed 001 四（一）3), Lishui's two plans
    assertThat(values(field(new ObjectMapper().readTree(options.fillStartForm(start, List.of("hr:331121"))
        .orElseThrow()), "planId"))).containsExactly("ls-2021-arts-crafts-intermediate", "ls-2021-arts-crafts-junior");
    // the office is every chain's last level: it forwards nothing; an applicant has no body
    for (List<String> groups : List.of(List.of("office:hz-hgqf-senior"), List.of("applicant"), List.<String>of())) {
      assertThat(field(new ObjectMapper().readTree(options.fillStartForm(start, groups).orElseThrow()), "planId")
          .get("values")).as(groups.toString()).isEmpty();
    }
  }

  @Test
  void inTheDemoTheDemoCopyComesFirstInBothPickers() throws Exception {
    Clock clock = Clock.fixed(OffsetDateTime.parse("2026-12-03T10:00:00+08:00").toInstant(), ChinaTime.ZONE);
    FormOptions demo = new FormOptions(new PlanRepository("file:plans/*.json", true, clock),
        new OrganisationRepository("classpath:organisation/demo.json"), new ScoringStandards("file:scoring/*.json"),
        clock);
    List<String> declared = values(field(new ObjectMapper().readTree(demo.fillStartForm(
        Files.readAllBytes(Path.of("forms/declaration.form"))).orElseThrow()), "planId"));
    assertThat(declared).isNotEmpty().allMatch(id -> id.endsWith("-demo") || id.contains("-demo:"));
    List<String> forwarded = values(field(new ObjectMapper().readTree(demo.fillStartForm(
        Files.readAllBytes(Path.of("forms/batch-forwarding-start.form")), List.of("county:330106")).orElseThrow()),
        "planId"));
    // the copy, whose round is open and has the demo's applications, before the real plans of long-closed rounds
    assertThat(forwarded.get(0)).contains("-demo");
    assertThat(forwarded).contains("hz-2023-hgqf-senior-engineer");
  }

  @Test
  void noTwoPlansToForwardReadAlikeAndARowSaysItsMonth() throws Exception {
    byte[] start = Files.readAllBytes(Path.of("forms/batch-forwarding-start.form"));
    // 安吉县经信局 (a supervising department, seed 003 附件1): row 28's two batches differ only by their months
    JsonNode planId = field(new ObjectMapper().readTree(on("2021-07-01T09:00:00+08:00")
        .fillStartForm(start, List.of("dept:330523-jxj")).orElseThrow()), "planId");
    List<String> labels = new ArrayList<>();
    planId.get("values").forEach(v -> labels.add(v.get("label").asText()));
    assertThat(labels).doesNotHaveDuplicates().contains(
        "2021年度安吉县专业技术资格评审（推荐）·第28行 大、中专毕业生初定（4-6月，安人社通〔2021〕9号）",
        "2021年度安吉县专业技术资格评审（推荐）·第28行 大、中专毕业生初定（7-9月，安人社通〔2021〕9号）",
        "2021年度安吉县专业技术资格评审（推荐）·第15行 市工艺美术专业中级职务评审委员会（7月，安人社通〔2021〕9号）");
  }

  private static JsonNode deep(JsonNode node, String key) {
    if (key.equals(node.path("key").asText())) {
      return node;
    }
    for (JsonNode c : node.path("components")) {
      JsonNode found = deep(c, key);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  @Test
  void theTitlesOfTheRowHonoursAndExceptionalConditionsComeFromTheData() throws Exception {
    byte[] fix = Files.readAllBytes(Path.of("forms/eligibility-fix.form"));
    // an Anji application of 附件1 第3行: its 所评 and 推荐 titles with their levels
    JsonNode anji = new ObjectMapper().readTree(on("2021-07-01T09:00:00+08:00").fillTaskForm(fix, "aj-2021-titles:3")
        .orElseThrow());
    JsonNode titles = deep(anji, "targetTitle");
    assertThat(values(titles)).containsExactly("技术员", "助理工程师", "工程师", "高级工程师");
    assertThat(titles.get("values").get(3).get("label").asText()).isEqualTo("高级工程师（副高级，推荐资格）");
    // a seed 002 application (工艺美术师): its honours (附件1 二) and its six conditions, 2 of which are needed (附件1 三)
    JsonNode hz = new ObjectMapper().readTree(on("2020-11-01T09:00:00+08:00")
        .fillTaskForm(fix, "hz-2020-arts-crafts-intermediate").orElseThrow());
    assertThat(values(deep(hz, "honours"))).containsExactly("省级技能大师工作室领办人", "省首席技师", "全国技术能手",
        "获得世界技能大赛优胜奖", "国家级一类技能竞赛前五名", "国家级二类技能竞赛前三名", "省“百千万”高技能领军人才培养工程中入选“拔尖技能人才”");
    JsonNode conditions = deep(hz, "exceptionalConditions");
    assertThat(values(conditions)).containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(conditions.get("values").get(0).get("label").asText()).isEqualTo("1. 市（厅）级二等以上本行业获奖作品或项目的主要贡献者");
    // seed 004's own: the senior honours and conditions
    JsonNode senior = new ObjectMapper().readTree(on("2023-08-20T09:00:00+08:00")
        .fillTaskForm(fix, "hz-2023-hgqf-senior-engineer").orElseThrow());
    assertThat(deep(senior, "exceptionalConditions").get("values").get(5).get("label").asText())
        .isEqualTo("6. 具有本专业大专毕业学历，从事工程技术工作20年以上，中专毕业从事工程技术工作25年以上");
    assertThat(deep(senior, "honours").get("values").get(1).get("label").asText())
        .isEqualTo("全国技术能手（可直接申报高级工程师（副高级））");
  }
}
