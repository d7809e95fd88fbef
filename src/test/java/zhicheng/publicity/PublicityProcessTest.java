package zhicheng.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static zhicheng.process.ProcessFixture.at;
import static zhicheng.process.ProcessFixture.setClock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
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

import zhicheng.calendar.HolidayCalendar;
import zhicheng.calendar.WorkingDayCalendar;
import zhicheng.calendar.YearArrangement;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.process.ProcessFixture;
import zhicheng.process.WorkdayTimers;

/**
 * publicity.bpmn on its own, as title-application and the committee call it: a unit publicity of 5 working days
 * (seed 004 四、1：不少于5个工作日的公示) posted on Thursday 2024-02-08, the day before the Spring Festival break
 * (国办发明电〔2023〕7号: 2-10 to 2-17 off, Sunday 2-18 worked). Working days after the posting day: 2-9, 2-18,
 * 2-19, 2-20, 2-21, so the period ends at 2024-02-21 24:00 Beijing time.
 */
@Deployment(resources = {"processes/publicity.bpmn", "forms/objection-investigation.form"})
class PublicityProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder()
          .configurationResource("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  static final String KEY = "ZC-20240208-TEST";
  static final String POSTED = "2024-02-08T15:00:00+08:00";
  static final String END = "2024-02-22T00:00:00+08:00";
  static final String UNIT = "unit:hz-xihu-chem";

  ProcessEngine processEngine;
  ProcessFixture app;

  @BeforeEach
  void setUp() throws Exception {
    BpmnAwareTests.init(processEngine);
    app = new ProcessFixture(processEngine);
    setClock(POSTED);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private ProcessInstance publish() {
    Map<String, Object> v = new HashMap<>();
    v.put("publicityName", "用人单位公示");
    v.put("publicitySubject", "张三 申报高级工程师");
    v.put("publicityPublisher", "杭州西湖精细化工有限公司（演示）");
    v.put("publicityGroup", UNIT);
    v.put("publicityPlace", "单位公示栏及内部网站");
    v.put("publicityDays", 5);
    return processEngine.getRuntimeService().startProcessInstanceByKey("publicity", KEY, v);
  }

  @Test
  void withoutObjectionsItEndsAtTheComputedInstantAndRecordsWhoPublishedWhatWhere() {
    ProcessInstance pi = publish();
    assertThat(pi).isWaitingAt("Timer_PeriodEnd");
    Job timer = job(pi);
    assertThat(timer.getDuedate()).isEqualTo(at(END));
    assertThat(pi).variables().containsEntry("publicityEnd", at(END)).containsEntry("openObjections", 0);
    assertThat(trail(pi)).contains("用人单位公示　发布公示（杭州西湖精细化工有限公司（演示））："
        + "张三 申报高级工程师；公示地点：单位公示栏及内部网站；公示期5个工作日，至2024年2月21日24时");
    assertThat(incidents()).isEmpty();

    ClockUtil.setCurrentTime(at(END));
    execute(timer);
    assertThat(pi).isEnded().hasPassed("Event_ObjectionsHandled", "EndEvent_PeriodOver", "EndEvent_Passed")
        .hasNotPassed("ServiceTask_RegisterObjection");
    assertThat(historic(pi)).containsEntry("publicityOutcome", "passed")
        .containsEntry("publicityReason", "公示期满无异议");
  }

  @Test
  void anObjectionOpensAnInvestigationForThePublishingBodyAndAnUnfoundedOneLetsThePeriodRun() {
    ProcessInstance pi = publish();
    setClock("2024-02-19T10:00:00+08:00");
    ObjectionFiling.Filed filed = app.object(KEY, "lisi", "李四", "张三的项目业绩材料与实际不符");
    assertThat(filed.number()).isEqualTo(1);
    assertThat(filed.publisher()).isEqualTo("杭州西湖精细化工有限公司（演示）");

    Task t = investigation(pi);
    assertThat(t).hasCandidateGroup(UNIT).hasName("核查异议：张三 申报高级工程师");
    Map<String, Object> seen = processEngine.getTaskService().getVariables(t.getId());
    assertThat(seen).containsEntry("objectionText", "张三的项目业绩材料与实际不符").containsEntry("objectionName", "李四")
        .containsEntry("objectionBy", "lisi").containsEntry("objectionNumber", 1)
        .containsEntry("objectionAt", at("2024-02-19T10:00:00+08:00"));
    // who objected is not in the applicant's trail
    assertThat(trail(pi)).contains("收到异议（系统）：第1号异议，已交杭州西湖精细化工有限公司（演示）核查（异议人信息保密）")
        .doesNotContain("李四", "lisi");

    app.investigate(t, "xihu-hr", "dismissed", "经核对项目验收报告，业绩属实", false);
    assertThat(pi).isWaitingAt("Timer_PeriodEnd").hasPassed("EndEvent_ObjectionDismissed");
    assertThat(job(pi).getDuedate()).isEqualTo(at(END));
    assertThat(trail(pi)).contains("用人单位公示　异议不属实（xihu-hr）：第1号异议：经核对项目验收报告，业绩属实");

    ClockUtil.setCurrentTime(at(END));
    execute(job(pi));
    assertThat(pi).isEnded().hasPassed("EndEvent_Passed");
    assertThat(historic(pi)).containsEntry("publicityOutcome", "passed")
        .containsEntry("publicityReason", "公示期满，收到的1件异议经核查均不属实");
  }

  @Test
  void anUnfoundedObjectionWithRestartStartsTheFiveWorkingDaysAgainFromThatMoment() {
    ProcessInstance pi = publish();
    setClock("2024-02-20T09:00:00+08:00");
    app.object(KEY, "lisi", "李四", "公示内容与申报表不一致");
    setClock("2024-02-20T16:00:00+08:00");
    app.investigate(investigation(pi), "xihu-hr", "dismissed", "已核对，一致；为稳妥重新公示", true);

    // from Tuesday 2-20: 2-21, 2-22, 2-23, 2-26, 2-27 → ends 2024-02-27 24:00
    assertThat(pi).isWaitingAt("Timer_PeriodEnd").hasPassed("ServiceTask_RestartPeriod");
    assertThat(job(pi).getDuedate()).isEqualTo(at("2024-02-28T00:00:00+08:00"));
    assertThat(pi).variables().containsEntry("publicityStart", at("2024-02-20T16:00:00+08:00"))
        .containsEntry("publicityEnd", at("2024-02-28T00:00:00+08:00"));
    assertThat(trail(pi)).contains("重新公示（系统）：第1号异议经核查不属实，公示期自2024年2月20日 16:00起重新计算5个工作日，至2024年2月27日24时");

    // the old end is no longer the end: an objection on 2-23 is still taken
    setClock("2024-02-23T09:00:00+08:00");
    assertThat(app.object(KEY, "wangwu", "王五", "补充异议").number()).isEqualTo(2);
    app.investigate(investigation(pi), "xihu-hr", "dismissed", "不属实", false);
    ClockUtil.setCurrentTime(at("2024-02-28T00:00:00+08:00"));
    execute(job(pi));
    assertThat(pi).isEnded();
    assertThat(historic(pi)).containsEntry("publicityReason", "公示期满，收到的2件异议经核查均不属实");
  }

  @Test
  void twoObjectionsAtOnceAreInvestigatedApartAndAnUpheldOneEndsThePublicity() {
    ProcessInstance pi = publish();
    setClock("2024-02-18T09:00:00+08:00");
    app.object(KEY, "lisi", "李四", "论文系他人代写");
    setClock("2024-02-18T11:30:00+08:00");
    app.object(KEY, "wangwu", "王五", "继续教育学时证明系伪造");

    List<Task> open = investigations(pi);
    assertThat(open).hasSize(2);
    Map<Object, Object> textByNumber = new TreeMap<>();
    for (Task t : open) {
      Map<String, Object> v = processEngine.getTaskService().getVariables(t.getId());
      textByNumber.put(v.get("objectionNumber"), v.get("objectionText"));
    }
    assertThat(textByNumber).containsExactly(Map.entry(1, "论文系他人代写"), Map.entry(2, "继续教育学时证明系伪造"));
    assertThat(pi).variables().containsEntry("openObjections", 2).doesNotContainKey("objectionText");

    Task second = open.stream().filter(t -> processEngine.getTaskService().getVariable(t.getId(), "objectionNumber")
        .equals(2)).findFirst().orElseThrow();
    setClock("2024-02-20T10:00:00+08:00");
    app.investigate(second, "xihu-hr", "upheld", "经向继续教育机构核实，2022年学时证明系伪造", false);

    assertThat(pi).isEnded().hasPassed("EndEvent_Upheld").hasNotPassed("EndEvent_Passed");
    assertThat(investigations(pi)).isEmpty();
    assertThat(historic(pi)).containsEntry("publicityOutcome", "upheld").containsEntry("publicityReason",
        "公示期间收到异议，经杭州西湖精细化工有限公司（演示）核查属实：经向继续教育机构核实，2022年学时证明系伪造");
  }

  @Test
  void whenThePeriodRunsOutDuringAnInvestigationThePublicityWaitsForItAndRefusesNewObjections() {
    ProcessInstance pi = publish();
    setClock("2024-02-21T17:00:00+08:00");
    app.object(KEY, "lisi", "李四", "张三未在本单位实际工作");

    ClockUtil.setCurrentTime(at(END));
    execute(job(pi));
    assertThat(pi).isActive().isWaitingAt("Event_ObjectionsHandled", "UserTask_InvestigateObjection");

    setClock("2024-02-22T09:00:00+08:00");
    assertThatThrownBy(() -> app.object(KEY, "wangwu", "王五", "迟到的异议"))
        .isInstanceOf(PublicityClosedException.class)
        .hasMessage("异议未受理：用人单位公示的公示期已于2024年2月21日24时结束，不再受理异议（公示期内未处理完的异议仍在核查中）");
    assertThat(investigations(pi)).hasSize(1);

    app.investigate(investigation(pi), "xihu-hr", "dismissed", "经查社保缴纳记录，在本单位连续工作", false);
    assertThat(pi).isEnded().hasPassed("EndEvent_PeriodOver", "EndEvent_Passed");
  }

  @Test
  void aRestartDecidedAfterThePeriodRanOutStartsANewPeriodOnceTheInvestigationIsClosed() {
    ProcessInstance pi = publish();
    setClock("2024-02-21T17:00:00+08:00");
    app.object(KEY, "lisi", "李四", "业绩造假");
    ClockUtil.setCurrentTime(at(END));
    execute(job(pi));

    // Friday 2-23: dismissed, publish again → 2-26 … 3-1, ends 2024-03-01 24:00
    setClock("2024-02-23T10:00:00+08:00");
    app.investigate(investigation(pi), "xihu-hr", "dismissed", "不属实，但公示期内材料有更正，重新公示", true);
    assertThat(pi).isWaitingAt("Timer_PeriodEnd");
    assertThat(job(pi).getDuedate()).isEqualTo(at("2024-03-02T00:00:00+08:00"));

    setClock("2024-02-27T10:00:00+08:00");
    app.object(KEY, "wangwu", "王五", "重新公示期间的异议");
    app.investigate(investigation(pi), "xihu-hr", "dismissed", "不属实", false);
    ClockUtil.setCurrentTime(at("2024-03-02T00:00:00+08:00"));
    execute(job(pi));
    assertThat(pi).isEnded().hasPassed("EndEvent_Passed");
  }

  @Test
  void anObjectionAfterThePublicityEndedIsRefusedWithItsEnd() {
    ProcessInstance pi = publish();
    ClockUtil.setCurrentTime(at(END));
    execute(job(pi));
    setClock("2024-02-23T10:00:00+08:00");
    assertThatThrownBy(() -> app.object(KEY, "lisi", "李四", "过期异议"))
        .isInstanceOf(PublicityClosedException.class)
        .hasMessage("异议未受理：该申报的公示已于2024年2月22日 00:00结束，不再受理异议");
  }

  @Test
  void anObjectionWithoutWordsOrNameIsRefusedAndNothingIsOpened() {
    ProcessInstance pi = publish();
    assertThatThrownBy(() -> app.object(KEY, "lisi", " ", ""))
        .isInstanceOf(DeclarationRefusedException.class)
        .hasMessageContaining("请填写异议内容").hasMessageContaining("请填写异议人姓名");
    assertThat(investigations(pi)).isEmpty();
    assertThat(pi).variables().containsEntry("openObjections", 0).containsEntry("objectionCount", 0);
  }

  @Test
  void aFindingWithoutReasonsOrAnUpheldOneWithRestartIsRefusedAndTheTaskStays() {
    ProcessInstance pi = publish();
    app.object(KEY, "lisi", "李四", "材料不实");
    Task t = investigation(pi);
    assertThatThrownBy(() -> app.investigate(t, "xihu-hr", "upheld", " ", false))
        .hasMessageContaining("请填写核查情况：异议属实的事实依据");
    assertThatThrownBy(() -> app.investigate(t, "xihu-hr", "upheld", "属实", true))
        .hasMessageContaining("异议属实时公示终止，不能选择重新公示");
    assertThatThrownBy(() -> app.complete(t, "xihu-hr", Map.of("findingText", "无结论")))
        .hasMessageContaining("请选择核查结论：属实或不属实");
    assertThat(investigation(pi).getId()).isEqualTo(t.getId());
  }

  @Test
  void aPublicityWithoutItsNumberOfDaysDoesNotStart() {
    Map<String, Object> v = new HashMap<>(Map.of("publicitySubject", "张三", "publicityGroup", UNIT,
        "publicityPlace", "公示栏", "publicityDays", 0));
    assertThatThrownBy(() -> processEngine.getRuntimeService().startProcessInstanceByKey("publicity", KEY, v))
        .hasMessageContaining("publicityDays（公示工作日数）应为1至250之间的整数，现为 0");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void aPeriodIntoAYearWithoutDataRaisesAnIncidentUntilTheYearIsLoaded() throws Exception {
    Map<Integer, YearArrangement> upTo2025 = new TreeMap<>(HolidayCalendar.shipped().years());
    upTo2025.remove(2026);
    app = new ProcessFixture(processEngine, new WorkingDayCalendar(upTo2025));
    setClock("2025-12-29T10:00:00+08:00");
    ProcessInstance pi = publish();

    // weekends only: 12-30, 12-31, 1-1, 1-2, 1-5 → 2026-01-06 00:00, and Cockpit shows why
    assertThat(job(pi).getDuedate()).isEqualTo(at("2026-01-06T00:00:00+08:00"));
    List<Incident> incidents = incidents();
    assertThat(incidents).hasSize(1);
    Incident incident = incidents.get(0);
    assertThat(incident.getIncidentType()).isEqualTo("workingDayCalendarMissing");
    assertThat(incident.getActivityId()).isEqualTo("Timer_PeriodEnd");
    assertThat(incident.getProcessInstanceId()).isEqualTo(pi.getId());
    assertThat(incident.getConfiguration()).isEqualTo("2026");
    assertThat(incident.getIncidentMessage()).startsWith("2026年的法定节假日安排尚未载入：本计时暂按周末计算，至2026年1月5日24时");

    // the administrator loads the 2026 notice (国办发明电〔2025〕7号): 1-1 to 1-3 off, Sunday 1-4 worked
    app.calendar.load(Files.readAllBytes(Path.of("holidays/2026.json")), "admin");
    WorkdayTimers.Result r = app.workdayTimers.recalculate();
    assertThat(r).isEqualTo(new WorkdayTimers.Result(1, 1, 0));
    assertThat(job(pi).getDuedate()).isEqualTo(at("2026-01-07T00:00:00+08:00"));
    assertThat(pi).variables().containsEntry("publicityEnd", at("2026-01-07T00:00:00+08:00"));
    assertThat(incidents()).isEmpty();
  }

  // ---- helpers ----

  private List<Incident> incidents() {
    return processEngine.getRuntimeService().createIncidentQuery().list();
  }

  private Task investigation(ProcessInstance pi) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private List<Task> investigations(ProcessInstance pi) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list();
  }

  private String trail(ProcessInstance pi) {
    return (String) processEngine.getRuntimeService().getVariable(pi.getId(), "reviewTrailText");
  }

  private Map<String, Object> historic(ProcessInstance pi) {
    Map<String, Object> vars = new HashMap<>();
    processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list()
        .forEach(v -> vars.put(v.getName(), v.getValue()));
    return vars;
  }
}
