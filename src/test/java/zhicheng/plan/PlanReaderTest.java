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
      "\"seniorityCutoff\": \"2024-12\" | 申报计划文件 next-year.json 的字段 seniorityCutoff 日期“2024-12”格式错误",
      "\"continuingEducationYearsByLevel\": {\"高级\": [2020]} | 申报计划文件 next-year.json 的字段 "
          + "continuingEducationYearsByLevel.高级 不是计划文件的字段（应为以下之一：员级、助理级、中级、副高级、正高级）",
      "\"continuingEducationYearsByLevel\": {\"中级\": [2019, 2025]} | 申报计划文件 next-year.json 的字段 "
          + "continuingEducationYearsByLevel.中级[1] 应为1990至资历截止年度（2024）之间的年份"})
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

  @Test
  void remindersDefaultToThreeWorkingDaysAndTheDayAndAPlanMaySayOtherwise() {
    assertThat(read(VALID_HEAD + VALID_BODY + "}").reminders()).isEqualTo(Reminders.DEFAULT);
    assertThat(Reminders.DEFAULT.reviewerDays()).containsExactly(3, 0);
    assertThat(Reminders.DEFAULT.applicantDays()).containsExactly(3);
    Plan plan = read(VALID_HEAD + VALID_BODY + ", \"reminders\": {\"reviewers\": [5, 1], \"applicant\": []}}");
    assertThat(plan.reminders().reviewerDays()).containsExactly(5, 1);
    assertThat(plan.reminders().applicantDays()).isEmpty();
    // a demo copy and a row's plan keep the plan's reminders
    assertThat(Rehearsal.of(plan, LocalDate.of(2024, 8, 1), 14).reminders()).isEqualTo(plan.reminders());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{\"reviewer\": [3]} | 申报计划文件 next-year.json 的字段 reminders.reviewer 不是计划文件的字段",
      "{\"reviewers\": 3} | 申报计划文件 next-year.json 的字段 reminders.reviewers 应为工作日数的列表，如 [3, 0]（0 表示截止当天）",
      "{\"applicant\": [3, -1]} | 申报计划文件 next-year.json 的字段 reminders.applicant “-1”应为 0 至 20 之间的整数",
      "{\"applicant\": [3, 3]} | 申报计划文件 next-year.json 的字段 reminders.applicant 工作日数 3 重复"})
  void malformedRemindersNameTheField(String reminders, String message) {
    assertThatThrownBy(() -> read(VALID_HEAD + VALID_BODY + ", \"reminders\": " + reminders + "}"))
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
    assertThat(GroupPattern.resolve("county:{county}", Map.of("unit", "hz-xihu-chem", "county", "330106")))
        .isEqualTo("county:330106");
    assertThat(GroupPattern.problem("dept:{department}")).contains("“dept:{department}”含未知的占位符 {department}"
        + "（应为以下之一：{unit}、{county}、{city}、{dept}、{committee}）");
    assertThat(GroupPattern.problem("province:33-jxt")).isEmpty();
  }

  static final String TWO_LEVELS = VALID_HEAD + "\"applicantDeadline\": \"2024-08-27\", \"routes\": [\"正常申报\"], "
      + "\"chain\": [{\"key\": \"unit\", \"name\": \"用人单位审核\", \"group\": \"%s\", \"deadline\": \"%s\"%s}, "
      + "{\"key\": \"%s\", \"name\": \"区县审核\", \"group\": \"county:{county}\", \"deadline\": \"2024-09-22\"}]%s}";

  private static String twoLevels(String group, String deadline, String extraLevelField, String secondKey, String tail) {
    return TWO_LEVELS.formatted(group, deadline, extraLevelField, secondKey, tail);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // an unknown placeholder, family or shape of a group
      "dept:{department}|2024-09-07||county||申报计划文件 next-year.json 的字段 chain[0].group “dept:{department}”含未知的占位符 {department}",
      "contry:{county}|2024-09-07||county||申报计划文件 next-year.json 的字段 chain[0].group “contry:{county}”的类别 contry 未知",
      "unit|2024-09-07||county||申报计划文件 next-year.json 的字段 chain[0].group “unit”格式错误",
      // deadlines that go backwards, before the applicant's or between levels
      "unit:{unit}|2024-08-20||county||申报计划文件 next-year.json 的字段 chain[0].deadline 日期 2024-08-20 早于网上个人申报截止日期（applicantDeadline）的 2024-08-27",
      "unit:{unit}|2024-09-30||county||申报计划文件 next-year.json 的字段 chain[1].deadline 日期 2024-09-22 早于前一级“用人单位审核”（chain[0]）的 2024-09-30",
      // a condition on a field the application does not know, or without values
      "unit:{unit}|2024-09-07|, \"when\": {\"contry\": [\"331121\"]}|county||申报计划文件 next-year.json 的字段 chain[0].when.contry 不是已知的条件字段",
      "unit:{unit}|2024-09-07|, \"when\": {\"county\": []}|county||申报计划文件 next-year.json 的字段 chain[0].when.county 应为非空的文字列表",
      "unit:{unit}|2024-09-07|, \"when\": {\"selfEvaluating\": [\"yes\"]}|county||申报计划文件 next-year.json 的字段 chain[0].when.selfEvaluating 应为 [true] 或 [false]",
      // two levels with one key; a misspelt field of a level or of the plan; a date taken from rows without rows
      "unit:{unit}|2024-09-07||unit||申报计划文件 next-year.json 的字段 chain[1].key “unit”与 chain[0] 重复",
      "unit:{unit}|2024-09-07|, \"publicityDay\": 5|county||申报计划文件 next-year.json 的字段 chain[0].publicityDay 不是计划文件的字段",
      "unit:{unit}|2024-09-07||county|, \"continuingEducationYear\": [2024]|申报计划文件 next-year.json 的字段 continuingEducationYear 不是计划文件的字段",
      "unit:{unit}|row||county||申报计划文件 next-year.json 的字段 chain[0].deadline 为 \"row\"，但本计划没有 rows",
      "unit:{unit}|2024-09-07||county|, \"region\": {\"code\": \"丽水\", \"name\": \"丽水市\"}|申报计划文件 next-year.json 的字段 region.code “丽水”应为行政区划代码",
      "unit:{unit}|2024-09-07||county|, \"sources\": {\"deadline\": \"三、1.\"}|申报计划文件 next-year.json 的字段 sources.deadline 不是计划文件的字段",
      "unit:{unit}|2024-09-07||county|, \"refusals\": [{\"when\": {\"county\": [\"330523\"]}}]|申报计划文件 next-year.json 的字段 refusals[0].message 缺少或为空",
      "unit:{unit}|2024-09-07||county|, \"opens\": \"2024-09-01\"|申报计划文件 next-year.json 的字段 opens 日期 2024-09-01 晚于网上个人申报截止日期 2024-08-27"})
  void aChainTheApplicationCannotRunNamesTheFileAndTheField(String group, String deadline, String extra, String secondKey,
      String tail, String message) {
    String json = twoLevels(group, deadline, extra == null ? "" : extra, secondKey, tail == null ? "" : tail);
    assertThatThrownBy(() -> read(json)).isInstanceOf(PlanFileException.class).hasMessageStartingWith(message);
  }

  @Test
  void aLevelMayApplyToSomeCountiesOnly() {
    Plan plan = read(twoLevels("unit:{unit}", "2024-09-07", ", \"when\": {\"county\": [\"331121\", \"331181\"]}",
        "county", ""));
    assertThat(plan.level(0).when().matches(scope("331121"))).isTrue();
    assertThat(plan.level(0).when().matches(scope("331102"))).isFalse();
    assertThat(plan.level(1).when().always()).isTrue();
  }

  private static ApplicantScope scope(String county) {
    return new ApplicantScope("u", county, "3311", null, "企业", false, "某单位", "某县");
  }

  static final String ROWS_PLAN = "{\"id\": \"x\", \"title\": \"t\", \"notice\": \"n\", \"source\": \"s\", "
      + "\"applicantDeadline\": \"row\", \"routes\": [\"正常申报\"], \"chain\": ["
      + "{\"key\": \"unit\", \"name\": \"用人单位审核\", \"group\": \"unit:{unit}\", \"deadline\": \"row\"}, "
      + "{\"key\": \"office\", \"name\": \"评委会办公室资格审查\", \"group\": \"office:{committee}\", \"deadline\": \"2021-12-31\"}], "
      + "\"rows\": [%s]}";

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{\"id\": \"1\", \"row\": 1, \"committeeCode\": \"c\", \"committeeName\": \"某评委会\", \"month\": \"次年1月\", "
          + "\"deadline\": \"2022-01-31\", \"source\": \"附件1 第1行\"}"
          + "|申报计划文件 next-year.json 的字段 rows[0].deadline 日期 2022-01-31（第1行 某评委会）晚于“评委会办公室资格审查”（chain[1]）的截止日期 2021-12-31",
      "{\"id\": \"1\", \"row\": 1, \"committeeName\": \"某评委会\", \"month\": \"6月\", \"deadline\": \"2021-06-30\", "
          + "\"source\": \"附件1 第1行\"}|申报计划文件 next-year.json 的字段 rows[0].committeeCode 缺少或为空",
      "{\"id\": \"1\", \"row\": 1, \"committeeCode\": \"c\", \"committeeName\": \"某评委会\", \"month\": \"6月\", "
          + "\"deadline\": \"2021-06-30\", \"levels\": [\"county\"], \"source\": \"附件1 第1行\"}"
          + "|申报计划文件 next-year.json 的字段 rows[0].levels[0] “county”不是本计划 chain 中的层级",
      "{\"id\": \"1\", \"row\": 1, \"committeeCode\": \"c\", \"committeeName\": \"甲\", \"month\": \"6月\", "
          + "\"deadline\": \"2021-06-30\", \"source\": \"第1行\"}, {\"id\": \"1\", \"row\": 2, \"committeeCode\": \"d\", "
          + "\"committeeName\": \"乙\", \"month\": \"7月\", \"deadline\": \"2021-07-31\", \"source\": \"第2行\"}"
          + "|申报计划文件 next-year.json 的字段 rows[1].id “1”与 rows[0] 重复",
      "{\"id\": \"1\", \"row\": 1, \"committeeCode\": \"c\", \"committeeName\": \"甲\", \"month\": \"6月\", "
          + "\"deadline\": \"2021-06-30\", \"evaluates\": \"工程师\", \"source\": \"第1行\", "
          + "\"titles\": {\"所评\": {\"工程师\": \"中级职称\"}}}"
          + "|申报计划文件 next-year.json 的字段 rows[0].titles.所评.工程师 “中级职称”应为以下之一：员级、助理级、中级、副高级、正高级",
      "{\"id\": \"1\", \"row\": 1, \"committeeCode\": \"c\", \"committeeName\": \"甲\", \"month\": \"6月\", "
          + "\"deadline\": \"2021-06-30\", \"evaluates\": \"工程师\", \"source\": \"第1行\", "
          + "\"titles\": {\"推荐\": {\"高级工程师\": \"副高级\"}}}"
          + "|申报计划文件 next-year.json 的字段 rows[0].titles.推荐 该行没有“推荐资格名称”（recommends），不能列出其资格",
      "{\"id\": \"1\", \"row\": 1, \"committeeCode\": \"c\", \"committeeName\": \"甲\", \"month\": \"6月\", "
          + "\"deadline\": \"2021-06-30\", \"evaluates\": \"工程师\", \"source\": \"第1行\", "
          + "\"titles\": {\"评审\": {\"工程师\": \"中级\"}}}"
          + "|申报计划文件 next-year.json 的字段 rows[0].titles.评审 不是计划文件的字段（应为以下之一："})
  void aMalformedRowNamesTheFileAndTheField(String rows, String message) {
    assertThatThrownBy(() -> read(ROWS_PLAN.formatted(rows))).isInstanceOf(PlanFileException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void anEntrustedRowNeedsNoCommitteeAndEveryRowIsItsOwnChoice() {
    Plan plan = read(ROWS_PLAN.formatted("{\"id\": \"19\", \"row\": 19, \"committeeName\": \"广播电视播音\", "
        + "\"month\": \"6月\", \"deadline\": \"2021-06-30\", \"notes\": \"委托评审\", \"source\": \"附件1 第19行\", "
        + "\"refusals\": [{\"message\": \"委托评审\", \"source\": \"附件1 第19行 备注\"}]}, "
        + "{\"id\": \"15\", \"row\": 15, \"committeeCode\": \"gm\", \"committeeName\": \"市工艺美术专业中级职务评审委员会\", "
        + "\"month\": \"7月\", \"deadline\": \"2021-07-31\", \"source\": \"附件1 第15行\"}"));
    assertThat(plan.applicantDeadline()).isEqualTo(LocalDate.of(2021, 7, 31));
    assertThat(plan.choices()).extracting(Plan::id).containsExactly("x:19", "x:15");
    Plan row15 = plan.choices().get(1);
    assertThat(row15.chain()).extracting(PlanLevel::deadline)
        .containsExactly(LocalDate.of(2021, 7, 31), LocalDate.of(2021, 12, 31));
    assertThat(row15.committeeCode()).isEqualTo("gm");
    assertThat(plan.choices().get(0).refusalForEveryone()).isPresent();
  }

  @Test
  void twoFilesWithOneIdStopStartUpNamingBoth(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    java.nio.file.Files.writeString(dir.resolve("a-2024.json"), VALID_HEAD + VALID_BODY + "}");
    java.nio.file.Files.writeString(dir.resolve("b-2024.json"), VALID_HEAD + VALID_BODY + "}");
    assertThatThrownBy(() -> new PlanRepository("file:" + dir + "/*.json", false, java.time.Clock.systemUTC()))
        .isInstanceOf(PlanFileException.class)
        .hasMessage("申报计划文件 b-2024.json 的字段 id “x”与 a-2024.json 重复：每个计划的 id 应唯一");
  }
}
