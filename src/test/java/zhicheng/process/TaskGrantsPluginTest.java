package zhicheng.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import zhicheng.application.TaskListColumns;
import zhicheng.eligibility.IdNumbers;
import zhicheng.eligibility.TestFiles;
import zhicheng.security.OrganisationSetup;
import zhicheng.vocabulary.ProcessKeys;

/**
 * The engine's own task statements, as it makes them on the embedded H2, reach the database rewritten by
 * {@link TaskGrantsPlugin} and answer as before: every task query a reviewer's Tasklist and {@code /engine-rest} make
 * (the filter's list with its order and its count, the candidate-group query, a page, a count, the list columns'
 * variables). Fails when an engine
 * upgrade changes the statements' shape so that the rewrite no longer applies. The same on PostgreSQL, compared with
 * a plain engine's answers for many users: {@code TaskGrantsIntegrationTest}.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:zhicheng-task-grants;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false", "zhicheng.demo.enabled=true",
    "zhicheng.organisation=classpath:organisation/demo.json"})
class TaskGrantsPluginTest {

  static final String PROFILE = """
      {"employerType": "企业", "currentTitleLevel": "中级", "assessments": [{"year": 2020, "result": "合格"},
       {"year": 2021, "result": "优秀"}, {"year": 2022, "result": "优秀"}], "continuingEducation": [
       {"year": 2021, "professional": 60, "industryPublic": 18, "generalPublic": 12},
       {"year": 2022, "professional": 64, "industryPublic": 16, "generalPublic": 10},
       {"year": 2023, "professional": 70, "industryPublic": 20, "generalPublic": 0}]}""";

  @Autowired
  TaskGrantsPlugin plugin;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @Autowired
  FilterService filters;

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void aReviewersQueriesAreRewrittenAndStillShowItsOwnTasksOnly() {
    String xihu = unitTask(declare("hz-xihu-chem", 1));
    String xiaoshan = unitTask(declare("hz-xiaoshan-textile", 2));
    String filter = filters.createFilterQuery().filterName(OrganisationSetup.MY_TASKS_FILTER).singleResult().getId();
    long before = plugin.rewritten();

    identity.setAuthentication("xihu-hr", List.of("unit:hz-xihu-chem"));
    List<String> filtered = ids(filters.listPage(filter, 0, 15));
    long filterCount = filters.count(filter);
    List<String> group = ids(tasks.createTaskQuery().taskCandidateGroup("unit:hz-xihu-chem").listPage(0, 50));
    List<String> all = ids(tasks.createTaskQuery().orderByTaskCreateTime().desc().list());
    long count = tasks.createTaskQuery().count();
    // Tasklist's list columns are task variables, read with the same per-task grants
    List<String> columnsOf = runtime.createVariableInstanceQuery().variableName(TaskListColumns.APPLICANT.name())
        .list().stream().map(VariableInstance::getTaskId).toList();

    assertThat(filtered).contains(xihu).doesNotContain(xiaoshan);
    assertThat(group).contains(xihu).doesNotContain(xiaoshan);
    assertThat(all).contains(xihu).doesNotContain(xiaoshan);
    assertThat(filterCount).isEqualTo(filtered.size());
    assertThat(count).isEqualTo(all.size());
    assertThat(columnsOf).contains(xihu).doesNotContain(xiaoshan);
    assertThat(plugin.rewritten() - before).as("statements rewritten").isEqualTo(6);
    assertThat(plugin.leftAlone()).as("statements of an unknown shape").isZero();
  }

  @Test
  void aQueryWithNoOneSignedInIsNotTouched() {
    long before = plugin.rewritten();
    tasks.createTaskQuery().count(); // the engine's own work: no authorization check, nothing to rewrite
    tasks.createTaskQuery().taskCandidateGroup("unit:hz-xihu-chem").list();
    assertThat(plugin.rewritten()).isEqualTo(before);
    assertThat(plugin.leftAlone()).isZero();
  }

  /** As zhangsan: a declaration to the demo plan and its upload; the instance's id. */
  private String declare(String unit, int person) {
    identity.setAuthentication("zhangsan", List.of(OrganisationSetup.APPLICANT_GROUP));
    try {
      ProcessInstance p = runtime.startProcessInstanceByKey(ProcessKeys.TITLE_APPLICATION, Variables.createVariables()
          .putValue("planId", "hz-2023-hgqf-senior-engineer-demo").putValue("applicantName", "张三")
          .putValue("idNumber", IdNumbers.person(400 + person)).putValue("unitCode", unit)
          .putValue("route", "正常申报").putValue("education", "大学本科").putValue("currentTitle", "工程师")
          .putValue("currentTitleDate", "2017-06-30").putValue("statement", "主持节能改造项目。")
          .putValueTyped("profile", SpinValues.jsonValue(PROFILE).create()));
      Task upload = tasks.createTaskQuery().processInstanceId(p.getId()).singleResult();
      tasks.complete(upload.getId(), Variables.createVariables()
          .putValueTyped("photo", Variables.fileValue("证件照.jpg").file(TestFiles.goodPhoto()).mimeType("image/jpeg").create())
          .putValueTyped("ceCertificate", Variables.fileValue("继续教育学时证明.pdf").file(TestFiles.pdf()).mimeType("application/pdf").create())
          .putValueTyped("assessmentForms", Variables.fileValue("年度考核登记表.pdf").file(TestFiles.pdf()).mimeType("application/pdf").create()));
      return p.getId();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The unit's review task of the application (in its level-review instance). */
  private String unitTask(String application) {
    String level = runtime.createProcessInstanceQuery().superProcessInstanceId(application).singleResult().getId();
    return tasks.createTaskQuery().processInstanceId(level).singleResult().getId();
  }

  private static List<String> ids(List<? extends Task> list) {
    return list.stream().map(Task::getId).toList();
  }
}
