package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import zhicheng.application.TaskListColumns;
import zhicheng.process.AuthorizedGroupsSql;
import zhicheng.process.TaskGrantsPlugin;
import zhicheng.security.OrganisationSetup;

/**
 * The rewritten task queries ({@link TaskGrantsPlugin}) answer exactly what the engine's own SQL answers, on the real
 * PostgreSQL: for each kind of user — a unit's HR, a district, a committee office, an applicant, a user whose grant
 * names a process definition, a user with a grant on every task ({@code '*'}), a user with no grant — the same
 * task ids and the same counts from the app's engine (rewritten) and from a plain engine without the plugin on the
 * same schema, for Tasklist's filter (an {@code or} query ordered by due date, a page and its count), a
 * candidate-group page, all tasks, a process definition's tasks, and the variables Tasklist lists beside tasks (the
 * variable query carries the same per-task grants). The groups holding grants, read by an index walk on PostgreSQL,
 * are the same set as the engine's own statement gives. Fails, too, if the app's statements went to the database
 * unrewritten.
 */
@PostgresAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskGrantsIntegrationTest extends DemoRest {

  static final String SCHEMA = PostgresSchema.PREFIX + "_grants";
  static final String DEFINITION_READER = "level-reader";
  static final String EVERY_TASK_READER = "every-task-reader";
  static final String GROUP_READER = "county-helper";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    PostgresSchema.use(registry, SCHEMA);
  }

  @Autowired
  ProcessEngine app;
  @Autowired
  TaskGrantsPlugin plugin;

  ProcessEngine plain;

  @BeforeAll
  void applicationsAtEveryStageAndAPlainEngine() throws Exception {
    declare("zhangsan", "张三", "hz-xihu-chem"); // at 西湖精细化工
    declare("lisi", "李四", "hz-xiaoshan-textile"); // at 萧山纺织
    JsonNode district = declare("wangwu", "王五", "hz-xihu-chem");
    pass("xihu-hr", district.get("businessKey").asText());
    endPublicity(district.get("id").asText()); // at 西湖区经信局
    JsonNode office = declare("lisi", "李四", "hz-xihu-chem");
    pass("xihu-hr", office.get("businessKey").asText());
    endPublicity(office.get("id").asText());
    pass("xihu-jxj", office.get("businessKey").asText()); // at the committee office
    start("zhangsan", "张三", "hz-xiaoshan-textile", nextIdNumber()); // zhangsan's upload
    grants(app);

    ProcessEngineConfigurationImpl c = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneProcessEngineConfiguration()
        .setDataSource(PostgresSchema.dataSource(SCHEMA))
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
        .setJobExecutorActivate(false)
        .setAuthorizationEnabled(true)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setProcessEngineName("plain-" + SCHEMA);
    c.setDatabaseSchema(SCHEMA);
    c.setDatabaseTablePrefix(SCHEMA + ".");
    c.setCmmnEnabled(false);
    c.setStandaloneTasksEnabled(false);
    c.getProcessEnginePlugins().add(new SpinProcessEnginePlugin()); // the app's JSON variables, read back
    c.setEnforceSpecificVariablePermission(true); // as application.yaml: variables need READ_VARIABLE
    plain = c.buildProcessEngine();
  }

  @AfterAll
  void closePlainEngine() {
    if (plain != null) {
      plain.close();
    }
  }

  /**
   * A user granted READ_TASK on level-review, one granted READ on every task (both in a group with no grant), a group
   * granted one task.
   */
  private void grants(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (String id : List.of(DEFINITION_READER, EVERY_TASK_READER, GROUP_READER)) {
      User u = identity.newUser(id);
      u.setPassword("demo");
      identity.saveUser(u);
    }
    Group helpers = identity.newGroup("helpers:330106");
    identity.saveGroup(helpers);
    identity.createMembership(GROUP_READER, "helpers:330106");
    // Tasklist's filter asks for the user's groups' tasks, and the engine refuses an empty list of groups
    Group readers = identity.newGroup("readers");
    identity.saveGroup(readers);
    identity.createMembership(DEFINITION_READER, "readers");
    identity.createMembership(EVERY_TASK_READER, "readers");
    grant(authorizations, DEFINITION_READER, null, Resources.PROCESS_DEFINITION, "level-review",
        Permissions.READ_TASK);
    grant(authorizations, EVERY_TASK_READER, null, Resources.TASK, "*", Permissions.READ);
    String districtTask = engine.getTaskService().createTaskQuery().taskCandidateGroup("county:330106").list().get(0)
        .getId();
    grant(authorizations, null, "helpers:330106", Resources.TASK, districtTask, Permissions.READ);
  }

  private static void grant(AuthorizationService authorizations, String user, String group, Resources resource,
      String resourceId, Permissions permission) {
    Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    a.setUserId(user);
    a.setGroupId(group);
    a.setResource(resource);
    a.setResourceId(resourceId);
    a.addPermission(permission);
    authorizations.saveAuthorization(a);
  }

  @Test
  void everyKindOfUserSeesAndCountsTheSameTasksAsWithTheEnginesOwnSql() {
    long rewrittenBefore = plugin.rewritten();
    Map<String, Integer> seen = new java.util.LinkedHashMap<>();
    Map<String, Integer> columns = new java.util.LinkedHashMap<>();
    for (String user : List.of("xihu-hr", "xiaoshan-hr", "xihu-jxj", "hgqf-office", "zhangsan", "lisi",
        DEFINITION_READER, EVERY_TASK_READER, GROUP_READER, "expert1")) {
      List<Object> rewritten = answers(app, user);
      List<Object> original = answers(plain, user);
      assertThat(rewritten).as(user).isEqualTo(original);
      seen.put(user, ((List<?>) rewritten.get(0)).size());
      columns.put(user, ((List<?>) rewritten.get(rewritten.size() - 3)).size());
    }
    // each kind saw what it should, so that equal empty answers cannot pass for equal ones
    TaskService engine = app.getTaskService(); // no one signed in: every task
    assertThat(seen).as("tasks each user sees").containsEntry("xihu-hr", 1).containsEntry("xiaoshan-hr", 1)
        .containsEntry("xihu-jxj", 1).containsEntry("hgqf-office", 1).containsEntry(GROUP_READER, 1)
        .containsEntry(DEFINITION_READER, (int) engine.createTaskQuery().processDefinitionKey("level-review").count())
        .containsEntry(EVERY_TASK_READER, (int) engine.createTaskQuery().count()).containsEntry("expert1", 0);
    assertThat(seen.get("zhangsan")).isPositive();
    assertThat(columns).as("list columns (申报人, 工作单位) each user reads").containsEntry("xihu-hr", 2)
        .containsEntry(GROUP_READER, 0).containsEntry("expert1", 0);
    assertThat(seen.get(EVERY_TASK_READER)).isGreaterThan(seen.get(DEFINITION_READER));
    assertThat(plugin.rewritten() - rewrittenBefore).as("the app's statements went rewritten").isGreaterThan(50);
    assertThat(plugin.leftAlone()).isZero();
  }

  /** What {@code user} gets from {@code engine} for each query a reviewer's Tasklist or /engine-rest makes. */
  private List<Object> answers(ProcessEngine engine, String user) {
    IdentityService identity = engine.getIdentityService();
    TaskService tasks = engine.getTaskService();
    FilterService filters = engine.getFilterService();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    String filter = filters.createFilterQuery().filterName(OrganisationSetup.MY_TASKS_FILTER).singleResult().getId();
    identity.setAuthentication(user, groups);
    try {
      Function<List<? extends Task>, List<String>> ids = list -> list.stream().map(Task::getId).sorted().toList();
      Function<List<? extends Task>, List<String>> inOrder = list -> list.stream().map(Task::getId).toList();
      List<Object> answers = new ArrayList<>();
      answers.add(ids.apply(tasks.createTaskQuery().list()));
      answers.add(tasks.createTaskQuery().count());
      answers.add(ids.apply(filters.list(filter)));
      answers.add(filters.count(filter));
      answers.add(ids.apply(filters.listPage(filter, 0, 2)).size());
      answers.add(inOrder.apply(tasks.createTaskQuery().orderByTaskId().asc().listPage(1, 2)));
      for (String group : groups) {
        answers.add(ids.apply(tasks.createTaskQuery().taskCandidateGroup(group).listPage(0, 50)));
        answers.add(tasks.createTaskQuery().taskCandidateGroup(group).count());
      }
      answers.add(ids.apply(tasks.createTaskQuery().processDefinitionKey("level-review").list()));
      answers.add(inOrder.apply(tasks.createTaskQuery().or().taskAssignee(user).taskCandidateUser(user)
          .taskCandidateGroupIn(groups.isEmpty() ? List.of("none") : groups).endOr().orderByDueDate().asc()
          .orderByTaskId().asc().list()));
      answers.add(ids.apply(tasks.createTaskQuery().taskCandidateGroup("unit:hz-xihu-chem").list()));
      // Tasklist's list columns for a page of tasks, and every variable the user may read
      RuntimeService runtime = engine.getRuntimeService();
      List<String> visibleTasks = ids.apply(tasks.createTaskQuery().list());
      Function<List<VariableInstance>, List<String>> variables = list -> list.stream()
          .map(v -> v.getName() + "=" + v.getValue()).sorted().toList();
      answers.add(variables.apply(runtime.createVariableInstanceQuery()
          .variableNameIn(TaskListColumns.APPLICANT.name(), TaskListColumns.UNIT.name())
          .variableScopeIdIn(visibleTasks.isEmpty() ? new String[] {"none"} : visibleTasks.toArray(String[]::new))
          .list()));
      answers.add(runtime.createVariableInstanceQuery().disableBinaryFetching().disableCustomObjectDeserialization()
          .list().stream().map(VariableInstance::getId).sorted().toList());
      answers.add(runtime.createVariableInstanceQuery().count());
      return answers;
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void theGroupsHoldingGrantsAreTheSameByTheIndexWalk() {
    JdbcTemplate jdbc = new JdbcTemplate(PostgresSchema.dataSource(SCHEMA));
    String engines = "SELECT distinct(A.GROUP_ID_) FROM " + SCHEMA + ".ACT_RU_AUTHORIZATION A";
    List<String> plainAnswer = jdbc.queryForList(engines, String.class);
    List<String> walked = jdbc.queryForList(AuthorizedGroupsSql.rewrite(engines).orElseThrow(), String.class);

    assertThat(walked).containsExactlyInAnyOrderElementsOf(plainAnswer);
    assertThat(plainAnswer).as("groups with grants, and users' own grants").contains("unit:hz-xihu-chem").containsNull();
    long before = plugin.groupWalks();
    IdentityService identity = app.getIdentityService();
    identity.setAuthentication("xihu-hr", List.of("unit:hz-xihu-chem"));
    try {
      assertThat(app.getTaskService().createTaskQuery().count()).isEqualTo(1);
    } finally {
      identity.clearAuthentication();
    }
    assertThat(plugin.groupWalks()).as("the app's engine asked by the walk").isGreaterThan(before);
  }

  @Test
  void theRestApiGivesAReviewerItsOwnTasks() throws Exception {
    JsonNode list = body(call("xihu-hr", HttpMethod.GET, "/engine-rest/task?candidateGroup=unit:hz-xihu-chem", null));
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("name").asText()).isNotBlank();
  }
}
