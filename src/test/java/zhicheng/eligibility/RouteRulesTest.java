package zhicheng.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static zhicheng.eligibility.Seeds.profile;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import zhicheng.plan.Plan;

/**
 * Each route just below, at and above its years, counted in whole years to the plan's cut-off day, with the
 * notices' own numbers. "At" is the first day that gives exactly the years; "below" the day after it.
 */
class RouteRulesTest {

  private final RouteRules routes = new RouteRules(Seeds.DECISIONS, Seeds.SCORING);

  /** The route's findings for the level the applicant declares for (the plan's, or the title chosen from a row). */
  private List<Finding> check(String route, ApplicantProfile p, Plan plan) {
    return routes.check(route, p, TargetTitle.resolve(plan, p).plan());
  }

  private Finding years(String route, ApplicantProfile p, Plan plan) {
    return check(route, p, plan).stream().filter(f -> f.rule().equals("route-years")).findFirst().orElseThrow();
  }

  // ---- seed 004: 高级工程师, seniority to 2023-12-31 (附件2 三、2) ----

  @ParameterizedTest(name = "seed 004 本科以上+工程师5年：{0} → {1}")
  @CsvSource({"2017-12-31, true", "2018-12-31, true", "2019-01-01, false"})
  void seed004BachelorFiveYearsAsEngineer(String titleDate, boolean passed) {
    Finding f = years("正常申报", profile("education", "大学本科", "currentTitleLevel", "中级", "currentTitleDate", titleDate),
        Seeds.seed004());
    assertThat(f.passed()).isEqualTo(passed);
    assertThat(f.source()).contains("杭经信人事〔2023〕63号", "（一）2");
    if (!passed) {
      assertThat(f.message()).contains("现任职务取得时间2019年1月1日，至2023年12月31日满4年，不足5年");
    }
  }

  @ParameterizedTest(name = "seed 004 工程博士+工程师2年：{0} → {1}")
  @CsvSource({"2020-12-31, true", "2021-12-31, true", "2022-01-01, false"})
  void seed004EngineeringDoctorateTwoYears(String titleDate, boolean passed) {
    Finding f = years("正常申报", profile("education", "博士研究生", "engineeringDoctorate", true,
        "currentTitleLevel", "中级", "currentTitleDate", titleDate), Seeds.seed004());
    assertThat(f.passed()).isEqualTo(passed);
    if (passed) {
      assertThat(f.message()).contains("获得工程博士学位");
    }
  }

  @ParameterizedTest(name = "seed 004 执业资格+中级5年：{0} → {1}")
  @CsvSource({"2017-12-31, true", "2018-12-31, true", "2019-01-01, false"})
  void seed004LicenceFiveYearsInTheIntermediatePost(String titleDate, boolean passed) {
    // 大学专科: the education alone would not do; the national licence does
    Finding f = years("正常申报", profile("education", "大学专科", "licences", List.of("注册化工工程师"),
        "currentTitleLevel", "中级", "currentTitleDate", titleDate), Seeds.seed004());
    assertThat(f.passed()).isEqualTo(passed);
    assertThat(f.source()).contains(passed ? "（一）3" : "（一）");
  }

  @Test
  void seed004NormalRouteNeedsTheEngineerTitle() {
    Finding f = years("正常申报", profile("education", "大学本科", "currentTitleLevel", "助理级",
        "currentTitleDate", "2010-01-01"), Seeds.seed004());
    assertThat(f.passed()).isFalse();
    assertThat(f.message()).contains("须现任中级专业技术职务，申报人现任职务层级为“助理级”");
  }

  @Test
  void seed004ADegreeInAnotherFieldIsNoDegreeUnlessLicensed() {
    ApplicantProfile other = profile("education", "大学本科", "degreeRelated", false, "currentTitleLevel", "中级",
        "currentTitleDate", "2015-01-01");
    Finding f = years("正常申报", other, Seeds.seed004());
    assertThat(f.passed()).isFalse();
    assertThat(f.message()).contains("视为不具备规定学历");
    assertThat(f.source()).contains("附件1 二、学历、资历要求");
  }

