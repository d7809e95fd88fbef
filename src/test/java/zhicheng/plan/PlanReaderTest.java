package zhicheng.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanReaderTest {

  private static Plan read(String json) {
    return new PlanReader().read("next-year.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theShippedPlanCarriesTheNoticesDeadlinesAndChain() throws IOException {
    Plan plan;
    try (InputStream in = new FileInputStream("plans/hz-2023-hgqf-senior-engineer.json")) {
      plan = new PlanReader().read("hz-2023-hgqf-senior-engineer.json", in);
    }
    // seed 004 三、1-3: applicant 2023-08-27, unit 2023-09-07, district 2023-09-22
    assertThat(plan.notice()).isEqualTo("杭经信人事〔2023〕63号");
    assertThat(plan.applicantDeadline()).isEqualTo(LocalDate.of(2023, 8, 27));
    assertThat(plan.chain()).extracting(PlanLevel::key).containsExactly("unit", "county", "office");
    assertThat(plan.chain()).extracting(PlanLevel::deadline)
        .containsExactly(LocalDate.of(2023, 9, 7), LocalDate.of(2023, 9, 22), LocalDate.of(2023, 10, 31));
    // seed 004 四、1: 公示期不少于5个工作日, at the unit
    assertThat(plan.chain()).extracting(PlanLevel::publicityDays).containsExactly(5, 0, 0);
    // seed 004 附件1 三、四 and 附件2 三、2: 近三年考核; 2021、2022、2023年学时; 专业工作年限计算到2023年12月31日
    assertThat(plan.rules().targetLevel()).isEqualTo("副高级");
    assertThat(plan.rules().assessmentYears()).isEqualTo(3);
    assertThat(plan.rules().continuingEducationYears()).containsExactly(2021, 2022, 2023);
    assertThat(plan.rules().seniorityCutoff()).isEqualTo(LocalDate.of(2023, 12, 31));
    // seed 004 附件2 二、8: 评审表（一式 3 份）、破格推荐……审批表（一式 2 份）; any other document: one
    assertThat(plan.copies("evaluation-form")).isEqualTo(3);
    assertThat(plan.copies("exceptional-approval")).isEqualTo(2);
    assertThat(plan.copies("roster")).isEqualTo(1);
  }

  @Test
  void eligibilitySettingsAreOptionalWithDefaultsThatAskNothing() {
    Plan plan = read(VALID_HEAD + "\"applicantDeadline\": \"2024-08-27\", \"routes\": [\"正常申报\"], \"chain\": "
        + "[{\"key\": \"unit\", \"name\": \"用人单位审核\", \"group\": \"unit:{unit}\", \"deadline\": \"2024-09-07\"}]}");
    assertThat(plan.rules().seniorityCutoff()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(plan.rules().assessmentYears()).isZero();
    assertThat(plan.rules().continuingEducationYears()).isEmpty();
    assertThat(plan.rules().targetLevel()).isEmpty();
  }

  static final String VALID_BODY = "\"applicantDeadline\": \"2024-08-27\", \"routes\": [\"正常申报\"], \"chain\": "
      + "[{\"key\": \"unit\", \"name\": \"用人单位审核\", \"group\": \"unit:{unit}\", \"deadline\": \"2024-09-07\"}]";

  @Test
  void aPlanWithoutDocumentsPrintsOneCopyOfEach() {
    Plan plan = read(VALID_HEAD + VALID_BODY + "}");
    assertThat(plan.copies("evaluation-form")).isEqualTo(1);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "\"targetLevel\": \"高级\" | 申报计划文件 next-year.json 的字段 targetLevel 应为以下之一：员级、助理级、中级、副高级、正高级",
      "\"continuingEducationYears\": [2022, 2025] | 申报计划文件 next-year.json 的字段 continuingEducationYears[1] "
          + "应为1990至资历截止年度（2024）之间的年份",
      "\"assessmentYears\": -3 | 申报计划文件 next-year.json 的字段 assessmentYears 应为不小于 0 的整数",
      "\"seniorityCutoff\": \"2024-12\" | 申报计划文件 next-year.json 的字段 seniorityCutoff 日期“2024-12”格式错误"})
  void malformedEligibilitySettingsNameTheField(String field, String message) {
    String json = VALID_HEAD + field + ", \"applicantDeadline\": \"2024-08-27\", \"routes\": [\"正常申报\"], "
        + "\"chain\": [{\"key\": \"unit\", \"name\": \"用人单位审核\", \"group\": \"unit:{unit}\", "
        + "\"deadline\": \"2024-09-07\"}]}";
    assertThatThrownBy(() -> read(json)).isInstanceOf(PlanFileException.class).hasMessageStartingWith(message);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "\"documents\": {\"evaluaton-form\": {\"copies\": 3}} | 申报计划文件 next-year.json 的字段 documents.evaluaton-form 不是已知的文书",
      "\"documents\": {\"evaluation-form\": {\"copies\": 0}} | 申报计划文件 next-year.json 的字段 documents.evaluation-form.copies 应为1至10的整数",
      "\"documents\": {\"roster\": {}} | 申报计划文件 next-year.json 的字段 documents.roster.copies 应为1至10的整数",
      "\"documents\": [3] | 申报计划文件 next-year.json 的字段 documents 应为对象"})
  void aMisspelledOrImpossibleCopiesSettingIsRefused(String documents, String message) {
    assertThatThrownBy(() -> read(VALID_HEAD + VALID_BODY + ", " + documents + "}"))
        .isInstanceOf(PlanFileException.class).hasMessageStartingWith(message);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{\"id\": 1} | 申报计划文件 next-year.json 的字段 id 缺少或为空（应为文字）",
      "{not json | 申报计划文件 next-year.json 的字段 (文件) 不是合法的 JSON",
      VALID_HEAD + "\"applicantDeadline\": \"2024-8-27\", \"routes\": [\"正常申报\"], \"chain\": []} "
          + "| 申报计划文件 next-year.json 的字段 applicantDeadline 日期“2024-8-27”格式错误（应为 yyyy-MM-dd）",
      VALID_HEAD + "\"applicantDeadline\": \"2024-08-27\", \"routes\": [\"正常申报\"], \"chain\": []} "
          + "| 申报计划文件 next-year.json 的字段 chain 缺少或为空（应为非空列表）",
      VALID_HEAD + "\"applicantDeadline\": \"2024-08-27\", \"routes\": [\"正常申报\"], \"chain\": [{\"key\": \"unit\", "
          + "\"name\": \"用人单位审核\", \"group\": \"unit:{unit}\", \"deadline\": \"2024-09-07\", \"publicityDays\": -5}]} "
          + "| 申报计划文件 next-year.json 的字段 chain[0].publicityDays 应为不小于 0 的整数",
      VALID_HEAD + "\"applicantDeadline\": \"2024-08-27\", \"routes\": [\"正常申报\"], \"chain\": [{\"key\": \"unit\", "
          + "\"group\": \"unit:{unit}\", \"deadline\": \"2024-09-07\"}]} "
          + "| 申报计划文件 next-year.json 的字段 chain[0].name 缺少或为空（应为文字）"})
  void aMalformedPlanNamesTheFileAndTheField(String json, String message) {
    assertThatThrownBy(() -> read(json)).isInstanceOf(PlanFileException.class).hasMessageStartingWith(message);
  }

  static final String VALID_HEAD = "{\"id\": \"x\", \"title\": \"t\", \"notice\": \"n\", \"source\": \"s\", "
      + "\"committeeCode\": \"c\", \"committeeName\": \"cn\", ";

  @Test
  void aLevelsGroupIsFilledInForTheApplicantsUnitAndCountyAndAnUnknownPlaceholderIsRefused() {
    PlanLevel county = new PlanLevel("county", "区县审核", "county:{county}", LocalDate.of(2023, 9, 22), 0, "");
    assertThat(county.groupFor(Map.of("unit", "hz-xihu-chem", "county", "330106"))).isEqualTo("county:330106");
    PlanLevel odd = new PlanLevel("dept", "主管部门审核", "dept:{department}", LocalDate.of(2023, 9, 22), 0, "");
    assertThatThrownBy(() -> odd.groupFor(Map.of("unit", "hz-xihu-chem")))
        .hasMessageContaining("dept:{department} 含有无法确定的占位符");
  }
}
