package zhicheng.process;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's question at the start of every authorized command, "which groups hold any grant at all?" (Camunda
 * 7.24, {@code Authorization.xml}: {@code SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A}), answered on
 * PostgreSQL by walking the engine's own index on {@code GROUP_ID_} from one group to the next instead of reading
 * every grant. The engine keeps one grant per open task for its candidate group, so the table grows with the open
 * tasks (20,344 rows at 20,000 applications) while the groups stay a few hundred: the plain statement costs a scan of
 * the whole table in every command (five in one Tasklist page), the walk one index probe per group.
 *
 * <pre>
 * WITH RECURSIVE ZC_GRANT_GROUPS … each step: the smallest GROUP_ID_ greater than the last …
 * SELECT GROUP_ID_ … UNION ALL SELECT NULL WHERE EXISTS (… GROUP_ID_ IS NULL)
 * </pre>
 * The same set of values, the null of users' own grants included. PostgreSQL only: the statement relies on its
 * recursive queries and on a {@code LIMIT} inside a scalar subquery; other databases get the engine's text.
 */
public final class AuthorizedGroupsSql {

  private static final Pattern ENGINE = Pattern.compile(
      "\\A\\s*SELECT\\s+distinct\\s*\\(\\s*A\\.GROUP_ID_\\s*\\)\\s+FROM\\s+(\\S*)ACT_RU_AUTHORIZATION\\s+A\\s*\\z",
      Pattern.CASE_INSENSITIVE);

  private AuthorizedGroupsSql() {}

  /** The index walk for the engine's statement, or empty if the statement is not the one this knows. */
  public static Optional<String> rewrite(String sql) {
    Matcher engine = ENGINE.matcher(sql);
    if (!engine.matches()) {
      return Optional.empty();
    }
    String table = engine.group(1) + "ACT_RU_AUTHORIZATION";
    return Optional.of("WITH RECURSIVE ZC_GRANT_GROUPS (GROUP_ID_) AS ("
        + "(SELECT GROUP_ID_ FROM " + table + " WHERE GROUP_ID_ IS NOT NULL ORDER BY GROUP_ID_ LIMIT 1)"
        + " UNION ALL SELECT (SELECT A.GROUP_ID_ FROM " + table + " A WHERE A.GROUP_ID_ > G.GROUP_ID_"
        + " ORDER BY A.GROUP_ID_ LIMIT 1) FROM ZC_GRANT_GROUPS G WHERE G.GROUP_ID_ IS NOT NULL)"
        + " SELECT GROUP_ID_ FROM ZC_GRANT_GROUPS WHERE GROUP_ID_ IS NOT NULL"
        + " UNION ALL SELECT NULL WHERE EXISTS (SELECT 1 FROM " + table + " WHERE GROUP_ID_ IS NULL)");
  }
}