  @ParameterizedTest(name = "seed 004 转评满1年：{0} → {1}")
  @CsvSource({"2021-12-31, true", "2022-12-31, true", "2023-01-01, false"})
  void seed004TransferOneFullYear(String since, boolean passed) {
    Finding f = years("转评", profile("otherSeriesSeniorTitle", "高级经济师", "transferredIntoFieldDate", since),
        Seeds.seed004());
    assertThat(f.passed()).isEqualTo(passed);
    assertThat(f.source()).contains("（二）转（兼）评申报");
  }

  @Test
  void seed004TransferWithoutASeniorTitleOfAnotherSeries() {
    assertThat(years("转评", profile("transferredIntoFieldDate", "2020-01-01"), Seeds.seed004()).message())
        .isEqualTo("转评：请填写已取得的其他系列高级职称");
  }

  @ParameterizedTest(name = "seed 004 高级技师满4年：{0} → {1}")
  @CsvSource({"2018-12-31, true", "2019-12-31, true", "2020-01-01, false"})
  void seed004SeniorTechnicianFourYears(String since, boolean passed) {
    Finding f = years("高技能人才申报", profile("skillLevel", "高级技师", "skillDate", since), Seeds.seed004());
    assertThat(f.passed()).isEqualTo(passed);
  }

  @Test
  void seed004ListedHonoursApplyDirectlyWhateverTheYears() {
    Finding f = years("高技能人才申报", profile("skillLevel", "高级技师", "skillDate", "2023-06-01",
        "honours", List.of("全国技术能手")), Seeds.seed004());
    assertThat(f.passed()).isTrue();
    assertThat(f.message()).contains("“全国技术能手”可直接申报副高级职称");
    assertThat(f.source()).contains("（三）2");
    // an honour of the engineer level (seed 002) does not open the senior route
    assertThat(years("高技能人才申报", profile("skillLevel", "高级技师", "skillDate", "2023-06-01",
        "honours", List.of("省首席技师")), Seeds.seed004()).passed()).isFalse();
  }

  @ParameterizedTest(name = "seed 004 破格（具备学历，提前不超过1年）：{0}，{1}项 → {2}")
  @CsvSource({"2019-12-31, '1,2,3', true", "2020-01-01, '1,2,3', false", "2018-12-31, '1,2', false",
      "2018-12-31, '1,2,3,4', true"})
  void seed004ExceptionalThreeOfSixAtMostOneYearEarly(String titleDate, String conditions, boolean passed) {
    List<Integer> claimed = java.util.Arrays.stream(conditions.split(",")).map(Integer::valueOf).toList();
    List<Finding> f = check("破格申报", profile("education", "大学本科", "currentTitleLevel", "中级",
        "currentTitleDate", titleDate, "exceptionalConditions", claimed), Seeds.seed004());
    assertThat(f).allMatch(x -> x.source().contains("（四）破格申报"));
    assertThat(f.stream().allMatch(Finding::passed)).isEqualTo(passed);
  }

  @ParameterizedTest(name = "seed 004 破格（不具备学历，任工程师5年以上）：{0} → {1}")
  @CsvSource({"2018-12-31, true", "2019-01-01, false"})
  void seed004ExceptionalWithoutTheEducationNeedsFiveYears(String titleDate, boolean passed) {
    assertThat(years("破格申报", profile("education", "大学专科", "currentTitleLevel", "中级",
        "currentTitleDate", titleDate), Seeds.seed004()).passed()).isEqualTo(passed);
  }

