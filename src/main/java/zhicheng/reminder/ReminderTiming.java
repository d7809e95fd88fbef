package zhicheng.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import zhicheng.calendar.WorkingDayCalendar;
import zhicheng.vocabulary.ChinaTime;

/**
 * Which reminder of a deadline is due now (engine-free). "n working days before" a deadline is reached on the day
 * from which the deadline's last day is at most n working days ahead (today not counted, as for every period of the
 * notices); "0" is the last day itself. Of the reminders reached, only the nearest to the deadline is due: a server
 * that was down when the 3-day reminder was due and comes back on the last day sends the last day's, not both.
 * Once a nearer one is reached, a farther one never is again, so each is sent at most once and in order.
 */
public final class ReminderTiming {

  private ReminderTiming() {}

  public static OptionalInt due(Instant deadline, List<Integer> workingDaysBefore, Instant now,
      WorkingDayCalendar calendar) {
    if (deadline == null || !now.isBefore(deadline)) {
      return OptionalInt.empty();
    }
    LocalDate lastDay = lastDay(deadline);
    LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
    return workingDaysBefore.stream().sorted().mapToInt(Integer::intValue)
        .filter(n -> !lastDay.isAfter(n == 0 ? today : calendar.period(now, n).lastDay()))
        .findFirst();
  }

  /** The day a deadline belongs to: 24:00 (00:00 of the next day) is the end of the day before. */
  public static LocalDate lastDay(Instant deadline) {
    return LocalDate.ofInstant(deadline.minusNanos(1), ChinaTime.ZONE);
  }
}
