package zhicheng.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static zhicheng.eligibility.Seeds.profile;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The whole check on seed 004's plan: one applicant who meets everything, one who meets nothing. */
class EligibilityCheckTest {

  private final EligibilityCheck check = new EligibilityCheck(Seeds.DECISIONS, Seeds.SCORING);

  static ApplicantProfile seed004Engineer() {
    return profile("education", "大学本科", "currentTitleLevel", "中级", "currentTitleDate", "2017-06-30",
        "assessments", List.of(Map.of("year", 2020, "result", "合格"), Map.of("year", 2021, "result", "优秀"),
            Map.of("year", 2022, "result", "优秀")),
        "continuingEducation", List.of(
            Map.of("year", 2021, "professional", 60, "industryPublic", 18, "generalPublic", 12),
            Map.of("year", 2022, "professional", 64, "industryPublic", 16, "generalPublic", 10),
            Map.of("year", 2023, "professional", 70, "industryPublic", 20, "generalPublic", 0)));
  }

  @Test
  void anEngineerWhoMeetsEveryRuleIsEligibleAndEveryRuleIsListed() {
    EligibilityCheck.Result r = check.check(Seeds.seed004(), "正常申报", seed004Engineer(),
        EnumSet.of(Material.PHOTO, Material.CE_CERTIFICATE, Material.ASSESSMENT_FORMS), List.of());
    assertThat(r.eligible()).as(r.text()).isTrue();
    assertThat(r.findings()).extracting(Finding::rule).containsExactly("civil-servant", "entrustment-letter",
        "integrity-record", "route-years", "annual-assessment", "continuing-education", "material:photo", "material:ceCertificate",
        "material:assessmentForms");
    assertThat(r.text()).startsWith("资格核验：全部符合（正常申报）\n✔ ");
  }

  @Test
  void everyUnmetRuleIsReportedAtOnceFailuresFirst() {
    ApplicantProfile p = profile("education", "大学本科", "currentTitleLevel", "中级", "currentTitleDate", "2020-01-01",
        "civilServant", true, "outOfProvince", true);
    EligibilityCheck.Result r = check.check(Seeds.seed004(), "正常申报", p, EnumSet.noneOf(Material.class), null);
    assertThat(r.eligible()).isFalse();
    // civil servant, entrustment letter, route years, assessments, hours, photo, hours proof, assessment forms
    assertThat(r.failures()).hasSize(8);
    assertThat(r.text().lines().skip(1).limit(8)).allMatch(l -> l.startsWith("✘ "));
    assertThat(r.text()).contains("（依据：浙经信消费〔2022〕35号 一、（二）申报对象").doesNotContain("seed");
  }

  @Test
  void everyFindingNamesItsNoticeAsPeopleReadItNeverTheSeedFilesPath() {
    // seen in every reviewer's form: “年度考核…（依据：seeds/004_b8afa3d5b54b475e.txt（杭经信人事〔2023〕63号）年度考核要求）”
    EligibilityCheck.Result r = check.check(Seeds.seed004(), "正常申报", seed004Engineer(),
        EnumSet.of(Material.PHOTO, Material.CE_CERTIFICATE, Material.ASSESSMENT_FORMS), List.of());
    assertThat(r.findings()).extracting(Finding::source).noneMatch(s -> s.contains("seeds/") || s.contains(".txt"));
    assertThat(r.findings()).filteredOn(f -> f.rule().equals("annual-assessment")).extracting(Finding::source)
        .singleElement().asString().startsWith("杭经信人事〔2023〕63号 附件1 三、考核要求");
    assertThat(r.text()).doesNotContain("seeds/");
  }

  // ---- seed 003: the title declared for, from the row's 所评/推荐 columns, decides the level's rules ----

  private static final List<Map<String, Object>> HOURS_2017_2020 = List.of(
      Map.of("year", 2017, "professional", 72, "industryPublic", 18), Map.of("year", 2018, "professional", 72, "industryPublic", 18),
      Map.of("year", 2019, "professional", 72, "industryPublic", 18), Map.of("year", 2020, "professional", 72, "industryPublic", 18));

  @Test
  void anAnjiApplicantMustNameATitleOfTheRow() {
    EligibilityCheck.Result none = check.check(Seeds.seed003("3"), "正常申报", profile(), null, null);
    assertThat(none.eligible()).isFalse();
    Finding f = none.findings().get(0);
    assertThat(f.rule()).isEqualTo("target-title");
    assertThat(f.message()).isEqualTo("请选择申报资格：附件1第3行（市快递工程中级专业技术资格评审委员会）的所评“技术员、助理工程师、工程师”，"
        + "推荐“高级工程师”");
    assertThat(f.source()).isEqualTo("安人社通〔2021〕9号 附件1 第3行（所评资格名称、推荐资格名称）");
    EligibilityCheck.Result other = check.check(Seeds.seed003("3"), "正常申报", profile("targetTitle", "工艺美术师"), null, null);
    assertThat(other.findings().get(0).message()).startsWith("申报资格“工艺美术师”不在附件1第3行（市快递工程中级专业技术资格评审委员会）的所评");
    assertThat(other.level()).isEmpty();
  }

  @Test
  void anAnjiEngineerIsCheckedFor2017To2020AndASeniorEngineerFor2016To2020() {
    EligibilityCheck.Result engineer = check.check(Seeds.seed003("3"), "正常申报",
        profile("targetTitle", "工程师", "education", "大学本科", "continuingEducation", HOURS_2017_2020), null, null);
    assertThat(engineer.eligible()).as(engineer.text()).isTrue();
    assertThat(engineer.level()).isEqualTo("中级");
    assertThat(engineer.findings().get(0).message()).isEqualTo("申报资格“工程师”（中级）：附件1第3行（市快递工程中级专业技术资格评审委员会）所评资格");
    EligibilityCheck.Result senior = check.check(Seeds.seed003("3"), "正常申报",
        profile("targetTitle", "高级工程师", "education", "大学本科", "continuingEducation", HOURS_2017_2020), null, null);
    assertThat(senior.eligible()).isFalse();
    assertThat(senior.level()).isEqualTo("副高级");
    assertThat(senior.failures()).containsExactly("2016—2020年继续教育须每年不少于90学时，其中专业科目不少于60学时、公需科目不少于18学时："
        + "缺少2016年的学时");
    assertThat(senior.findings().get(0).message()).endsWith("推荐资格");
  }

  @Test
  void aRowThatNamesNoTitleLeavesTheLevelToTheReviewers() {
    // 附件1 第26行 县中小学教师中级职务评审委员会(含中职): no 所评/推荐 names; education system (三、（四）)
    EligibilityCheck.Result r = check.check(Seeds.seed003("26"), "正常申报", profile("education", "大学本科"), null, null);
    assertThat(r.eligible()).as(r.text()).isTrue();
    assertThat(r.findings().get(0).message()).isEqualTo("附件1第26行（县中小学教师中级职务评审委员会(含中职)）未列出所评、推荐资格名称："
        + "申报资格及其层级由审核人核实");
  }
}
