package zhicheng.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static zhicheng.eligibility.Seeds.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import zhicheng.organisation.Organisation;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRules;

/** Gates, annual assessments, continuing education, required materials and post quotas, with the notices' numbers. */
class GatesAndRecordsTest {

  @Test
  void civilServantsMayNotApply() {
    Finding f = Gates.civilServant(profile("civilServant", true));
    assertThat(f.passed()).isFalse();
    assertThat(f.message()).isEqualTo("公务员和参照公务员法管理的人员不得参加职称评审");
    assertThat(f.source()).contains("浙经信消费〔2022〕35号", "一、（二）申报对象");
    assertThat(Gates.civilServant(profile("civilServant", false)).passed()).isTrue();
  }

  /** seed 001 三、（九）: fraud in the 2021 round bars the rounds of 2022, 2023 and 2024. */
  @ParameterizedTest(name = "弄虚作假记录于2021年度，申报{0}年度 → {1}")
  @CsvSource({"2021, true", "2022, false", "2024, false", "2025, true"})
  void fraudBarsThreeYearsFromTheFollowingYear(int planYear, boolean passed) {
    IntegrityRecord fraud = new IntegrityRecord("1", "11010519491231002X", "张三", "提供虚假论文", 2021,
        "丽人社函〔2021〕150号", "丽水市人力社保局处理决定 第二条", "hgqf-office", "2021-12-20T10:00+08:00");
    Plan plan = Seeds.plan("丽人社函〔2021〕150号", "丽水市通知", LocalDate.of(planYear, 8, 27), List.of("正常申报"),
        PlanRules.defaults(LocalDate.of(planYear, 8, 27)));
    Finding f = Gates.integrity(List.of(fraud), plan);
    assertThat(f.passed()).isEqualTo(passed);
    if (!passed) {
      assertThat(f.message()).isEqualTo("诚信档案记载：2021年度评审中提供虚假论文（丽人社函〔2021〕150号；处理依据：丽水市人力社保局处理决定 第二条），"
          + "自2022年起3年内不得申报，即至2024年12月31日止");
      assertThat(f.source()).contains("丽人社函〔2021〕150号", "三、（九）申报纪律");
    }
  }

  /** The bar cites the notice of the application's own plan: a Hangzhou application never cites Lishui's notice. */
  @Test
  void theIntegrityBarCitesTheNoticeOfTheApplicationsOwnPlan() {
    assertThat(Gates.integrity(List.of(), Seeds.seed004()).source())
        .isEqualTo("杭经信人事〔2023〕63号 五、申报纪律").doesNotContain("丽人社函");
    assertThat(Gates.integrity(List.of(), Seeds.seed001Intermediate()).source())
        .isEqualTo("丽人社函〔2021〕150号 三、（九）申报纪律");
    // a notice that says nothing of discipline: the provincial document behind the integrity archive
    assertThat(Gates.integrity(List.of(), Seeds.seed003("3")).source()).startsWith("浙人社发〔2020〕47号")
        .doesNotContain("丽人社函");
  }

  // ---- annual assessments ----

  @Test
  void seed004AsksForThe3YearsBeforeThePlansYear() {
    Plan plan = Seeds.seed004();
    assertThat(plan.rules().assessmentYearList()).containsExactly(2020, 2021, 2022);
    Finding ok = AssessmentRule.check(profile("assessments", List.of(
        Map.of("year", 2020, "result", "合格"), Map.of("year", 2021, "result", "优秀"),
        Map.of("year", 2022, "result", "优秀"))), plan).orElseThrow();
    assertThat(ok.passed()).isTrue();
    assertThat(ok.message()).isEqualTo("年度考核2020年合格、2021年优秀、2022年优秀，符合近3年（2020—2022年）每年年度考核合格（含）以上");
    Finding two = AssessmentRule.check(profile("assessments", List.of(
        Map.of("year", 2021, "result", "合格"), Map.of("year", 2022, "result", "基本合格"))), plan).orElseThrow();
    assertThat(two.passed()).isFalse();
    assertThat(two.message()).isEqualTo("须近3年（2020—2022年）每年年度考核合格（含）以上：缺少2020年的年度考核结果；"
        + "2022年考核为“基本合格”");
  }

  @Test
  void seed001AsksFor2Years() {
    Plan plan = Seeds.seed001Intermediate();
    assertThat(plan.rules().assessmentYearList()).containsExactly(2019, 2020);
    assertThat(AssessmentRule.check(profile("assessments", List.of(Map.of("year", 2019, "result", "合格"),
        Map.of("year", 2020, "result", "合格"))), plan).orElseThrow().passed()).isTrue();
    assertThat(AssessmentRule.check(profile("assessments", List.of(Map.of("year", 2020, "result", "合格"))), plan)
        .orElseThrow().passed()).isFalse();
  }

