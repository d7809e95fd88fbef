package zhicheng.process;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's queries that check the signed-in user's grants per task (Camunda 7.24: the task list and count of
 * {@code Task.xml}, the variable list and count of {@code VariableInstance.xml}), with that check written so that
 * PostgreSQL answers them in time linear in the rows instead of rows × grants. Plain text in, plain text out; no
 * engine types.
 *
 * <p>The engine joins the grants as
 * {@code inner join (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE … user, groups, resource types, permissions …) AUTH
 * ON (AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*'))} (the variable query: a {@code left join}, and the resource named by
 * {@code RES.PROC_INST_ID_, PROC_EXECUTION.ID_, PROCDEF.KEY_, RES.TASK_ID_, '*'}). Every open task has a grant of its
 * own for its candidate group (that grant is what keeps a unit to its own applicants), so a reviewer's group holds as
 * many grants as tasks, and PostgreSQL can neither hash nor merge on a many-way {@code IN}: it pairs every row with
 * every grant (490,700 pairs thrown away at 701 tasks; 210,000 for the 30 variables of a Tasklist page at 7,001).
 * Here the same grants become a common table expression at the head of the statement, and the join checks membership
 * with uncorrelated {@code IN} subqueries, which PostgreSQL hashes once per statement:
 * <pre>
 * WITH ZC_TASK_GRANTS AS (SELECT A.* … the engine's text, unchanged …)
 * select … inner join (select '*' as RESOURCE_ID_) AUTH ON (RES.ID_ IN (select RESOURCE_ID_ from ZC_TASK_GRANTS)
 *   OR D.KEY_ IN (select RESOURCE_ID_ from ZC_TASK_GRANTS) OR exists (select 1 from ZC_TASK_GRANTS where RESOURCE_ID_ = '*'))
 * </pre>
 * A row passes exactly when one of the grants names one of the engine's columns or {@code '*'}: the engine's
 * condition. The one-row {@code AUTH} keeps the name the engine's {@code where} clause tests
 * ({@code AUTH.RESOURCE_ID_ IS NOT NULL}; with the left join it is null exactly when no grant matched), and the rows
 * are no longer multiplied by matching grants: so the rewrite is made only where the engine lists or counts
 * {@code distinct} rows, and the answer is the same.
 *
 * <p>Where only a few rows are checked (the variables of the tasks a Tasklist page lists), hashing every grant of the
 * group costs more than looking up each row's grants: {@link #probePerRow} writes the check as a correlated
 * {@code EXISTS} over the engine's own grants query, an index probe per row.
 *
 * <p>The statement's parameters keep their number and order: the grants' {@code ?}s move to the front, so the rewrite
 * is made only when none comes before them (the probe moves nothing). Anything not of this exact shape (another engine version, a second
 * check, no {@code distinct}) is {@linkplain Optional#empty() left as it is}.
 */
public final class TaskGrantsSql {

  /** The name of the grants' common table expression. */
  static final String GRANTS = "ZC_TASK_GRANTS";

  private static final Pattern JOIN_START = Pattern.compile(
      "\\b(inner|left) join\\s*\\(\\s*SELECT A\\.\\*\\s+FROM\\s+\\S*ACT_RU_AUTHORIZATION A\\s+WHERE\\s",
      Pattern.CASE_INSENSITIVE);
  /** {@code AUTH ON (AUTH.RESOURCE_ID_ IN (a column, another, …, '*'))}: the columns are group 1. */
  private static final Pattern JOIN_CONDITION = Pattern.compile(
      "\\A\\s*AUTH\\s+ON\\s*\\(\\s*AUTH\\.RESOURCE_ID_\\s+IN\\s*\\(((?:\\s*\\w+\\.\\w+\\s*,)+)\\s*'\\*'\\s*\\)\\s*\\)",
      Pattern.CASE_INSENSITIVE);
  /** The engine lists or counts distinct rows; without it the grants' multiplication of rows would be an answer. */
  private static final Pattern DISTINCT = Pattern.compile("\\bdistinct\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ALREADY = Pattern.compile("\\A\\s*WITH\\s", Pattern.CASE_INSENSITIVE);

  private TaskGrantsSql() {}

  /** The statement with its grants checked by hashed membership, or empty if it is not the shape this knows. */
  public static Optional<String> rewrite(String sql) {
    return join(sql).filter(j -> j.before().indexOf('?') < 0) // the grants' parameters move to the front
        .map(j -> {
          StringBuilder check = new StringBuilder();
          for (String column : j.columns()) {
            check.append(column).append(" IN (select RESOURCE_ID_ from ").append(GRANTS).append(") OR ");
          }
          return "WITH " + GRANTS + " AS (" + j.grants() + ")\n" + j.before()
              + j.kind() + " join (select '*' as RESOURCE_ID_) AUTH ON ("
              + check + "exists (select 1 from " + GRANTS + " where RESOURCE_ID_ = '*'))" + j.after();
        });
  }

  /**
   * The statement with each row's grants looked up by the engine's index on {@code RESOURCE_ID_}, for statements
   * that check a few rows (Tasklist's list columns: the variables of the listed tasks): a correlated {@code EXISTS}
   * over the engine's own grants query, which PostgreSQL runs as an index probe per row (30 rows: 1.3 ms, against
   * 13–21 ms for hashing all 7,001 grants of a group four times, and 34 ms for the engine's join). Over many rows the
   * hashed form is the faster one. Nothing moves, so the parameters keep their places; empty if not this shape.
   */
  public static Optional<String> probePerRow(String sql) {
    return join(sql).map(j -> j.before() + j.kind() + " join (select '*' as RESOURCE_ID_) AUTH ON (exists (select 1 from ("
        + j.grants() + ") ZC_GRANT where ZC_GRANT.RESOURCE_ID_ IN (" + String.join(", ", j.columns()) + ", '*')))"
        + j.after());
  }

  /** The engine's grants join of a statement: the text before it, its kind, its query, its columns, what follows. */
  private record Join(String before, String kind, String grants, List<String> columns, String after) {}

  private static Optional<Join> join(String sql) {
    if (ALREADY.matcher(sql).find()) {
      return Optional.empty();
    }
    Matcher start = JOIN_START.matcher(sql);
    if (!start.find()) {
      return Optional.empty();
    }
    int open = sql.indexOf('(', start.start());
    int close = matchingParenthesis(sql, open);
    if (close < 0) {
      return Optional.empty();
    }
    String grants = sql.substring(open + 1, close);
    String after = sql.substring(close + 1);
    Matcher condition = JOIN_CONDITION.matcher(after);
    String before = sql.substring(0, start.start());
    if (!condition.find()
        || !DISTINCT.matcher(before).find()
        // uncorrelated: nothing of the task's row inside the grants' query
        || grants.toUpperCase(Locale.ROOT).contains("RES.")
        // one check only; another join on the grants (a composite check) is not this shape
        || JOIN_START.matcher(after).find()) {
      return Optional.empty();
    }
    List<String> columns = Arrays.stream(condition.group(1).split(",")).map(String::trim)
        .filter(c -> !c.isEmpty()).toList();
    return Optional.of(new Join(before, start.group(1), grants, columns, after.substring(condition.end())));
  }

  /** Where the parenthesis opened at {@code open} closes (the engine's grants hold no parenthesis in a literal). */
  private static int matchingParenthesis(String sql, int open) {
    int depth = 0;
    for (int i = open; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
