package zhicheng.levels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static zhicheng.process.ProcessFixture.setClock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import zhicheng.achievements.Achievement;
import zhicheng.achievements.AchievementInput;
import zhicheng.eligibility.IdNumbers;
import zhicheng.eligibility.TestFiles;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.process.ProcessFixture;

/**
 * 自评分申报 of 浙经信消费〔2022〕35号 (二、（二）：自评达到70分及以上的，可通过“自评分申报”方式申报) through the process: the
 * route is decided at the unit's review by the rows the unit confirmed (核实) in its form, scored by 附件2, not by the
 * items the applicant claimed. The applicant (title 2015-07-01) claims 80 points: a provincial science prize (30),
 * a national standard (20), a national honour (20, 加分), a bachelor's degree (4) and three trainings (6). The archive
 * holds the first three; the degree is declared. Confirmed, they make 30 + 20 + 20 + 4 = 74: the unit passes.
 * Without the science prize (不予认定) they make 44: the unit's 通过 is refused, nothing written; it returns the
 * application instead.
 */
@Deployment(resources = {
    "processes/title-application.bpmn", "processes/level-review.bpmn", "processes/publicity.bpmn",
    "forms/declaration.form", "forms/level-review.form", "forms/level-review-unit.form", "forms/correction.form",
    "forms/objection-investigation.form", "forms/eligibility-fix.form", "forms/upload-materials.html",
    "processes/route-years.dmn", "processes/continuing-education.dmn"})
class SelfScoreRouteProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.camunda.cfg.xml").excludeProcessDefinitionKeys("publicity").build();

  static final String PROFILE = """
      {"employerType": "企业", "currentTitleLevel": "中级", "currentTitleSeries": "工艺美术", "degreeRelated": true,
       "fieldWorkSince": "2012-07-01", "selfScoreClaims": [{"item": "awards.science.provincial"},
       {"item": "theory.standards.national"}, {"item": "bonus.national"}, {"item": "education.bachelor"},
       {"item": "ethics.training.professional", "count": 3}]}""";

  ProcessEngine processEngine;
  ProcessFixture app;
  static int applicants;
  String owner;
  long science;
  long standard;
  long honour;

  @BeforeEach
  void setUp() throws Exception {
    BpmnAwareTests.init(processEngine);
    app = new ProcessFixture(processEngine);
    // 浙经信消费〔2022〕35号 四、（二）: 个人4月10日, 单位4月21日
    setClock("2022-04-01T10:00:00+08:00");
    // an applicant of each test's own: a declaration takes (and locks) the applicant's whole archive
    owner = "self-score-" + (++applicants);
    science = row(owner, "获奖", "awards.science.provincial", "浙江省科学技术进步奖", "2019-12-20");
    standard = row(owner, "标准", "theory.standards.national", "GB/T 青瓷釉料", "2020-06-01");
    honour = row(owner, "荣誉称号", "bonus.national", "中国工艺美术大师", "2021-01-15");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void theUnitPassesWhenTheConfirmedAchievementsReachSeventy() {
    ProcessInstance pi = declare();
    Task unit = reviewTask(pi);
    // the unit sees each row with what it scores if confirmed, and the applicant's claim
    String text = text(unit);
    assertThat(text).contains("【获奖】浙江省科学技术进步奖 2019-12-20，计30分；单位：待核实", "全部核实时按《浙江省高级工艺美术师职务任职资格量化评分标准》计74分",
        "尚无经单位核实且计分的业绩；申报人自评80分");

    app.complete(unit, "hz-arts-hr", Map.of("decision", "pass", "opinion", "业绩经核实，同意推荐。",
        "achievementConfirmations", confirmations(unit, "核实", "", "核实", "", "核实", "")));

    assertThat(pi).isWaitingAt("CallActivity_UnitPublicity");
    assertThat(app.archive.forApplication(pi.getId())).allSatisfy(a -> {
      assertThat(a.uses().get(0).confirmation()).isEqualTo("核实");
      assertThat(a.uses().get(0).confirmedBy()).isEqualTo("hz-arts-hr");
    });
  }

  @Test
  void theUnitsPassIsRefusedWhenTheConfirmedAchievementsFallShortAndItReturnsTheApplication() {
    ProcessInstance pi = declare();
    Task unit = reviewTask(pi);
    Object withoutScience = confirmations(unit, "不予认定", "获奖人员名单中无申报人", "核实", "", "核实", "");

    // 20 + 20 + 4 = 44 < 70: refused, the task stays, nothing is written
    assertThatThrownBy(() -> app.complete(unit, "hz-arts-hr", Map.of("decision", "pass", "opinion", "同意推荐。",
        "achievementConfirmations", withoutScience)))
        .hasRootCauseInstanceOf(DeclarationRefusedException.class)
        .hasMessageContaining("自评分申报：按经核实的业绩（学历、从业年限按申报填报）计44分，未达到70分，不能以自评分申报通过")
        .hasMessageContaining("浙经信消费〔2022〕35号 二、（二）");
    assertThat(reviewTask(pi).getId()).isEqualTo(unit.getId());
    assertThat(app.archive.forApplication(pi.getId())).allSatisfy(a -> assertThat(a.uses().get(0).confirmation()).isNull());

    // a 不予认定 without its reason: refused, naming the row as the form lists it (newest first: the prize is third)
    assertThatThrownBy(() -> app.complete(unit, "hz-arts-hr", Map.of("decision", "return", "opinion", "请核对获奖证书。",
        "achievementConfirmations", confirmations(unit, "不予认定", "", "核实", "", "核实", ""))))
        .hasRootCauseInstanceOf(DeclarationRefusedException.class).hasMessageContaining("第3项业绩：不予认定须写明理由");

    // 退回 with the same findings: kept, and the applicant corrects
    app.complete(unit, "hz-arts-hr", Map.of("decision", "return", "opinion", "科技进步奖获奖人员名单中无申报人，请改选申报途径。",
        "achievementConfirmations", withoutScience));
    assertThat(pi).isWaitingAt("CallActivity_LevelReview");
    ProcessInstance level = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pi.getId()).singleResult();
    assertThat(level).isWaitingAt("UserTask_Correction");
    Achievement rejected = app.archive.forApplication(pi.getId()).stream().filter(a -> a.id() == science)
        .findFirst().orElseThrow();
    assertThat(rejected.uses().get(0).confirmation()).isEqualTo("不予认定");
    assertThat(rejected.uses().get(0).reason()).isEqualTo("获奖人员名单中无申报人");
  }

  @Test
  void aRowOutsideTheNoticesWindowIsAFindingInTheReviewersForms() {
    // 附件1（八）：任现职后或近五年取得; the title is of 2015-07-01, the five years count back from 2022-04-10
    row(owner, "论文", null, "早年论文", "2014-05-01");
    ProcessInstance pi = declare();
    String text = text(reviewTask(pi));
    assertThat(text).contains("【论文】早年论文 2014-05-01；单位：待核实；**不在应提交的业绩范围**：取得于2014-05-01，早于任现职"
        + "（2015-07-01），也不在近五年内（2017-04-10以后）（浙经信消费〔2022〕35号 附件1（八）");
    assertThat(text).doesNotContain("【获奖】浙江省科学技术进步奖 2019-12-20，计30分；单位：待核实；**不在");
  }

  /**
   * The unit's form as it comes back: each row's line with the choice and the reason, in the order the form shows the
   * rows (the application's rows, newest first); choices are given for the science prize, the standard, the honour.
   */
  Object confirmations(Task unit, String... choices) {
    List<Achievement> rows = app.archive.forApplication(root(unit));
    assertThat(rows).hasSize(choices.length / 2);
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < rows.size(); i++) {
      long id = rows.get(i).id();
      int at = id == science ? 0 : id == standard ? 2 : id == honour ? 4 : -1;
      json.append(i == 0 ? "" : ",").append("{\"confirmation\": \"").append(choices[at]).append("\", \"reason\": \"")
          .append(choices[at + 1]).append("\"}");
    }
    return SpinValues.jsonValue(json.append("]").toString()).create();
  }

  /** The reviewer's section on the achievements (a JSON string: it may exceed a string variable's 4000 characters). */
  String text(Task task) {
    return ((org.camunda.spin.json.SpinJsonNode) processEngine.getTaskService()
        .getVariableLocal(task.getId(), "achievementsText")).stringValue();
  }

  String root(Task unit) {
    return processEngine.getRuntimeService().createProcessInstanceQuery()
        .subProcessInstanceId(unit.getProcessInstanceId()).singleResult().getId();
  }

  ProcessInstance declare() {
    Map<String, Object> d = new HashMap<>(ProcessFixture.declaration());
    d.put("planId", "zj-2021-arts-crafts-senior");
    d.put("unitCode", "hz-xihu-arts-crafts");
    d.put("route", "自评分申报");
    d.put("currentTitle", "工艺美术师");
    d.put("currentTitleDate", "2015-07-01");
    d.put("profile", ProcessFixture.json(PROFILE));
    d.put("idNumber", IdNumbers.person(300 + applicants));
    processEngine.getIdentityService().setAuthenticatedUserId(owner);
    ProcessInstance pi;
    try {
      pi = processEngine.getRuntimeService().startProcessInstanceByKey("title-application", d);
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
    app.complete(app.uploadTask(pi), owner, ProcessFixture.materials());
    assertThat(pi).isWaitingAt("CallActivity_LevelReview");
    return pi;
  }

  Task reviewTask(ProcessInstance pi) {
    return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey())
        .taskDefinitionKey("UserTask_Review").singleResult();
  }

  long row(String owner, String kind, String item, String title, String date) {
    return app.archive.create(owner, new AchievementInput(kind, item, title, null, date, null, null, null, null,
        List.of(new AchievementInput.EvidenceInput(null, title + ".pdf",
            java.util.Base64.getEncoder().encodeToString(TestFiles.pdf()))))).id();
  }
}