  @ParameterizedTest(name = "seed 004 破格条件6（大专20年）：{0} → {1}")
  @CsvSource({"2003-12-31, true", "2004-01-01, false"})
  void seed004Condition6IsCheckedAgainstTheRecord(String since, boolean counted) {
    Finding f = check("破格申报", profile("education", "大学专科", "currentTitleLevel", "中级",
        "currentTitleDate", "2015-01-01", "fieldWorkSince", since, "exceptionalConditions", List.of(1, 2, 6)),
        Seeds.seed004()).get(1);
    assertThat(f.rule()).isEqualTo("exceptional-conditions");
    assertThat(f.passed()).isEqualTo(counted);
    if (!counted) {
      assertThat(f.message()).contains("第6项须大学专科学历从事工程技术工作20年以上，至2023年12月31日满19年");
    }
  }

  @Test
  void aRouteThePlanDoesNotOfferIsRefused() {
    Finding f = check("自评分申报", profile(), Seeds.seed004()).get(0);
    assertThat(f.rule()).isEqualTo("route-offered");
    assertThat(f.passed()).isFalse();
    assertThat(f.message()).contains("正常申报、转评、高技能人才申报、破格申报", "杭经信人事〔2023〕63号");
    assertThat(f.source()).startsWith("杭经信人事〔2023〕63号 ");
  }

  @Test
  void seed001LeavesTheYearsToTheReviewersNamingTheDocumentThatSetsThem() {
    // 二、申报条件按《丽水市工艺美术专业技术资格评价办法(试行)》(丽人社〔2012〕194号)的规定执行: not among the notices
    Finding f = years("正常申报", profile("education", "大学本科"), Seeds.seed001Intermediate());
    assertThat(f.passed()).isTrue();
    assertThat(f.message()).contains("资历年限未自动核验，由审核人核实");
    assertThat(f.source()).startsWith("丽人社函〔2021〕150号 ").contains("丽人社〔2012〕194号");
  }

  // ---- seed 002: 工艺美术师 (中级), enterprise staff without the assistant title ----

  @ParameterizedTest(name = "seed 002 {0}+{1}年：{2} → {3}")
  @CsvSource({
      "大学专科, 7, 2012-12-31, true", "大学专科, 7, 2013-12-31, true", "大学专科, 7, 2014-01-01, false",
      "大学本科, 5, 2014-12-31, true", "大学本科, 5, 2015-12-31, true", "大学本科, 5, 2016-01-01, false",
      "第二学士学位, 3, 2016-12-31, true", "第二学士学位, 3, 2017-12-31, true", "第二学士学位, 3, 2018-01-01, false",
      "硕士研究生, 2, 2017-12-31, true", "硕士研究生, 2, 2018-12-31, true", "硕士研究生, 2, 2019-01-01, false"})
  void seed002YearsByEducation(String education, int years, String since, boolean passed) {
    Finding f = years("正常申报", profile("education", education, "fieldWorkSince", since), Seeds.seed002());
    assertThat(f.passed()).isEqualTo(passed);
    assertThat(f.message()).contains(years + "年");
    assertThat(f.source()).contains("杭州工艺美术中级评审附件", "附件1 一");
  }

  @Test
  void seed002EducationRouteIsForEnterpriseStaffOnly() {
    Finding f = years("正常申报", profile("education", "大学本科", "fieldWorkSince", "2010-01-01",
        "employerType", "事业单位"), Seeds.seed002());
    assertThat(f.passed()).isFalse();
    assertThat(f.message()).contains("仅适用于企业专业技术人员");
  }

  @ParameterizedTest(name = "seed 002 技师+3年 → 工程师：{0} → {1}")
  @CsvSource({"2016-12-31, true", "2017-12-31, true", "2018-01-01, false"})
  void seed002TechnicianThreeYears(String since, boolean passed) {
    assertThat(years("高技能人才申报", profile("skillLevel", "技师", "skillDate", since), Seeds.seed002()).passed())
        .isEqualTo(passed);
  }

  @Test
  void seed002HonoursForTheEngineerLevel() {
    Finding f = years("高技能人才申报", profile("honours", List.of("省首席技师")), Seeds.seed002());
    assertThat(f.passed()).isTrue();
    assertThat(f.source()).contains("杭州工艺美术中级评审附件", "附件1 二");
  }

