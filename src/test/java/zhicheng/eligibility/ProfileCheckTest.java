package zhicheng.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static zhicheng.eligibility.Seeds.profile;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input no rule can judge is named field by field, before any rule runs. */
class ProfileCheckTest {

  @Test
  void aProfileAsTheFormSendsItHasNoProblem() {
    assertThat(ProfileCheck.problems(EligibilityCheckTest.seed004Engineer())).isEmpty();
    // empty rows of the fixed form rows are no input
    assertThat(ProfileCheck.problems(profile("assessments", List.of(Map.of()), "continuingEducation", List.of(Map.of()))))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "fieldWorkSince|2019-13-45|从事本专业工作起始时间（fieldWorkSince）“2019-13-45”不是日期（应为 yyyy-MM-dd，如 2018-06-30）",
      "currentTitleDate|2019/01/01|现任职务取得时间（currentTitleDate）“2019/01/01”不是日期",
      "skillDate|0019-01-01|职业技能等级取得时间（skillDate）“0019-01-01”的年份不合理",
      "transferredIntoFieldDate|去年|转入本专业工作时间（transferredIntoFieldDate）“去年”不是日期",
      "education|本科|学历（education）“本科”应为以下之一：",
      "currentTitleLevel|高级|现任专业技术职务层级（currentTitleLevel）“高级”应为以下之一：无、员级、助理级、中级、副高级、正高级",
      "employerType|个体|单位类型（employerType）“个体”应为以下之一：企业、事业单位",
      "skillLevel|技师一级|职业技能等级（skillLevel）“技师一级”应为以下之一：高级工、技师、高级技师"})
  void aValueThatIsNoDateOrNotInTheListIsNamed(String field, String value, String message) {
    assertThat(ProfileCheck.problems(profile(field, value))).singleElement().asString().startsWith(message);
  }

  @Test
  void negativeHoursYearsOutOfRangeAndRowsWithoutYearAreNamed() {
    List<String> problems = ProfileCheck.problems(profile("continuingEducation", List.of(
        Map.of("year", 2021, "professional", 100, "industryPublic", -10, "generalPublic", 28),
        Map.of("professional", 60),
        Map.of("year", 21, "professional", 60)),
        "assessments", List.of(Map.of("year", 2022, "result", "称职"), Map.of("result", "合格"))));
    assertThat(problems).containsExactly(
        "年度考核第1行（assessments[0]）的考核结果“称职”应为以下之一：优秀、合格、基本合格、不合格",
        "年度考核第2行（assessments[1]）有考核结果但没有年度",
        "继续教育学时第1行（continuingEducation[0]）的行业公需学时不能为负数（-10）",
        "继续教育学时第2行（continuingEducation[1]）有学时但没有年度",
        "继续教育学时第3行（continuingEducation[2]）的年度21不合理");
  }

  @Test
  void negativeHoursNeverMakeUpForMissingOnes() {
    // 100 professional, -10 industry public, 28 general public: 18 public and 118 in all, but not real hours
    ApplicantProfile p = profile("continuingEducation", List.of(
        Map.of("year", 2021, "professional", 100, "industryPublic", -10, "generalPublic", 28)));
    EligibilityCheck.Result r = new EligibilityCheck(Seeds.DECISIONS, Seeds.SCORING).check(Seeds.seed004(), "正常申报",
        p, null, null);
    assertThat(r.eligible()).isFalse();
    assertThat(r.findings()).filteredOn(f -> f.rule().equals("profile")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("行业公需学时不能为负数（-10）"));
  }

  @Test
  void unknownHonoursConditionNumbersAndSelfScoreItemsAreNamed() {
    assertThat(ProfileCheck.problems(profile("honours", List.of("市级劳模"), "exceptionalConditions", List.of(7))))
        .containsExactly("荣誉（honours）“市级劳模”不是通知所列可直接申报的荣誉", "破格条件（exceptionalConditions）应为1至6的序号，不能为7");
    assertThat(ProfileCheck.problems(profile("selfScoreClaims", List.of(Map.of("item", "no.such"))), Seeds.seed000(),
        Seeds.SCORING)).containsExactly("评分项“no.such”不在《浙江省高级工艺美术师职务任职资格量化评分标准》中");
    assertThat(ProfileCheck.problems(profile("selfScoreClaims", List.of(Map.of("item", "theory.papers"))), Seeds.seed004(),
        Seeds.SCORING)).containsExactly("“2023年度杭州市化工轻纺专业高级工程师职务任职资格评审”没有量化评分标准，不能填写自评分项（selfScoreClaims）");
  }
}
