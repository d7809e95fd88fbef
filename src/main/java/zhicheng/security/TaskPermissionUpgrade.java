package zhicheng.security;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tasks created before {@code defaultUserPermissionNameForTask: TASK_WORK} gave their holders {@code UPDATE}: the
 * right to rewrite the task's variables and hand it over (docs/security.md). The engine grants new tasks the narrow
 * permissions only, so on start every task grant that still carries {@code UPDATE} is narrowed to what a new task's
 * holder gets: READ, TASK_WORK, READ_VARIABLE. Idempotent: once narrowed, no grant is found again.
 */
@Component
public class TaskPermissionUpgrade {

  private static final Logger LOG = LoggerFactory.getLogger(TaskPermissionUpgrade.class);
  private static final int PAGE = 500;

  private final AuthorizationService authorizations;

  public TaskPermissionUpgrade(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void narrowOldTaskGrants() {
    int narrowed = 0;
    int kept = 0;
    List<Authorization> page;
    do {
      // each narrowed grant leaves the result, so the next page starts after the grants that were kept
      page = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
          .resourceType(Resources.TASK).hasPermission(TaskPermissions.UPDATE).listPage(kept, PAGE);
      for (Authorization grant : page) {
        if (!isHoldersGrant(grant)) {
          kept++; // the administrators' grant on every task ("*") stays as it is
          continue;
        }
        grant.removePermission(TaskPermissions.UPDATE);
        grant.addPermission(TaskPermissions.READ);
        grant.addPermission(TaskPermissions.TASK_WORK);
        grant.addPermission(TaskPermissions.READ_VARIABLE);
        authorizations.saveAuthorization(grant);
        narrowed++;
      }
    } while (page.size() == PAGE);
    if (narrowed > 0) {
      LOG.info("已将 {} 条旧任务授权由 UPDATE 收窄为 READ、TASK_WORK、READ_VARIABLE（任务持有人不能改写流程数据）", narrowed);
    }
  }

  /** A grant the engine made for one task's assignee, candidate user or candidate group. */
  static boolean isHoldersGrant(Authorization grant) {
    return !Authorization.ANY.equals(grant.getResourceId())
        && !GuardInterceptor.ADMIN_GROUP.equals(grant.getGroupId());
  }
}
