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
    assertThat(r.findings()).extracting(Finding::rule).containsExactly("civil-servant", "integrity-record",
        "route-years", "annual-assessment", "continuing-education", "material:photo", "material:ceCertificate",
        "material:assessmentForms");
    assertThat(r.text()).startsWith("资格核验：全部符合（正常申报）\n✔ ");
  }

  @Test
  void everyUnmetRuleIsReportedAtOnceFailuresFirst() {
    ApplicantProfile p = profile("education", "大学本科", "currentTitleLevel", "中级", "currentTitleDate", "2020-01-01",
        "civilServant", true, "outOfProvince", true);
    EligibilityCheck.Result r = check.check(Seeds.seed004(), "正常申报", p, EnumSet.noneOf(Material.class), null);
    assertThat(r.eligible()).isFalse();
    assertThat(r.failures()).hasSize(8);
    assertThat(r.text().lines().skip(1).limit(8)).allMatch(l -> l.startsWith("✘ "));
    assertThat(r.text()).contains("（依据：seed 000（浙经信消费〔2022〕35号）一、（二）申报对象");
  }

  @Test
  void everyFindingNamesItsNoticeAsPeopleReadItNeverTheSeedFilesPath() {
    // seen in every reviewer's form: “年度考核…（依据：seeds/004_b8afa3d5b54b475e.txt（杭经信人事〔2023〕63号）年度考核要求）”
    EligibilityCheck.Result r = check.check(Seeds.seed004(), "正常申报", seed004Engineer(),
        EnumSet.of(Material.PHOTO, Material.CE_CERTIFICATE, Material.ASSESSMENT_FORMS), List.of());
    assertThat(r.findings()).extracting(Finding::source).noneMatch(s -> s.contains("seeds/") || s.contains(".txt"));
    assertThat(r.findings()).filteredOn(f -> f.rule().equals("annual-assessment")).extracting(Finding::source)
        .containsExactly("seed 004（杭经信人事〔2023〕63号）年度考核要求");
    assertThat(r.text()).doesNotContain("seeds/");
  }
}
