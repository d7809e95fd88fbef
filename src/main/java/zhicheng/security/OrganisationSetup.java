package zhicheng.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.stereotype.Component;

import zhicheng.application.TaskListColumns;
import zhicheng.forwarding.Forwarding;
import zhicheng.organisation.Organisation;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.PlanRepository;
import zhicheng.vocabulary.ProcessKeys;

/**
 * Makes the engine's identity and authorizations match the organisation, on every start and idempotently:
 * one group per reviewing body, what each group may do, the Tasklist filter, and (embedded default only)
 * the demo accounts. Task visibility itself needs no grant here: the engine gives a task's candidate group
 * and assignee READ/UPDATE on that task alone, so a unit sees only tasks addressed to it.
 */
@Component
public class OrganisationSetup {

  private static final Logger LOG = LoggerFactory.getLogger(OrganisationSetup.class);
  public static final String APPLICANT_GROUP = "applicant";
  /** The payment platform's technical account(s): may report payments over /api, nothing else. */
  public static final String PAYMENT_GATEWAY_GROUP = "payment-gateway";
  public static final String MY_TASKS_FILTER = "我的待办（按截止日期）";

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final OrganisationRepository organisation;
  private final PlanRepository plans;
  private final boolean demo;
  private final String demoPassword;
  private final String organisationLocation;
  /** Set once the groups, grants and filter are written: until then sign-ins may fail (the readiness probe waits). */
  private volatile boolean applied;

  public OrganisationSetup(IdentityService identity, AuthorizationService authorizations, FilterService filters,
      TaskService tasks, OrganisationRepository organisation, PlanRepository plans,
      @Value("${zhicheng.demo.enabled:false}") boolean demo,
      @Value("${zhicheng.demo.password:demo}") String demoPassword,
      @Value("${zhicheng.organisation:}") String organisationLocation) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
    this.organisation = organisation;
    this.plans = plans;
    this.demo = demo;
    this.demoPassword = demoPassword;
    this.organisationLocation = organisationLocation;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void apply() throws IOException {
    Organisation org = organisation.get();
    group(APPLICANT_GROUP, "申报人");
    List<String> reviewerGroups = new ArrayList<>();
    org.reviewerGroups().forEach((id, name) -> reviewerGroups.add(group(id, name)));
    org.committees().forEach(c -> reviewerGroups.add(
        group(c.expertGroupId(), c.name().replaceAll("办公室$", "") + "评审专家")));
    group(PAYMENT_GATEWAY_GROUP, "缴费平台（技术账号）");

    for (String g : reviewerGroups) {
      grant(g, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }
    grant(APPLICANT_GROUP, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(APPLICANT_GROUP, Resources.PROCESS_DEFINITION, ProcessKeys.TITLE_APPLICATION,
        Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(APPLICANT_GROUP, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    // a committee office opens its sittings (评审会); the sitting itself refuses another committee's office
    for (Organisation.Committee c : org.committees()) {
      grant(c.groupId(), Resources.PROCESS_DEFINITION, ProcessKeys.COMMITTEE_SESSION,
          Permissions.READ, Permissions.CREATE_INSTANCE);
      grant(c.groupId(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
    // a level that has a level after it in some plan's chain forwards its batches (报送花名册); the batch itself
    // refuses a plan in which the starter's body is no such level
    for (String g : Forwarding.forwardingGroups(plans.choices(), org)) {
      grant(g, Resources.PROCESS_DEFINITION, ProcessKeys.BATCH_FORWARDING, Permissions.READ, Permissions.CREATE_INSTANCE);
      grant(g, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
    myTasksFilter();
    if (demo) {
      demoAccounts();
    }
    applied = true;
  }

  /** Whether this start's groups, grants, filter (and demo accounts) are in the engine (zhicheng.operations). */
  public boolean applied() {
    return applied;
  }

  private String group(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group g = identity.newGroup(id);
      g.setName(name);
      g.setType("WORKFLOW");
      identity.saveGroup(g);
      LOG.info("已创建用户组 {}（{}）", id, name);
    }
    return id;
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization auth = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (auth == null) {
      auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      auth.setGroupId(groupId);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
    }
    for (Permission p : permissions) {
      auth.addPermission(p);
    }
    authorizations.saveAuthorization(auth);
  }

  /**
   * Everyone's Tasklist opens on their own tasks and their groups' tasks, the nearest deadline first, with the
   * applicant and unit shown in the list. Written on every start, so a changed definition reaches old databases.
   */
  private void myTasksFilter() {
    Filter filter = filters.createFilterQuery().filterName(MY_TASKS_FILTER).singleResult();
    boolean created = filter == null;
    if (created) {
      filter = filters.newTaskFilter(MY_TASKS_FILTER);
    }
    filter.setQuery(tasks.createTaskQuery()
        .or()
          .taskAssigneeExpression("${currentUser()}")
          .taskCandidateUserExpression("${currentUser()}")
          .taskCandidateGroupInExpression("${currentUserGroups()}")
        .endOr()
        .orderByDueDate().asc());
    Map<String, Object> properties = new HashMap<>();
    properties.put("description", "分配给我或我所在组的任务，截止日期近的在前");
    properties.put("priority", -10);
    properties.put("refresh", true);
    // Tasklist expects this list; without it, it reports "Loading the filters finished with failures"
    // task variables of each task's own (TaskListColumns): the list shows only what the caller may read, and a
    // reviewer may read its task, not the application's process variables
    properties.put("variables", List.of(
        Map.of("name", TaskListColumns.APPLICANT.name(), "label", "申报人"),
        Map.of("name", TaskListColumns.UNIT.name(), "label", "工作单位")));
    filter.setProperties(properties);
    filters.saveFilter(filter);
    if (created) {
      Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      everyone.setResource(Resources.FILTER);
      everyone.setResourceId(filter.getId());
      everyone.addPermission(Permissions.READ);
      authorizations.saveAuthorization(everyone);
    }
  }

  private void demoAccounts() throws IOException {
    JsonNode accounts = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .readTree(new DefaultResourceLoader().getResource(organisationLocation).getInputStream())
        .path("accounts");
    for (JsonNode a : accounts) {
      String id = a.path("id").asText();
      if (identity.createUserQuery().userId(id).count() == 0) {
        User u = identity.newUser(id);
        u.setFirstName(a.path("firstName").asText());
        u.setLastName(a.path("lastName").asText());
        u.setPassword(demoPassword);
        identity.saveUser(u);
      }
      for (JsonNode g : a.path("groups")) {
        if (identity.createUserQuery().userId(id).memberOfGroup(g.asText()).count() == 0) {
          identity.createMembership(id, g.asText());
        }
      }
    }
    LOG.warn("演示模式：已载入演示账号 {} 个（密码见 README「Demo accounts」），请勿用于生产环境", accounts.size());
  }
}
