package zhicheng.operations;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import zhicheng.calendar.WorkingDayCalendar;

/**
 * Applications waiting at a level, counted per plan and level (engine-free): open, due within
 * {@value #DUE_SOON_WORKING_DAYS} working days by the working-day calendar (today does not count, as for every
 * period of the notices), and overdue.
 */
public final class LevelWorkload {

  /** The horizon of "due soon": the reviewers' reminder comes this many working days before a deadline too. */
  public static final int DUE_SOON_WORKING_DAYS = 3;

  /** One application at a level: the plan it was declared against, the level's key and its deadline. */
  public record Waiting(String plan, String level, Instant due) {}

  public record Key(String plan, String level) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int byPlan = plan.compareTo(o.plan);
      return byPlan != 0 ? byPlan : level.compareTo(o.level);
    }
  }

  public record Counts(long open, long dueSoon, long overdue) {
    Counts plus(Counts o) {
      return new Counts(open + o.open, dueSoon + o.dueSoon, overdue + o.overdue);
    }
  }

  private LevelWorkload() {}

  public static Map<Key, Counts> count(Collection<Waiting> waiting, Instant now, WorkingDayCalendar calendar) {
    Instant soon = calendar.period(now, DUE_SOON_WORKING_DAYS).end();
    Map<Key, Counts> counts = new TreeMap<>();
    for (Waiting w : waiting) {
      boolean overdue = w.due() != null && !now.isBefore(w.due());
      boolean dueSoon = w.due() != null && !overdue && !w.due().isAfter(soon);
      counts.merge(new Key(w.plan(), w.level()), new Counts(1, dueSoon ? 1 : 0, overdue ? 1 : 0), Counts::plus);
    }
    return counts;
  }
}