  /** 合格（含）以上: 基本合格 is just below, 合格 at, 优秀 above; in every one of the plan's years. */
  @ParameterizedTest(name = "{0}: 最近一年考核{1} → {2}")
  @CsvSource({"seed001, 不合格, false", "seed001, 基本合格, false", "seed001, 合格, true", "seed001, 优秀, true",
      "seed004, 基本合格, false", "seed004, 合格, true", "seed004, 优秀, true"})
  void assessmentJustBelowAtAndAboveThePass(String seed, String last, boolean passed) {
    Plan plan = seed.equals("seed001") ? Seeds.seed001Intermediate() : Seeds.seed004();
    List<Integer> years = plan.rules().assessmentYearList();
    assertThat(years).hasSize(seed.equals("seed001") ? 2 : 3);
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      rows.add(Map.of("year", years.get(i), "result", i == years.size() - 1 ? last : "合格"));
    }
    Finding f = AssessmentRule.check(profile("assessments", rows), plan).orElseThrow();
    assertThat(f.passed()).isEqualTo(passed);
    assertThat(f.source()).isEqualTo(seed.equals("seed001") ? "丽人社函〔2021〕150号 三、（二）年度考核要求：近两年年度考核合格以上"
        : "杭经信人事〔2023〕63号 附件1 三、考核要求：近三年年度考核合格（含）以上；附件2 三、3 单位考核情况须填逐年考核结果，"
            + "如“2020年合格”“2021年优秀”“2022年优秀”");
  }

  @Test
  void aPlanWithoutAssessmentYearsAsksNothing() {
    assertThat(AssessmentRule.check(profile(), Seeds.seed000())).isEmpty();
  }

  // ---- continuing education ----

  private static Map<String, Object> hours(int year, int professional, int industry, int general) {
    return Map.of("year", year, "professional", professional, "industryPublic", industry, "generalPublic", general);
  }

  private static Finding ce(Plan plan, Map<String, Object>... years) {
    return ContinuingEducationRule.check(profile("continuingEducation", List.of(years)), plan, Seeds.DECISIONS)
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  @ParameterizedTest(name = "seed 001 中级 2021年：专业{0} 行业公需{1} 一般公需{2} → {3}")
  @CsvSource({
      "60, 18, 12, true",   // 60 + 30 = 90: everything at its threshold
      "60, 6, 12, false",   // 公需 18 ok, total 78 < 90
      "59, 19, 12, false",  // professional 59
      "72, 5, 12, false",   // 公需 17
      "72, 7, 11, false",   // 一般公需 11
      "61, 17, 12, true"})  // above every threshold
  void seed001HoursIncludingGeneralPublic(int professional, int industry, int general, boolean passed) {
    Finding f = ce(Seeds.seed001Intermediate(), hours(2020, 60, 18, 12), hours(2021, professional, industry, general));
    assertThat(f.passed()).isEqualTo(passed);
    assertThat(f.source()).contains("丽人社函〔2021〕150号", "三、（三）");
    if (!passed) {
      assertThat(f.message()).startsWith("2020—2021年继续教育须每年不少于90学时，其中专业科目不少于60学时、公需科目不少于18学时"
          + "（一般公需科目不少于12学时）：2021年");
    }
  }

  @SuppressWarnings("unchecked")
  @Test
  void seed001IntermediateNeeds2020And2021AssistantOnly2021() {
    assertThat(ce(Seeds.seed001Intermediate(), hours(2021, 60, 18, 12)).message()).endsWith("缺少2020年的学时");
    assertThat(ce(Seeds.seed001Assistant(), hours(2021, 60, 18, 12)).passed()).isTrue();
  }

  /** The plan of a row of seed 003 附件1 with the rules of the title declared for. */
  private static Plan anji(String row, String title) {
    return TargetTitle.resolve(Seeds.seed003(row), profile("targetTitle", title)).plan();
  }

  @SuppressWarnings("unchecked")
  @Test
  void seed003Intermediate4Years2017To2020Senior5AndNoGeneralPublicMinimum() {
    // 三、（四）申报中级需提供近4年（2017-2020年），高级需提供近5年的继续教育学时证明; 90 a year, 60 + 18
    Plan engineer = anji("3", "工程师");
    assertThat(engineer.rules().continuingEducationYears()).containsExactly(2017, 2018, 2019, 2020);
    Finding f = ce(engineer, hours(2017, 72, 18, 0), hours(2018, 72, 18, 0), hours(2019, 72, 18, 0),
        hours(2020, 72, 18, 0));
    assertThat(f.passed()).isTrue();
    assertThat(f.message()).startsWith("2017—2020年继续教育学时均符合要求");
    assertThat(f.source()).contains("安人社通〔2021〕9号", "三、（四）");
    Plan senior = anji("3", "高级工程师");
    assertThat(senior.rules().continuingEducationYears()).containsExactly(2016, 2017, 2018, 2019, 2020);
    assertThat(ce(senior, hours(2017, 72, 18, 0), hours(2018, 72, 18, 0), hours(2019, 72, 18, 0),
        hours(2020, 72, 18, 0)).message()).endsWith("缺少2016年的学时");
    // the notice names no years for 员级 and 助理级
    assertThat(ContinuingEducationRule.check(profile(), anji("3", "助理工程师"), Seeds.DECISIONS)).isEmpty();
  }

  @SuppressWarnings("unchecked")
  @ParameterizedTest(name = "seed 003 中级 2020年：专业{0} 公需{1} → {2}")
  @CsvSource({"59, 31, false", "60, 30, true", "61, 29, true", "72, 17, false", "72, 18, true", "71, 19, true",
      "60, 29, false"})
  void seed003HoursJustBelowAtAndAboveEachThreshold(int professional, int industry, boolean passed) {
    Finding f = ce(anji("15", "工艺美术师"), hours(2017, 72, 18, 0), hours(2018, 72, 18, 0), hours(2019, 72, 18, 0),
        hours(2020, professional, industry, 0));
    assertThat(f.passed()).as(f.message()).isEqualTo(passed);
  }

  @Test
  void seed003HealthAndEducationRowsFollowTheirDepartmentsAndSaySo() {
    // 三、（四）卫生和教育系统的专业技术人员参照行业主管部门要求执行
    EligibilityCheck.Result r = new EligibilityCheck(Seeds.DECISIONS, Seeds.SCORING).check(Seeds.seed003("23"),
        "正常申报", profile("targetTitle", "副主任医师"), null, null);
    Finding f = r.findings().stream().filter(x -> x.rule().equals("continuing-education")).findFirst().orElseThrow();
    assertThat(f.passed()).isTrue();
    assertThat(f.message()).contains("附件1第23行的继续教育学时不按本通知的年限核验", "卫生和教育系统", "由审核人核实");
    assertThat(f.source()).contains("安人社通〔2021〕9号", "三、（四）");
    assertThat(r.level()).isEqualTo("副高级");
  }

  @SuppressWarnings("unchecked")
  @Test
  void seed004Years2021To2023At90Each() {
    Finding f = ce(Seeds.seed004(), hours(2021, 60, 10, 20), hours(2022, 70, 20, 0), hours(2023, 59, 30, 1));
    assertThat(f.passed()).isFalse();
    assertThat(f.message()).isEqualTo("2021—2023年继续教育须每年不少于90学时，其中专业科目不少于60学时、公需科目不少于18学时："
        + "2023年专业科目59学时");
    assertThat(f.source()).contains("杭经信人事〔2023〕63号", "附件1 四");
  }

  @SuppressWarnings("unchecked")
  @ParameterizedTest(name = "seed 004 2022年：专业{0} 行业公需{1} → {2}")
  @CsvSource({"59, 31, false", "60, 30, true", "61, 29, true", "72, 17, false", "72, 18, true", "73, 19, true",
      "60, 29, false"})
  void seed004HoursJustBelowAtAndAboveEachThreshold(int professional, int industry, boolean passed) {
    Finding f = ce(Seeds.seed004(), hours(2021, 60, 18, 12), hours(2022, professional, industry, 0),
        hours(2023, 72, 18, 0));
    assertThat(f.passed()).as(f.message()).isEqualTo(passed);
    assertThat(f.source()).contains("杭经信人事〔2023〕63号", "附件1 四");
  }

  @Test
  void seed000AsksNoHoursIn2021() {
    assertThat(ContinuingEducationRule.check(profile(), Seeds.seed000(), Seeds.DECISIONS)).isEmpty();
    // the table says so too, for an administrator who adds years to that plan by mistake
    Map<String, Object> row = Seeds.DECISIONS.evaluate(Decisions.CONTINUING_EDUCATION,
        Map.of("notice", "浙经信消费〔2022〕35号")).get(0);
    assertThat(row).containsEntry("hoursPerYear", 0);
  }

  // ---- materials and posts ----

  @Test
  void outOfProvinceApplicantsNeedTheEntrustmentLetter() {
    // seed 000 一、（二）: 部属单位和外省人员……需要提供……委托评审函
    ApplicantProfile out = profile("outOfProvince", true);
    Finding missing = Gates.entrustment(out, Set.of(Material.PHOTO));
    assertThat(missing.passed()).isFalse();
    assertThat(missing.rule()).isEqualTo("entrustment-letter");
    assertThat(missing.message()).isEqualTo("部属单位和外省人员须提供人事关系所在的中央部属单位或省级人社部门出具的《委托评审函》，尚未上传");
    assertThat(missing.source()).contains("浙经信消费〔2022〕35号", "一、（二）");
    assertThat(Gates.entrustment(out, Set.of(Material.PHOTO, Material.ENTRUSTMENT_LETTER)).passed()).isTrue();
    // asked over REST without the list of uploaded materials: not met until shown
    assertThat(Gates.entrustment(out, null).message()).endsWith("（未提供已上传材料清单，无法确认已上传）");
    assertThat(Gates.entrustment(out, null).passed()).isFalse();
    assertThat(Gates.entrustment(profile(), null).passed()).isTrue();
    // the upload task lists it; the gate, not a second material finding, judges it
    assertThat(RequiredMaterials.of("正常申报", out, Seeds.seed004())).containsKey(Material.ENTRUSTMENT_LETTER);
    assertThat(RequiredMaterials.check("正常申报", out, Seeds.seed004(), Set.of(Material.PHOTO)))
        .extracting(Finding::rule).doesNotContain("material:entrustmentLetter");
    assertThat(RequiredMaterials.of("正常申报", profile(), Seeds.seed004())).doesNotContainKey(Material.ENTRUSTMENT_LETTER);
  }

  @Test
  void theExceptionalRouteAndPublicInstitutionsNeedTheirForms() {
    Plan plan = Seeds.seed004();
    assertThat(RequiredMaterials.of("破格申报", profile("employerType", "事业单位"), plan).keySet()).containsExactly(
        Material.PHOTO, Material.CE_CERTIFICATE, Material.ASSESSMENT_FORMS, Material.EXCEPTIONAL_FORM,
        Material.POST_FORM);
    assertThat(RequiredMaterials.of("直接申报", profile(), Seeds.seed000()).keySet())
        .containsExactly(Material.PHOTO, Material.EXPERT_RECOMMENDATION_FORM);
  }

  @Test
  void lishuisThroughTrainRouteNeedsItsApprovalFormAndAnjisIntermediateLevelItsHoursProof() {
    // seed 001 附件3 破格(直接)推荐工艺美术师审批表
    List<Finding> lishui = RequiredMaterials.check("直通车直接申报", profile(), Seeds.seed001Intermediate(),
        Set.of(Material.PHOTO, Material.CE_CERTIFICATE, Material.ASSESSMENT_FORMS));
    assertThat(lishui).filteredOn(f -> !f.passed()).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("直通车直接申报须上传《破格（直接）推荐工艺美术师审批表》");
      assertThat(f.source()).contains("丽人社函〔2021〕150号", "附件3");
    });
    // seed 003 附件3 二、5.（1）近4年的继续教育学时证明: due once the title's level asks for hours
    assertThat(RequiredMaterials.of("正常申报", profile(), anji("15", "工艺美术师"))).containsKey(Material.CE_CERTIFICATE);
    assertThat(RequiredMaterials.of("正常申报", profile(), anji("15", "助理工艺美术师")))
        .doesNotContainKey(Material.CE_CERTIFICATE);
  }

  @ParameterizedTest(name = "副高级核准6、实聘5（空缺1），已推荐{0}人 → 可推荐：{1}")
  @CsvSource({"0, true", "1, false", "2, false"})
  void aPublicInstitutionRecommendsWithinItsVacantPosts(long already, boolean allowed) {
    Organisation.Unit institute = new Organisation.Unit("i", "某研究所", "330106", "事业单位",
        Map.of("副高级", new Organisation.Posts(6, 5)));
    assertThat(PostQuota.refusal(institute, "副高级", already).isEmpty()).isEqualTo(allowed);
    if (!allowed) {
      assertThat(PostQuota.refusal(institute, "副高级", already).get())
          .startsWith("某研究所为事业单位，副高级专业技术岗位核准6个、实聘5个、空缺1个，本计划已推荐" + already + "人，不能再推荐");
    }
  }

  @Test
  void enterprisesHaveNoPostQuotaAndAnInstitutionWithoutPostsCannotRecommend() {
    assertThat(PostQuota.refusal(new Organisation.Unit("e", "某公司", "330106"), "副高级", 99)).isEmpty();
    assertThat(PostQuota.refusal(new Organisation.Unit("i", "某研究所", "330106", "事业单位", null), "副高级", 0))
        .hasValueSatisfying(m -> assertThat(m).contains("没有其副高级专业技术岗位的核准数和实聘数"));
  }
}
