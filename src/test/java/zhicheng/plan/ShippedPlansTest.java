package zhicheng.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import zhicheng.organisation.Organisation;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.vocabulary.ChinaTime;

/**
 * Every plan file in plans/ loads and validates, carries its notice's dates, and resolves, for an applicant of
 * each demo unit, to exactly the levels its notice names, in order (seeds 000–004).
 */
class ShippedPlansTest {

  static PlanRepository plans;
  static Organisation org;

  @BeforeAll
  static void load() throws IOException {
    plans = new PlanRepository("file:plans/*.json", false, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    org = OrganisationRepository.read("classpath:organisation/demo.json");
  }

  static Plan plan(String id) {
    return plans.find(id).orElseThrow();
  }

  static PlanChain.Resolution resolve(String planId, String unit) {
    return PlanChain.resolve(plan(planId), org.scopeOf(unit).orElseThrow(), org.reviewerGroups()::containsKey);
  }

  @Test
  void theSixPlansOfTheNoticesShip() {
    assertThat(plans.all()).extracting(Plan::id, Plan::notice).containsExactlyInAnyOrder(
        tuple("zj-2021-arts-crafts-senior", "浙经信消费〔2022〕35号"),
        tuple("zj-2021-arts-crafts-full-senior", "浙经信消费〔2022〕34号"),
        tuple("ls-2021-arts-crafts-intermediate", "丽人社函〔2021〕150号"),
        tuple("ls-2021-arts-crafts-junior", "丽人社函〔2021〕150号"),
        tuple("hz-2020-arts-crafts-intermediate", "杭州工艺美术中级评审附件"),
        tuple("aj-2021-titles", "安人社通〔2021〕9号"),
        tuple("hz-2023-hgqf-senior-engineer", "杭经信人事〔2023〕63号"));
    // people read a plan's source: the notice as it is cited, never the project's file under shared/seeds
    // (zj-* seed 000, ls-* seed 001, hz-2020 seed 002, aj-* seed 003, hz-2023 seed 004)
    assertThat(plans.all()).allSatisfy(p -> assertThat(p.source()).as(p.id())
        .contains(p.id().startsWith("hz-2020") ? "杭州市工艺美术中级职称评审通知" : p.notice())
        .doesNotContain("seed").doesNotContain("/").doesNotContain(".txt"));
  }

  @Test
  void everyPlanOfOneCommitteeNamesWhatItsCertificateConfersAndWhoPublishes() {
    // seed 000 34号 五、（四）; seed 001 三、（七）; seed 002 附件2 十; seed 004 四、4. Anji's table (seed 003) has a
    // committee per row and no certificate terms: its office types the issuer at publication.
    assertThat(plans.all()).filteredOn(p -> !p.hasRows()).allSatisfy(p -> {
      assertThat(p.certificate()).as(p.id()).isNotNull();
      assertThat(p.certificate().source()).as(p.id()).isNotBlank();
    });
    assertThat(plans.all()).filteredOn(p -> !p.hasRows()).extracting(Plan::id, p -> p.certificate().qualification(),
        p -> p.certificate().issuer()).containsExactlyInAnyOrder(
        tuple("zj-2021-arts-crafts-senior", "高级工艺美术师", "浙江省经济和信息化厅　浙江省人力资源和社会保障厅"),
        tuple("zj-2021-arts-crafts-full-senior", "正高级工艺美术师", "浙江省经济和信息化厅　浙江省人力资源和社会保障厅"),
        tuple("ls-2021-arts-crafts-intermediate", "工艺美术师", "丽水市人力资源和社会保障局"),
        tuple("ls-2021-arts-crafts-junior", "助理工艺美术师", "丽水市人力资源和社会保障局"),
        tuple("hz-2020-arts-crafts-intermediate", "工艺美术师", "杭州市人力资源和社会保障局"),
        tuple("hz-2023-hgqf-senior-engineer", "高级工程师", "浙江省人力资源和社会保障厅　浙江省经济和信息化厅"));
  }

  @Test
  void everyLevelAndRowOfEveryPlanSaysWhereTheNoticeSaysSo() {
    for (Plan p : plans.all()) {
      assertThat(p.chain()).allSatisfy(l -> assertThat(l.source()).as(p.id() + " " + l.key()).isNotBlank());
      assertThat(p.rows()).allSatisfy(r -> assertThat(r.source()).as(p.id() + " " + r.id()).startsWith("附件1 第"));
      assertThat(p.sourceOf("applicantDeadline")).as(p.id()).isNotBlank();
      assertThat(p.sourceOf("routes")).as(p.id()).isNotBlank();
    }
  }

  @Test
  void seed000SeniorClimbsFromTheUnitToTheProvinceWithTheNoticesDates() {
    // 35号 四、（二）: 个人 2022-04-10, 单位 4-21, 地市 5-12; 县 inherits the city's date; province and office set by them
    Plan p = plan("zj-2021-arts-crafts-senior");
    assertThat(p.applicantDeadline()).isEqualTo(LocalDate.of(2022, 4, 10));
    assertThat(p.routes()).containsExactly("正常申报", "直接申报", "自评分申报", "标志性业绩申报");
    assertThat(p.rules().continuingEducationYears()).isEmpty();
    assertThat(resolve(p.id(), "hz-xihu-arts-crafts").steps())
        .extracting(LevelStep::group, LevelStep::deadline, LevelStep::publicityDays).containsExactly(
            tuple("unit:hz-xihu-arts-crafts", "2022-04-21", 5), tuple("county:330106", "2022-05-12", 0),
            tuple("city:3301", "2022-05-12", 0), tuple("province:33-jxt", "2022-05-31", 0),
            tuple("office:zj-gmy-senior", "2022-06-30", 0));
  }

  @Test
  void seed000FullSeniorHasItsOwnDatesAndCommittee() {
    // 34号 二、: 个人 2022-03-27, 单位 4-08, 地市 4-30
    Plan p = plan("zj-2021-arts-crafts-full-senior");
    assertThat(p.applicantDeadline()).isEqualTo(LocalDate.of(2022, 3, 27));
    assertThat(p.routes()).containsExactly("正常申报", "直接申报");
    assertThat(resolve(p.id(), "hz-xihu-arts-crafts").steps()).extracting(LevelStep::group, LevelStep::deadline)
        .containsExactly(tuple("unit:hz-xihu-arts-crafts", "2022-04-08"), tuple("county:330106", "2022-04-30"),
            tuple("city:3301", "2022-04-30"), tuple("province:33-jxt", "2022-05-20"),
            tuple("office:zj-gmy-full-senior", "2022-05-31"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "ls-qingtian-stone   | unit:ls-qingtian-stone,hr:331121,precommittee:331121,office:ls-gmy-mid",
      "ls-longquan-celadon | unit:ls-longquan-celadon,hr:331181,precommittee:331181,office:ls-gmy-mid",
      "ls-liandu-arts-crafts | unit:ls-liandu-arts-crafts,hr:331102,office:ls-gmy-mid"})
  void seed001PreliminaryCommitteeOnlyForQingtianAndLongquan(String unit, String groups) {
    // 四（一）3: 青田、龙泉由工艺美术初评委组织评审推荐工作
    for (String planId : List.of("ls-2021-arts-crafts-intermediate", "ls-2021-arts-crafts-junior")) {
      assertThat(resolve(planId, unit).steps()).extracting(LevelStep::group)
          .containsExactly(groups.trim().split(","));
    }
  }

  @Test
  void seed001DatesAndTheTwoLevelsOfTheRound() {
    // 五、: 个人 12-12, 单位 12-23, 初评委办公室报市中评委 12-31; 中级 2020+2021 学时, 助理级 2021
    PlanChain.Resolution r = resolve("ls-2021-arts-crafts-intermediate", "ls-qingtian-stone");
    assertThat(r.steps()).extracting(LevelStep::deadline).containsExactly("2021-12-23", "2021-12-31", "2021-12-31",
        "2022-01-31");
    assertThat(plan("ls-2021-arts-crafts-intermediate").applicantDeadline()).isEqualTo(LocalDate.of(2021, 12, 12));
    assertThat(plan("ls-2021-arts-crafts-intermediate").rules().continuingEducationYears()).containsExactly(2020, 2021);
    assertThat(plan("ls-2021-arts-crafts-junior").rules().continuingEducationYears()).containsExactly(2021);
    assertThat(plan("ls-2021-arts-crafts-intermediate").level(2).when().text()).isEqualTo("区县（市）为 331121、331181 之一");
  }

  @Test
  void seed002HangzhouIntermediateGoesThroughTheDistrictHrTwiceToTheCommittee() {
    // 附件2 5.–6.: 受理点设在各区、县（市）人社局；区、县（市）人力社保部门审核通过，报送评审委员会
    assertThat(resolve("hz-2020-arts-crafts-intermediate", "hz-xihu-arts-crafts").steps())
        .extracting(LevelStep::key, LevelStep::group, LevelStep::deadline).containsExactly(
            tuple("unit", "unit:hz-xihu-arts-crafts", "2020-11-10"), tuple("acceptance", "hr:330106", "2020-11-10"),
            tuple("county", "hr:330106", "2020-11-10"), tuple("office", "office:hz-gmy-mid", "2020-11-30"));
  }

  @Test
  void seed004KeepsItsChain() {
    assertThat(resolve("hz-2023-hgqf-senior-engineer", "hz-xiaoshan-textile").steps())
        .extracting(LevelStep::group, LevelStep::deadline).containsExactly(
            tuple("unit:hz-xiaoshan-textile", "2023-09-07"), tuple("county:330109", "2023-09-22"),
            tuple("office:hz-hgqf-senior", "2023-10-31"));
  }

  @Test
  void seed003HasTheTwentyEightRowsOfItsTable() {
    Plan anji = plan("aj-2021-titles");
    assertThat(anji.rows()).extracting(PlanRow::number).containsOnly(
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28);
    assertThat(anji.rows().stream().map(PlanRow::number).distinct()).hasSize(28);
    // 第1行 10 月 → 2021-10-31; 第15行 7月; 第27行 11月; 第28行 两批 4-6月、7-9
    assertThat(plan("aj-2021-titles:1").applicantDeadline()).isEqualTo(LocalDate.of(2021, 10, 31));
    assertThat(plan("aj-2021-titles:15").committeeName()).isEqualTo("市工艺美术专业中级职务评审委员会");
    assertThat(plan("aj-2021-titles:27").applicantDeadline()).isEqualTo(LocalDate.of(2021, 11, 30));
    assertThat(plan("aj-2021-titles:28-first").applicantDeadline()).isEqualTo(LocalDate.of(2021, 6, 30));
    assertThat(plan("aj-2021-titles:28-second").applicantDeadline()).isEqualTo(LocalDate.of(2021, 9, 30));
    assertThat(anji.rows()).allSatisfy(r -> assertThat(r.source()).contains("具体时间以省平台发布计划为准"));
    // the table as a whole is open until its latest row
    assertThat(anji.applicantDeadline()).isEqualTo(LocalDate.of(2021, 11, 30));
  }

  @Test
  void seed003NamesTheLevelOfEveryTitleOfItsColumnsAndTheYearsOfHoursPerLevel() {
    Plan anji = plan("aj-2021-titles");
    // 三、（四）申报中级需提供近4年（2017-2020年），高级需提供近5年
    assertThat(anji.rules().continuingEducationYearsByLevel()).containsEntry("中级", List.of(2017, 2018, 2019, 2020))
        .containsEntry("副高级", List.of(2016, 2017, 2018, 2019, 2020))
        .containsEntry("正高级", List.of(2016, 2017, 2018, 2019, 2020)).doesNotContainKeys("员级", "助理级");
    // every reviewed row with a 所评 or 推荐 column lists its titles, each standing in the column it names
    for (PlanRow r : anji.rows()) {
      boolean reviewed = r.refusals().stream().noneMatch(x -> x.when().always());
      if (reviewed && !(r.evaluates() + r.recommends()).isBlank()) {
        assertThat(r.titles()).as(r.label()).isNotEmpty();
      }
      for (PlanRow.Title t : r.titles()) {
        String column = t.column().equals(PlanRow.EVALUATES) ? r.evaluates() : r.recommends();
        // the notice abbreviates some (助理(农艺师、畜牧师、兽医师), 主任(中)医(药、护、技)师): the first and last
        // characters of each title stand in its column
        assertThat(column).as(r.label() + " " + t.name()).contains(t.name().substring(0, 1),
            t.name().substring(t.name().length() - 1));
      }
    }
    assertThat(plan("aj-2021-titles:3").row().titles()).extracting(PlanRow.Title::name, PlanRow.Title::level,
        PlanRow.Title::column).containsExactly(tuple("技术员", "员级", "所评"), tuple("助理工程师", "助理级", "所评"),
        tuple("工程师", "中级", "所评"), tuple("高级工程师", "副高级", "推荐"));
    // 第26行 names no titles; 第23—26行 are the health and education systems, whose hours their departments set
    assertThat(plan("aj-2021-titles:26").row().titles()).isEmpty();
    assertThat(anji.rows()).filteredOn(r -> !r.continuingEducationExempt().isEmpty()).extracting(PlanRow::number)
        .containsExactly(23, 24, 25, 26);
  }

  @Test
  void aReviewedAnjiRowRunsUnitDepartmentCountyAndItsCommittee() {
    // 二、（三）申报人员所在行业主管部门、人力社保部门审核并逐级上报相应评委会
    assertThat(resolve("aj-2021-titles:15", "aj-chair").steps())
        .extracting(LevelStep::group, LevelStep::deadline).containsExactly(
            tuple("unit:aj-chair", "2021-07-31"), tuple("dept:330523-jxj", "2021-07-31"),
            tuple("hr:330523", "2021-07-31"), tuple("office:huz-arts-crafts-mid", "2021-12-31"));
    assertThat(resolve("aj-2021-titles:5", "aj-culture-centre").steps()).extracting(LevelStep::group).containsExactly(
        "unit:aj-culture-centre", "dept:330523-wgltj", "hr:330523", "office:huz-culture-mid");
    // 初定 is done by the county: no committee level
    assertThat(resolve("aj-2021-titles:28-second", "aj-agri-centre").steps()).extracting(LevelStep::group)
        .containsExactly("unit:aj-agri-centre", "dept:330523-nyncj", "hr:330523");
  }

  @Test
  void entrustedAndExamOnlyRowsAnswerAsTheNoticeSays() {
    PlanChain.Resolution entrusted = resolve("aj-2021-titles:19", "aj-culture-centre");
    assertThat(entrusted.steps()).isEmpty();
    assertThat(entrusted.problems()).containsExactly("附件1第19行（广播电视播音）为委托评审：本县不组织该专业的评审（推荐），"
        + "不经本县评审链申报（推荐资格：二级播音员、三级播音员、一级播音员、主任播音员、播音指导）（安人社通〔2021〕9号 附件1 第19行 备注“委托评审”）");
    assertThat(resolve("aj-2021-titles:17", "aj-chair").problems()).singleElement().asString()
        .startsWith("附件1第17行（市经济专业中级职务任职评审委员会）：经济专业初、中级以考代评")
        .endsWith("（安人社通〔2021〕9号 附件1 第17行 所评资格“初中级以考代评”，备注“以考代评 考评结合”）");
    assertThat(resolve("aj-2021-titles:28-exam", "aj-chair").problems()).singleElement().asString()
        .contains("经济、会计、审计、统计等专业的初中级通过考试取得，不再初定");
    for (String row : List.of("17", "18", "19", "20", "21", "22", "28-exam")) {
      assertThat(plan("aj-2021-titles:" + row).refusalForEveryone()).as(row).isPresent();
    }
  }

  @Test
  void rowsWithoutSelfEvaluatingUnitsRefuseOnlyThoseUnitsStaff() {
    // 第23—26行 备注“不含自主评聘单位”
    assertThat(resolve("aj-2021-titles:23", "aj-hospital").problems()).singleElement().asString()
        .startsWith("附件1第23行（市卫技人员高级专业技术职务任职资格评审委员会）不含自主评聘单位");
    assertThat(resolve("aj-2021-titles:23", "aj-culture-centre").steps()).extracting(LevelStep::group)
        .endsWith("office:huz-health-senior");
  }

  @Test
  void aPlanTakesOnlyItsAreasUnits() {
    PlanChain.Resolution r = resolve("ls-2021-arts-crafts-intermediate", "hz-xihu-arts-crafts");
    assertThat(r.problems()).containsExactly("“2021年度丽水市工艺美术中级职称评审（工艺美术师）”只受理丽水市单位人员的申报"
        + "（丽人社函〔2021〕150号 一、申报对象：在我市企事业单位及其他社会组织中从事工艺美术创作、设计、科研、生产制作的专业技术人员），"
        + "您的单位“杭州西湖工艺美术有限公司（演示）”在西湖区，请选择本地区的申报计划");
    // the province's plans take every unit of Zhejiang
    assertThat(resolve("zj-2021-arts-crafts-senior", "hz-xiaoshan-textile").accepted()).isTrue();
  }

  @Test
  void aBodyTheChainNeedsButTheOrganisationLacksIsNamed() {
    Organisation withoutDepartment = new Organisation(org.cities(), org.counties(), org.departments(),
        List.of(new Organisation.Unit("aj-x", "安吉某公司", "330523")), org.committees(), org.precommittees(),
        org.bodies());
    PlanChain.Resolution r = PlanChain.resolve(plan("aj-2021-titles:15"), withoutDepartment.scopeOf("aj-x").orElseThrow(),
        g -> true);
    assertThat(r.problems()).containsExactly(
        "无法确定“行业主管部门审核”的审核单位：组织机构数据中您的单位“安吉某公司”没有登记行业主管部门，请联系管理员补充");
    PlanChain.Resolution noOffice = PlanChain.resolve(plan("aj-2021-titles:15"), org.scopeOf("aj-chair").orElseThrow(),
        g -> !g.equals("office:huz-arts-crafts-mid"));
    assertThat(noOffice.problems()).containsExactly(
        "“评委会办公室资格审查”的审核单位（office:huz-arts-crafts-mid）尚未在组织机构数据中设立，暂不能受理，请联系管理员");
  }

  @Test
  void theTableItselfIsNotAChoiceButEachRowIs() {
    assertThat(resolve("aj-2021-titles", "aj-chair").problems()).singleElement().asString().contains("请选择其中具体的一行");
    assertThat(plans.choices()).extracting(Plan::id).contains("aj-2021-titles:1", "aj-2021-titles:28-exam")
        .doesNotContain("aj-2021-titles");
  }

  @Test
  void rehearsalCopiesOpenEveryPlanAndEveryRowToday() {
    LocalDate today = LocalDate.of(2026, 11, 23);
    PlanRepository demo = new PlanRepository(plans.all(), today);
    Instant now = today.atStartOfDay(ChinaTime.ZONE).toInstant();
    assertThat(demo.openChoices(now)).extracting(Plan::id).allMatch(id -> id.contains(Rehearsal.ID_SUFFIX));
    assertThat(demo.openChoices(now)).hasSize(plans.choices().size());
    // with rows, the earliest row (June) closes 14 days after the day, the gaps of the table stay
    assertThat(demo.find("aj-2021-titles-demo:19").orElseThrow().applicantDeadline()).isEqualTo(today.plusDays(14));
    Plan row15 = demo.find("aj-2021-titles-demo:15").orElseThrow();
    assertThat(row15.applicantDeadline()).isEqualTo(today.plusDays(14 + 31));
    assertThat(row15.chain()).extracting(PlanLevel::deadline).containsExactly(today.plusDays(45), today.plusDays(45),
        today.plusDays(45), today.plusDays(14 + 184));
  }

  @Test
  void theDemoOrganisationHasEveryFixedBodyAndOfficeThePlansName() {
    assertThat(zhicheng.organisation.PlanBodiesCheck.missing(plans.choices(), org)).isEmpty();
    Organisation withoutProvince = new Organisation(org.cities(), org.counties(), org.departments(), org.units(),
        org.committees(), org.precommittees(), List.of());
    assertThat(zhicheng.organisation.PlanBodiesCheck.missing(plans.choices(), withoutProvince)).containsExactly(
        "申报计划“zj-2021-arts-crafts-full-senior”的“浙江省经济和信息化厅审核”审核单位 province:33-jxt 不在组织机构数据中："
            + "该计划的申报将不予受理，请在组织机构文件（zhicheng.organisation）中补充",
        "申报计划“zj-2021-arts-crafts-senior”的“浙江省经济和信息化厅审核”审核单位 province:33-jxt 不在组织机构数据中："
            + "该计划的申报将不予受理，请在组织机构文件（zhicheng.organisation）中补充");
  }
}
