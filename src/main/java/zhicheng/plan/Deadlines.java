package zhicheng.plan;

import java.time.Instant;
import java.time.LocalDate;

import zhicheng.vocabulary.ChinaTime;

/**
 * How a deadline date of a notice becomes an instant.
 *
 * <p>The notices give dates only ("截止时间为2023年8月27日，逾期不再受理", seed 004). A deadline date means the
 * whole of that day in Beijing time: it ends at 24:00 Asia/Shanghai, which is 00:00 of the next calendar day.
 */
public final class Deadlines {

  private Deadlines() {}

  /** The first instant that is too late for a deadline date. */
  public static Instant endOf(LocalDate deadline) {
    return deadline.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
  }

  public static boolean isPast(LocalDate deadline, Instant now) {
    return !now.isBefore(endOf(deadline));
  }
}