  @ParameterizedTest(name = "seed 002 破格（助理级+6项中2项）：{0}，{1} → {2}")
  @CsvSource({"助理级, '1', false", "助理级, '1,5', true", "助理级, '1,5,6', true", "员级, '1,5', false"})
  void seed002ExceptionalTwoOfSix(String level, String conditions, boolean passed) {
    List<Integer> claimed = java.util.Arrays.stream(conditions.split(",")).map(Integer::valueOf).toList();
    List<Finding> f = check("破格申报", profile("education", "中专", "currentTitleLevel", level,
        "exceptionalConditions", claimed), Seeds.seed002());
    assertThat(f.stream().allMatch(Finding::passed)).isEqualTo(passed);
  }

  // ---- seed 003: skill bridges, to 2021-12-31, for the title declared from a row (附件1 第3行 市快递工程) ----

  @ParameterizedTest(name = "seed 003 {0}+{2}年 → {1}：{3} → {4}")
  @CsvSource({
      "高级工, 助理工程师, 2, 2018-12-31, true", "高级工, 助理工程师, 2, 2019-12-31, true",
      "高级工, 助理工程师, 2, 2020-01-01, false",
      "技师, 工程师, 3, 2017-12-31, true", "技师, 工程师, 3, 2018-12-31, true", "技师, 工程师, 3, 2019-01-01, false",
      "高级技师, 高级工程师, 4, 2016-12-31, true", "高级技师, 高级工程师, 4, 2017-12-31, true",
      "高级技师, 高级工程师, 4, 2018-01-01, false"})
  void seed003SkillBridges(String skill, String title, int years, String since, boolean passed) {
    Finding f = years("高技能人才申报", profile("targetTitle", title, "skillLevel", skill, "skillDate", since),
        Seeds.seed003("3"));
    assertThat(f.passed()).isEqualTo(passed);
    assertThat(f.message()).contains(years + "年");
    assertThat(f.source()).contains("安人社通〔2021〕9号", "三、（六）");
  }

  @Test
  void aSkillLevelOfAnotherLevelOpensNothing() {
    Finding f = years("高技能人才申报", profile("targetTitle", "高级工程师", "skillLevel", "高级工", "skillDate", "2000-01-01"),
        Seeds.seed003("3"));
    assertThat(f.passed()).isFalse();
    assertThat(f.message()).contains("通知未规定高级工者以高技能人才申报申报副高级职称的资历条件");
  }

  @Test
  void seed003LeavesTheNormalAndExceptionalConditionsToTheReviewersAndSaysSo() {
    // 一、各专业职称申报的具体条件可登录……平台查询; 二、（一）不具备规定学历或资历申报的，需上传《破格推荐 级……审批表》
    Finding normal = years("正常申报", profile("targetTitle", "工程师", "education", "大学专科"), Seeds.seed003("3"));
    assertThat(normal.passed()).isTrue();
    assertThat(normal.message()).contains("本通知未列明", "由审核人核实").doesNotContain("无资历年限要求");
    assertThat(normal.source()).contains("安人社通〔2021〕9号 一、");
    List<Finding> exceptional = check("破格申报", profile("targetTitle", "工程师", "education", "中专"), Seeds.seed003("3"));
    assertThat(exceptional).allMatch(Finding::passed);
    assertThat(exceptional.get(1).message()).contains("本通知未列明破格条件，由审核人依据《破格推荐专业技术职务任职资格审批表》");
    assertThat(exceptional.get(1).source()).contains("安人社通〔2021〕9号", "二、（一）");
    // seed 002's six conditions are the 工艺美术师 conditions of Hangzhou, not Anji's
    assertThat(exceptional.get(1).message()).doesNotContain("2项");
  }

  // ---- seed 000: self-score (70) and direct route ----

