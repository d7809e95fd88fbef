package zhicheng.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static zhicheng.process.ProcessFixture.at;
import static zhicheng.process.ProcessFixture.setClock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.process.ProcessFixture;

/**
 * One title-application model runs every shipped plan: an application under each plan of seeds 000–003 visits
 * exactly its chain's levels, in order, each with its candidate group and the notice's deadline, and arrives at
 * the committee. Seed 004's plan is driven through every path in {@link TitleApplicationProcessTest}, whose
 * coverage assertion covers the model; here the happy path per plan is enough (the model is the same).
 * Rows of seed 003 that the notice answers otherwise (委托评审, 以考代评) create nothing.
 */
@Deployment(resources = {
    "processes/title-application.bpmn", "processes/level-review.bpmn", "processes/publicity.bpmn",
    "forms/declaration.form", "forms/level-review.form", "forms/correction.form",
    "forms/objection-investigation.form", "forms/eligibility-fix.form", "forms/upload-materials.html",
    "processes/route-years.dmn", "processes/continuing-education.dmn"})
public class PlanChainsProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml").excludeProcessDefinitionKeys("publicity").build();

  /** Meets the rules of the plans without continuing-education or assessment requirements (seeds 000, 002, 003). */
  static final String PROFILE = """
      {"employerType": "企业", "currentTitleLevel": "中级", "currentTitleSeries": "工艺美术", "degreeRelated": true,
       "fieldWorkSince": "2012-07-01"}""";
  /**
   * seed 003: the applicant declares for 工艺美术师 (中级) of 附件1 第15行, so 三、（四） asks 90 hours a year, 60
   * professional and 18 public, for 2017–2020.
   */
  public static final String ANJI_PROFILE = """
      {"employerType": "企业", "currentTitleLevel": "助理级", "currentTitleSeries": "工艺美术", "targetTitle": "工艺美术师",
       "continuingEducation": [
         {"year": 2017, "professional": 60, "industryPublic": 30}, {"year": 2018, "professional": 60, "industryPublic": 30},
         {"year": 2019, "professional": 60, "industryPublic": 18, "generalPublic": 12},
         {"year": 2020, "professional": 72, "industryPublic": 6, "generalPublic": 12}]}""";
  /** seed 001 三、（二）近两年考核合格以上；三、（三）每年90学时，专业60、公需18（其中一般公需12）. */
  static final String LISHUI_PROFILE = """
      {"employerType": "企业", "currentTitleLevel": "助理级", "currentTitleSeries": "工艺美术",
       "assessments": [{"year": 2019, "result": "合格"}, {"year": 2020, "result": "优秀"}],
       "continuingEducation": [
         {"year": 2020, "professional": 66, "industryPublic": 12, "generalPublic": 12},
         {"year": 2021, "professional": 70, "industryPublic": 8, "generalPublic": 12}]}""";

  /** A level as the reviewer meets it: who reviews, the group, the task's due date (end of the deadline day). */
  record Level(String user, String group, String due, String name) {}

  ProcessEngine processEngine;
  ProcessFixture app;

  @BeforeEach
  void setUp() throws Exception {
    BpmnAwareTests.init(processEngine);
    app = new ProcessFixture(processEngine);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void seed000SeniorArtsCraftsFromTheUnitToTheProvincialCommittee() {
    // 浙经信消费〔2022〕35号 四、（二）: 个人4月10日, 单位4月21日, 地市5月12日
    setClock("2022-04-01T10:00:00+08:00");
    run("zj-2021-arts-crafts-senior", "hz-xihu-arts-crafts", PROFILE,
        new Level("hz-arts-hr", "unit:hz-xihu-arts-crafts", "2022-04-22T00:00+08:00", "用人单位审核"),
        new Level("xihu-jxj", "county:330106", "2022-05-13T00:00+08:00", "区县（市）经信、人社部门审核推荐"),
        new Level("hz-jxj", "city:3301", "2022-05-13T00:00+08:00", "设区市经信局审核推荐"),
        new Level("zj-jxt", "province:33-jxt", "2022-06-01T00:00+08:00", "浙江省经济和信息化厅审核"),
        new Level("zj-gmy-senior-office", "office:zj-gmy-senior", "2022-07-01T00:00+08:00", "省高评委办公室资格审查"));
  }

  @Test
  void seed000FullSeniorArtsCrafts() {
    // 浙经信消费〔2022〕34号 二、: 个人3月27日, 单位4月8日, 地市4月30日
    setClock("2022-03-21T09:00:00+08:00");
    run("zj-2021-arts-crafts-full-senior", "hz-xihu-arts-crafts", PROFILE,
        new Level("hz-arts-hr", "unit:hz-xihu-arts-crafts", "2022-04-09T00:00+08:00", "用人单位审核"),
        new Level("xihu-jxj", "county:330106", "2022-05-01T00:00+08:00", "区县（市）经信、人社部门审核推荐"),
        new Level("hz-jxj", "city:3301", "2022-05-01T00:00+08:00", "设区市经信局审核推荐"),
        new Level("zj-jxt", "province:33-jxt", "2022-05-21T00:00+08:00", "浙江省经济和信息化厅审核"),
        new Level("zj-gmy-full-senior-office", "office:zj-gmy-full-senior", "2022-06-01T00:00+08:00",
            "省正高评委办公室资格审查"));
  }

  @Test
  void seed001QingtianApplicantPassesThePreliminaryCommittee() {
    // 丽人社函〔2021〕150号 五、: 个人12月12日, 单位12月23日, 初评委报市中评委12月31日; 四（一）3 青田、龙泉初评委
    setClock("2021-12-06T10:00:00+08:00");
    // 六、中级评审费180元/人，推荐费80元/人
    runToPayment("ls-2021-arts-crafts-intermediate", "ls-qingtian-stone", LISHUI_PROFILE, "260.00",
        new Level("qingtian-hr", "unit:ls-qingtian-stone", "2021-12-24T00:00+08:00", "用人单位审核"),
        new Level("qingtian-rsj", "hr:331121", "2022-01-01T00:00+08:00", "县（市、区）人力社保部门审核"),
        new Level("qingtian-pre", "precommittee:331121", "2022-01-01T00:00+08:00", "工艺美术初评委评审推荐"),
        new Level("ls-gmy-office", "office:ls-gmy-mid", "2022-02-01T00:00+08:00", "市工艺美术中评委办公室资格审查"));
  }

  @Test
  void seed001LianduApplicantGoesFromTheCountyStraightToTheCityCommittee() {
    setClock("2021-12-06T10:00:00+08:00");
    runToPayment("ls-2021-arts-crafts-intermediate", "ls-liandu-arts-crafts", LISHUI_PROFILE, "260.00",
        new Level("liandu-hr", "unit:ls-liandu-arts-crafts", "2021-12-24T00:00+08:00", "用人单位审核"),
        new Level("liandu-rsj", "hr:331102", "2022-01-01T00:00+08:00", "县（市、区）人力社保部门审核"),
        new Level("ls-gmy-office", "office:ls-gmy-mid", "2022-02-01T00:00+08:00", "市工艺美术中评委办公室资格审查"));
  }

  @Test
  void seed001JuniorLongquanApplicant() {
    setClock("2021-12-10T16:00:00+08:00");
    // 六、初级评审费100元/人
    runToPayment("ls-2021-arts-crafts-junior", "ls-longquan-celadon", LISHUI_PROFILE, "100.00",
        new Level("longquan-hr", "unit:ls-longquan-celadon", "2021-12-24T00:00+08:00", "用人单位审核"),
        new Level("longquan-rsj", "hr:331181", "2022-01-01T00:00+08:00", "县（市、区）人力社保部门审核"),
        new Level("longquan-pre", "precommittee:331181", "2022-01-01T00:00+08:00", "工艺美术初评委评审推荐"),
        new Level("ls-gmy-office", "office:ls-gmy-mid", "2022-02-01T00:00+08:00", "市工艺美术中评委办公室资格审查"));
  }

  @Test
  void seed002HangzhouIntermediateThroughTheDistrictHrBureau() {
    // 附件2 5.–7.: 受理点设在区县人社局；人社部门审核；纸质表2020年11月10日前
    setClock("2020-11-02T10:00:00+08:00");
    run("hz-2020-arts-crafts-intermediate", "hz-xihu-arts-crafts", PROFILE,
        new Level("hz-arts-hr", "unit:hz-xihu-arts-crafts", "2020-11-11T00:00+08:00", "用人单位审核"),
        new Level("xihu-rsj", "hr:330106", "2020-11-11T00:00+08:00", "区县（市）职称申报受理点审核"),
        new Level("xihu-rsj", "hr:330106", "2020-11-11T00:00+08:00", "区县（市）人力社保部门审核"),
        new Level("hz-gmy-office", "office:hz-gmy-mid", "2020-12-01T00:00+08:00", "中评委办公室资格审查"));
  }

  @Test
  void seed003ArtsCraftsRowThroughTheSupervisingDepartment() {
    // 安人社通〔2021〕9号 附件1 第15行：市工艺美术专业中级职务评审委员会，接收材料截止时间7月
    setClock("2021-07-01T10:00:00+08:00");
    run("aj-2021-titles:15", "aj-chair", ANJI_PROFILE,
        new Level("aj-chair-hr", "unit:aj-chair", "2021-08-01T00:00+08:00", "用人单位审核"),
        new Level("aj-jxj", "dept:330523-jxj", "2021-08-01T00:00+08:00", "行业主管部门审核"),
        new Level("aj-rsj", "hr:330523", "2021-08-01T00:00+08:00", "县人力社保部门审核推荐"),
        new Level("huz-offices", "office:huz-arts-crafts-mid", "2022-01-01T00:00+08:00", "评委会办公室资格审查"));
  }

  @Test
  void seed003RunsTheRulesOfTheLevelTheApplicantDeclaresFor() {
    // 附件1 第15行, 7月: a declaration naming no title, or a title of another row, is refused at once and creates
    // nothing; then 工艺美术师 (中级) without the hours of 2017
    setClock("2021-07-01T10:00:00+08:00");
    assertThatThrownBy(() -> app.declare(declaration("aj-2021-titles:15", "aj-chair",
        ANJI_PROFILE.replace(", \"targetTitle\": \"工艺美术师\"", ""))))
        .isInstanceOf(DeclarationRefusedException.class)
        .hasMessage("申报未受理：请选择申报资格：附件1第15行（市工艺美术专业中级职务评审委员会）的所评“工艺美术员、助理工艺美术师、"
            + "工艺美术师”，推荐“高级工艺美术师、正高级工艺美术师”（安人社通〔2021〕9号 附件1 第15行（所评资格名称、推荐资格名称））");
    assertThatThrownBy(() -> app.declare(declaration("aj-2021-titles:15", "aj-chair",
        ANJI_PROFILE.replace("\"targetTitle\": \"工艺美术师\"", "\"targetTitle\": \"律师\""))))
        .isInstanceOf(DeclarationRefusedException.class)
        .hasMessageStartingWith("申报未受理：申报资格“律师”不在附件1第15行（市工艺美术专业中级职务评审委员会）的所评");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().count()).isZero();

    ProcessInstance pi = app.declare(declaration("aj-2021-titles:15", "aj-chair", ANJI_PROFILE
        .replace("{\"year\": 2017, \"professional\": 60, \"industryPublic\": 30}, ", "")));
    app.complete(uploadTask(pi), "zhangsan", ProcessFixture.materials());
    assertThat(reviewTask(pi)).hasDefinitionKey("UserTask_FixEligibility").hasDueDate(at("2021-08-01T00:00+08:00"));
    assertThat((String) processEngine.getRuntimeService().getVariable(pi.getId(), "statusReason")).isEqualTo(
        "资格核验未通过：2017—2020年继续教育须每年不少于90学时，其中专业科目不少于60学时、公需科目不少于18学时：缺少2017年的学时");
    assertThat((String) processEngine.getRuntimeService().getVariable(pi.getId(), "eligibilityFindingsText"))
        .contains("依据：安人社通〔2021〕9号 三、（四）规范继续教育要求");

    app.complete(reviewTask(pi), "zhangsan", Map.of("profile", ProcessFixture.json(ANJI_PROFILE)));
    // the upload task names the proof of hours the level asks for (附件3 二、5.（1）近4年的继续教育学时证明)
    assertThat((String) processEngine.getTaskService().getVariable(uploadTask(pi).getId(), "requiredMaterialsText"))
        .contains("继续教育学时证明（依据：杭经信人事〔2023〕63号 附件2 二、5.（6）；安人社通〔2021〕9号 附件3 二、5.（1））");
    app.complete(uploadTask(pi), "zhangsan", Map.of());
    Task unit = reviewTask(pi);
    assertThat(unit).hasCandidateGroup("unit:aj-chair");
    assertThat((String) processEngine.getTaskService().getVariable(unit.getId(), "eligibilityFindingsText"))
        .contains("✔ 申报资格“工艺美术师”（中级）：附件1第15行（市工艺美术专业中级职务评审委员会）所评资格",
            "✔ 2017—2020年继续教育学时均符合要求");
    assertThat(pi).variables().containsEntry("targetLevel", "中级");
    // the reviewer's form shows the title declared (申报资格), read-only, at every level
    assertThat(processEngine.getTaskService().getVariable(unit.getId(), "targetTitle")).isEqualTo("工艺美术师");
  }

  @Test
  void anAnjiPublicInstitutionRecommendsWithinItsVacantPostsOfTheLevelAcrossRows() {
    // 安吉县文化馆（演示）: 中级 approved 4, filled 3 — one vacant post (三、（五）根据空缺岗位数……择优推荐)
    setClock("2021-06-10T10:00:00+08:00");
    String profile = ANJI_PROFILE.replace("\"企业\"", "\"事业单位\"");
    Map<String, Object> files = ProcessFixture.materials();
    files.put("postInfoForm", ProcessFixture.pdf("岗位信息表.pdf"));
    ProcessInstance librarian = app.declare(declaration("aj-2021-titles:5", "aj-culture-centre",
        profile.replace("工艺美术师", "馆员")));
    app.complete(uploadTask(librarian), "zhangsan", files);
    ProcessInstance craftsman = app.declare(declaration("aj-2021-titles:15", "aj-culture-centre", profile));
    app.complete(uploadTask(craftsman), "zhangsan", files);
    assertThat(librarian).variables().containsEntry("targetLevel", "中级");

    app.complete(reviewTask(librarian), "aj-culture-hr", Map.of("decision", "pass", "opinion", "经竞聘考核择优推荐"));
    Task second = reviewTask(craftsman);
    assertThatThrownBy(() -> app.complete(second, "aj-culture-hr", Map.of("decision", "pass", "opinion", "同意")))
        .hasMessageContaining("中级专业技术岗位核准4个、实聘3个、空缺1个，本计划已推荐1人，不能再推荐")
        .hasMessageContaining("安人社通〔2021〕9号 三、（五）");
    assertThat(reviewTask(craftsman).getId()).isEqualTo(second.getId());
  }

  @Test
  void entrustedAndExamOnlyRowsAreAnsweredAndCreateNothing() {
    setClock("2021-06-10T10:00:00+08:00");
    for (String row : List.of("19", "17")) {
      Map<String, Object> d = declaration("aj-2021-titles:" + row, "aj-culture-centre", PROFILE);
      assertThatThrownBy(() -> app.declare(d)).isInstanceOf(DeclarationRefusedException.class)
          .hasMessageStartingWith("申报未受理：附件1第" + row + "行")
          .hasMessageContaining(row.equals("19") ? "为委托评审：本县不组织该专业的评审" : "以考代评")
          .hasMessageContaining("（安人社通〔2021〕9号 附件1 第" + row + "行");
    }
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().count()).isZero();
  }

  @Test
  void aSelfEvaluatingUnitsStaffIsRefusedOnARowThatExcludesThem() {
    setClock("2021-10-10T10:00:00+08:00");
    assertThatThrownBy(() -> app.declare(declaration("aj-2021-titles:23", "aj-hospital", PROFILE)))
        .isInstanceOf(DeclarationRefusedException.class).hasMessageContaining("不含自主评聘单位");
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
  }

  @Test
  void aClosedPlanIsStillRefusedWithTheNoticesWords() {
    setClock("2021-08-01T00:00:00+08:00");
    assertThatThrownBy(() -> app.declare(declaration("aj-2021-titles:15", "aj-chair", PROFILE)))
        .isInstanceOf(DeclarationRefusedException.class).hasMessage("申报未受理：“2021年度安吉县专业技术资格评审（推荐）·"
            + "第15行 市工艺美术专业中级职务评审委员会”网上个人申报已于2021年7月31日截止，逾期不再受理（安人社通〔2021〕9号）");
  }

  @Test
  void aPlanIsNotTakenBeforeItsNoticeWasIssued() {
    // 浙经信消费〔2022〕35号 was issued on 2022-02-24
    setClock("2022-02-23T10:00:00+08:00");
    assertThatThrownBy(() -> app.declare(declaration("zj-2021-arts-crafts-senior", "hz-xihu-arts-crafts", PROFILE)))
        .isInstanceOf(DeclarationRefusedException.class).hasMessage("申报未受理：“2021年度浙江省高级工艺美术师职务任职资格评审”"
            + "网上个人申报自2022年2月24日开始，尚未开始受理（浙经信消费〔2022〕35号）");
  }

  /** Declares, uploads, passes eligibility, then every level in turn; the application waits for its committee. */
  private void run(String planId, String unit, String profile, Level... levels) {
    assertThat(passEveryLevel(planId, unit, profile, levels)).isWaitingAt("ReceiveTask_AwaitCommittee");
  }

  /** The same for a plan with a fee: after the levels the applicant is asked to pay the notice's amount. */
  private void runToPayment(String planId, String unit, String profile, String fee, Level... levels) {
    ProcessInstance pi = passEveryLevel(planId, unit, profile, levels);
    assertThat(pi).isWaitingAt("ReceiveTask_AwaitPayment");
    assertThat(pi).variables().containsEntry("feeAmount", fee);
  }

  /** Declares, uploads, passes eligibility, then every level in turn; asserts each task and the trail. */
  private ProcessInstance passEveryLevel(String planId, String unit, String profile, Level... levels) {
    ProcessInstance pi = app.declareAndUpload(declaration(planId, unit, profile));
    assertThat(pi).variables().containsEntry("levelCount", levels.length).containsEntry("status", "IN_REVIEW");
    List<String> visited = new ArrayList<>();
    for (int i = 0; i < levels.length; i++) {
      Level level = levels[i];
      Task t = reviewTask(pi);
      assertThat(t).as(level.name()).hasCandidateGroup(level.group()).hasDueDate(at(level.due()));
      assertThat(t.getName()).isEqualTo(level.name() + "：赵一");
      visited.add(level.group());
      app.complete(t, level.user(), Map.of("decision", "pass", "opinion", "符合申报条件，同意推荐。"));
      if (i == 0) {
        // every notice asks for the unit's publicity of at least 5 working days
        assertThat(pi).isWaitingAt("CallActivity_UnitPublicity");
        Job end = job(publicity(pi));
        ClockUtil.setCurrentTime(end.getDuedate());
        execute(end);
      }
    }
    assertThat(visited).containsExactly(java.util.Arrays.stream(levels).map(Level::group).toArray(String[]::new));
    String trail = (String) processEngine.getRuntimeService().getVariable(pi.getId(), "reviewTrailText");
    for (Level level : levels) {
      assertThat(trail).contains(level.name() + "　通过（" + level.user() + "）");
    }
    return pi;
  }

  private static Map<String, Object> declaration(String planId, String unit, String profile) {
    Map<String, Object> d = ProcessFixture.declaration();
    d.put("planId", planId);
    d.put("unitCode", unit);
    d.put("applicantName", "赵一");
    d.put("currentTitle", "助理工艺美术师");
    d.put("currentTitleDate", "2015-07-01");
    d.put("profile", ProcessFixture.json(profile));
    return d;
  }

  private ProcessInstance publicity(ProcessInstance pi) {
    return processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("publicity").singleResult();
  }

  private Task uploadTask(ProcessInstance pi) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("UserTask_UploadMaterials").singleResult();
  }

  private Task reviewTask(ProcessInstance pi) {
    return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey())
        .singleResult();
  }
}
