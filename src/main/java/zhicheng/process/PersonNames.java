package zhicheng.process;

import java.util.Optional;

/**
 * The names of the people who decided, as the documents print them. The review trail keeps the login id (who
 * completed the task, as the engine knows them); a paper form is read by people, so it names the person and keeps the
 * id beside it: “赵敏 西湖精细化工·人事（xihu-hr）”. Engine-free: the listener passes a lookup into Camunda's identity
 * (first and last name as Camunda Admin holds them and Tasklist shows them), a test passes a map.
 */
@FunctionalInterface
public interface PersonNames {

  /** Nobody has a name: every reviewer is printed by id. */
  PersonNames NONE = id -> Optional.empty();

  /** The person's name, if the identity has one for this id (“系统” and unknown ids have none). */
  Optional<String> nameOf(String userId);

  /** “name（id）”, or the id alone when there is no name. */
  default String label(String userId) {
    if (userId == null || userId.isBlank()) {
      return userId;
    }
    return nameOf(userId).filter(n -> !n.isBlank() && !n.equals(userId))
        .map(n -> n.trim() + "（" + userId + "）").orElse(userId);
  }

  /** First and last name as Tasklist shows them (“赵敏 西湖精细化工·人事”); empty when both are blank. */
  static Optional<String> fullName(String firstName, String lastName) {
    String name = ((firstName == null ? "" : firstName.trim()) + " " + (lastName == null ? "" : lastName.trim())).trim();
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }
}
