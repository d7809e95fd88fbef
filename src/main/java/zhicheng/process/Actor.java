package zhicheng.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completed a task: the authenticated user of the call, else the assignee. */
public final class Actor {

  private Actor() {}

  public static String of(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      return auth.getUserId();
    }
    return task.getAssignee() == null ? "未登录用户" : task.getAssignee();
  }
}
