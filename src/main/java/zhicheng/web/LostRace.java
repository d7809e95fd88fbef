package zhicheng.web;

import java.sql.SQLException;
import java.util.Set;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;

import zhicheng.process.Causes;

/**
 * Two people acting on the same thing at once: one wins, the other's transaction is rolled back by the engine's
 * optimistic lock, a unique key (a document made once per decision) or a lock the database gave up waiting for.
 * Nothing is broken and nothing was changed by the loser, so the answer is 409 with a sentence the person can act
 * on, never the database's words.
 */
final class LostRace {

  static final String TASK = "该任务已由他人处理，请刷新后查看";
  static final String OTHER = "该数据刚被他人修改，请刷新后重试";

  /**
   * SQL states of a lost race: unique violation (PostgreSQL and H2), serialization failure, deadlock, PostgreSQL's
   * lock not available, H2's lock timeout.
   */
  private static final Set<String> RACE_STATES = Set.of("23505", "40001", "40P01", "55P03", "HYT00");

  /** Acting on a task: whoever finds it gone, or its execution gone mid-way, came second. */
  private static final java.util.regex.Pattern TASK_ACTION =
      java.util.regex.Pattern.compile(".*task/([^/]+)/(complete|submit-form|resolve)/?$");

  private LostRace() {}

  /**
   * Whether {@code t}, failing a request to {@code path}, says another request got there first: a race
   * {@link #in(Throwable) anywhere}, or on an action on a task the engine finding the task or its execution
   * gone — the winner's completion removed them between the loser's read and its write.
   */
  static boolean in(Throwable t, String path) {
    if (in(t)) {
      return true;
    }
    if (actedOnTask(path).isEmpty()) {
      return false;
    }
    return Causes.of(t).anyMatch(c -> c instanceof NullValueException || c instanceof NotFoundException);
  }

  /** The id of the task {@code path} completes, submits or resolves; empty for any other request. */
  static java.util.Optional<String> actedOnTask(String path) {
    java.util.regex.Matcher action = path == null ? null : TASK_ACTION.matcher(path);
    return action != null && action.matches() ? java.util.Optional.of(action.group(1)) : java.util.Optional.empty();
  }

  /** Whether {@code t} or one of its causes says another transaction got there first. */
  static boolean in(Throwable t) {
    return Causes.of(t).anyMatch(c -> c instanceof OptimisticLockingException || c instanceof DuplicateKeyException
        || c instanceof ConcurrencyFailureException
        || c instanceof SQLException sql && sql.getSQLState() != null && RACE_STATES.contains(sql.getSQLState()));
  }

  /** The sentence for a lost race on {@code path}: a task's, or any other record's. */
  static String message(String path) {
    return path != null && path.contains("task") ? TASK : OTHER;
  }
}
