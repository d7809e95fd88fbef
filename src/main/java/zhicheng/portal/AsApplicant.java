package zhicheng.portal;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import zhicheng.security.CurrentUser;

/**
 * Runs engine calls as the signed-in person, as Tasklist does: the engine checks that person's authorizations and
 * the task-holder guard (zhicheng.security.TaskHolderGuard) applies its rules, exactly as over /engine-rest. The pages
 * never act on the engine as the application itself.
 */
@Component
public class AsApplicant {

  private final IdentityService identity;

  public AsApplicant(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T call(CurrentUser user, Supplier<T> work) {
    identity.setAuthentication(user.id(), user.groups());
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  public void run(CurrentUser user, Runnable work) {
    call(user, () -> {
      work.run();
      return null;
    });
  }
}