  @ParameterizedTest(name = "seed 000 自评分：{0}分 → {1}")
  @CsvSource({"69, false", "70, true", "71, true"})
  void seed000SelfScoreOf70Qualifies(int points, boolean passed) {
    List<Finding> f = check("自评分申报", profile("selfScoreClaims", claimsWorth(points)), Seeds.seed000());
    Finding score = f.stream().filter(x -> x.rule().equals("self-score")).findFirst().orElseThrow();
    assertThat(score.passed()).isEqualTo(passed);
    assertThat(score.message()).contains("自评" + points + "分", "70分");
    assertThat(score.source()).contains("浙经信消费〔2022〕35号", "二、（二）及附件2");
  }

  /** Claims worth exactly {@code points} (60–79) without reaching any cap. */
  static List<Map<String, Object>> claimsWorth(int points) {
    // 博士 10 + 省级科技成果奖 30 + 职业培训 5次×2 = 10 + 一级馆个人作品展 2次×5 = 10: 60
    List<Map<String, Object>> claims = new java.util.ArrayList<>(List.of(
        Map.of("item", "education.doctor"), Map.of("item", "awards.science.provincial"),
        Map.of("item", "ethics.training.professional", "count", 5),
        Map.of("item", "collections.exhibitions.first", "count", 2)));
    int rest = points - 60;
    claims.add(Map.of("item", "theory.papers", "count", rest / 2));
    if (rest % 2 == 1) {
      claims.add(Map.of("item", "theory.patents.design", "count", 1));
    }
    return claims;
  }

  @Test
  void seed000DirectRouteNeedsTheExpertRecommendationWhoseReasonsNameTheLandmarkAchievements() {
    Map<String, Object> recommender = Map.of("name", "陈一", "title", "中国工艺美术大师", "unit", "杭州工艺美术研究所",
        "contact", "0571-00000000");
    Finding none = recommendation(profile("expertRecommendation", recommender));
    assertThat(none.passed()).isFalse();
    assertThat(none.message()).isEqualTo("直接申报须提交《直接申报专家推荐表》，缺少：推荐理由、推荐理由中写明的标志性业绩成果");
    assertThat(none.source()).contains("浙经信消费〔2022〕35号", "附件1（四）及附件3");
    // reasons that name no landmark achievement are not enough (附件1（四）: 推荐理由中应写明取得的标志性业绩成果)
    Map<String, Object> reasonsOnly = new java.util.HashMap<>(recommender);
    reasonsOnly.put("reasons", "该同志长期从事工艺美术创作，成绩突出");
    assertThat(recommendation(profile("expertRecommendation", reasonsOnly)).message())
        .endsWith("缺少：推荐理由中写明的标志性业绩成果");
    Map<String, Object> complete = new java.util.HashMap<>(reasonsOnly);
    complete.put("achievements", "主持完成G20杭州峰会国礼《西湖盛景》设计制作");
    Finding f = recommendation(profile("expertRecommendation", complete));
    assertThat(f.passed()).isTrue();
    assertThat(f.message()).contains("推荐理由写明的标志性业绩成果：主持完成G20杭州峰会国礼《西湖盛景》设计制作", "由评委会认定");
    assertThat(check("直接申报", profile("expertRecommendation", complete), Seeds.seed000())).allMatch(Finding::passed);
  }

  private Finding recommendation(ApplicantProfile p) {
    return check("直接申报", p, Seeds.seed000()).stream().filter(x -> x.rule().equals("expert-recommendation"))
        .findFirst().orElseThrow();
  }

  @Test
  void seed000NormalRouteLeavesTheYearsOfTheEvaluationConditionsToTheReviewers() {
    // 二、（一）申报评审条件按《评价条件》（浙经信消费〔2022〕12号）执行: that document is not among the notices
    Finding f = years("正常申报", profile("education", "大学本科"), Seeds.seed000());
    assertThat(f.passed()).isTrue();
    assertThat(f.message()).endsWith("资历年限由审核人核实");
  }
}
