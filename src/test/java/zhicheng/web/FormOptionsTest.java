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
import zhicheng.plan.Deadlines;
import zhicheng.plan.PlanRepository;
import zhicheng.scoring.ScoringStandards;

/** The declaration form as served on a given day: the plans open that day, nothing else touched. */
class FormOptionsTest {

  private static FormOptions on(String isoWithOffset) throws Exception {
    Clock clock = Clock.fixed(OffsetDateTime.parse(isoWithOffset).toInstant(), Deadlines.CHINA);
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
    assertThat(values(plan)).contains("aj-2021-titles:15", "aj-2021-titles:28-second", "aj-2021-titles:20",
            "ls-2021-arts-crafts-intermediate", "ls-2021-arts-crafts-junior")
        .doesNotContain("aj-2021-titles:4", "aj-2021-titles:19", "aj-2021-titles:28-first",
            "hz-2020-arts-crafts-intermediate", "zj-2021-arts-crafts-senior", "hz-2023-hgqf-senior-engineer");
    // plans first, then the rows of plan tables
    assertThat(values(plan).get(0)).isEqualTo("ls-2021-arts-crafts-intermediate");
    assertThat(plan.get("values").get(values(plan).indexOf("aj-2021-titles:15")).get("label").asText())
        .isEqualTo("第15行 市工艺美术专业中级职务评审委员会（7月）——2021年度安吉县专业技术资格评审（推荐），安人社通〔2021〕9号，"
            + "网上申报截止2021年7月31日");
    assertThat(plan.get("values").get(values(plan).indexOf("aj-2021-titles:20")).get("label").asText())
        .isEqualTo("第20行 体育教练员（7月）——委托评审：不受理评审申报（2021年度安吉县专业技术资格评审（推荐），安人社通〔2021〕9号）");
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
    // 青田's HR bureau forwards to its 初评委 (seed 001 四（一）3), Lishui's two plans
    assertThat(values(field(new ObjectMapper().readTree(options.fillStartForm(start, List.of("hr:331121"))
        .orElseThrow()), "planId"))).containsExactly("ls-2021-arts-crafts-intermediate", "ls-2021-arts-crafts-junior");
    // the office is every chain's last level: it forwards nothing; an applicant has no body
    for (List<String> groups : List.of(List.of("office:hz-hgqf-senior"), List.of("applicant"), List.<String>of())) {
      assertThat(field(new ObjectMapper().readTree(options.fillStartForm(start, groups).orElseThrow()), "planId")
          .get("values")).as(groups.toString()).isEmpty();
    }
  }
}
