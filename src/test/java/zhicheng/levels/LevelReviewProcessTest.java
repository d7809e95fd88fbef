package zhicheng.levels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static zhicheng.process.ProcessFixture.at;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import zhicheng.process.ProcessFixture;

/**
 * level-review on its own, as any plan's level calls it: the group and the deadline come in as variables,
 * the outcome goes out as {@code levelOutcome}. Deadline: the unit level of seed 004, 2023-09-07. Started on its
 * own, the instance is its own application: it holds the profile and the uploaded files a correction is checked on.
 */
@Deployment(resources = {"processes/level-review.bpmn", "forms/level-review.form", "forms/level-review-unit.form",
    "forms/correction.form",
    "processes/route-years.dmn", "processes/continuing-education.dmn"})
class LevelReviewProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder()
          .configurationResource("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  private static final String END_OF_SEPT_7 = "2023-09-08T00:00:00+08:00";

  ProcessEngine processEngine;
  ProcessFixture app;

  @BeforeEach
  void setUp() throws Exception {
    BpmnAwareTests.init(processEngine);
    app = new ProcessFixture(processEngine);
    setClock("2023-09-01T09:00:00+08:00");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private ProcessInstance startLevel() {
    return startLevel("用人单位审核", Map.of());
  }

  /** A level named {@code levelName}, with {@code more} variables beside the declaration and the materials. */
  private ProcessInstance startLevel(String levelName, Map<String, Object> more) {
    Map<String, Object> v = new HashMap<>(ProcessFixture.declaration());
    v.put("applicant", "zhangsan");
    v.putAll(ProcessFixture.materials());
    v.put("levelName", levelName);
    v.put("reviewGroup", "unit:hz-xihu-chem");
    v.put("levelDeadline", at(END_OF_SEPT_7));
    v.putAll(more);
    return processEngine.getRuntimeService().startProcessInstanceByKey("level-review", "ZC-TEST", v);
  }

  @Test
  void pass() {
    ProcessInstance pi = startLevel();
    assertThat(task(pi)).hasCandidateGroup("unit:hz-xihu-chem").hasDueDate(at(END_OF_SEPT_7));
    assertThat(job(pi)).hasDueDate(at(END_OF_SEPT_7));
    app.review(pi, "xihu-hr", "pass", "同意推荐");
    assertThat(pi).isEnded().hasPassed("EndEvent_LevelPassed", "EndEvent_LevelReviewed")
        .variables().containsEntry("levelOutcome", "passed").containsEntry("levelReason", "同意推荐");
  }

  @Test
  void theUnitsLevelHasTheUnitsOwnFormTheOthersTheCommonOne() {
    Map<String, String> forms = new HashMap<>();
    for (String level : List.of("unit", "county", "office")) {
      ProcessInstance pi = startLevel(level, Map.of("levelKey", level));
      Task review = processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
          .initializeFormKeys().singleResult();
      forms.put(level, review.getCamundaFormRef().getKey());
      assertThat(review).hasDefinitionKey(LevelVariables.REVIEW_TASK);
      assertThat(processEngine.getTaskService().getVariableLocal(review.getId(), LevelVariables.REVIEW_FORM.name()))
          .isEqualTo(forms.get(level));
    }
    assertThat(forms).containsExactlyInAnyOrderEntriesOf(
        Map.of("unit", "level-review-unit", "county", "level-review", "office", "level-review"));
  }

  @Test
  void returnThenResubmitThenPass() {
    ProcessInstance pi = startLevel();
    app.review(pi, "xihu-hr", "return", "缺少聘书");
    assertThat(task(pi)).hasDefinitionKey("UserTask_Correction").isAssignedTo("zhangsan");
    assertThat(pi).variables().containsEntry("returnReason", "缺少聘书").doesNotContainKey("levelOutcome");
    app.complete(task(pi), "zhangsan", Map.of("currentTitle", "工程师（已补聘书）"));
    assertThat(task(pi)).hasDefinitionKey("UserTask_Review");
    app.review(pi, "xihu-hr", "pass", "已补齐");
    assertThat(pi).isEnded().variables().containsEntry("levelOutcome", "passed")
        .containsEntry("currentTitle", "工程师（已补聘书）");
  }

  @Test
  void reject() {
    ProcessInstance pi = startLevel();
    app.review(pi, "xihu-hr", "reject", "非本单位在职人员");
    assertThat(pi).isEnded().hasPassed("EndEvent_LevelRejected")
        .variables().containsEntry("levelOutcome", "rejected").containsEntry("levelReason", "非本单位在职人员");
  }

  @Test
  void overdueWhileReviewing() {
    ProcessInstance pi = startLevel();
    ClockUtil.setCurrentTime(at(END_OF_SEPT_7));
    execute(job(pi));
    assertThat(pi).isEnded().hasPassed("ServiceTask_RecordOverdue", "EndEvent_LevelOverdue")
        .hasNotPassed("EndEvent_LevelReviewed")
        .variables().containsEntry("levelOutcome", "overdue")
        .containsEntry("levelReason", "本级未在2023年9月7日前完成用人单位审核，逾期不予受理");
    assertThat(processEngine.getTaskService().createTaskQuery().count()).isZero();
  }

  @Test
  void overdueWhileTheApplicantCorrects() {
    ProcessInstance pi = startLevel();
    app.review(pi, "xihu-hr", "return", "缺少聘书");
    ClockUtil.setCurrentTime(at(END_OF_SEPT_7));
    execute(job(pi));
    assertThat(pi).isEnded().hasPassed("EndEvent_LevelOverdue")
        .variables().containsEntry("levelOutcome", "overdue")
        .containsEntry("levelReason", "申报人未在2023年9月7日前重新提交退回修改的材料，逾期不予受理");
  }
}
