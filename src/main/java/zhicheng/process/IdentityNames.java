package zhicheng.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * {@link PersonNames} from Camunda's identity: a user's first and last name as Camunda Admin holds them (the demo
 * organisation's accounts: “赵敏” “西湖精细化工·人事”). Ids without a user (“系统”) or without a name have none. One
 * lookup per id for the documents of one step.
 */
public final class IdentityNames implements PersonNames {

  private final IdentityService identity;
  private final Map<String, Optional<String>> known = new HashMap<>();

  public IdentityNames(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Optional<String> nameOf(String userId) {
    return known.computeIfAbsent(userId, id -> {
      User user = identity.createUserQuery().userId(id).singleResult();
      return user == null ? Optional.empty() : PersonNames.fullName(user.getFirstName(), user.getLastName());
    });
  }
}
