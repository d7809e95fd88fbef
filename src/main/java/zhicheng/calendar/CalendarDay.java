package zhicheng.calendar;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * One day as the working-day calendar sees it.
 *
 * @param date            the calendar date (Asia/Shanghai)
 * @param workingDay      whether it counts as a working day
 * @param reason          周末, 工作日, the holiday's name (春节), or the adjusted working day's (春节调休上班)
 * @param source          the notice that decided it, or null for a plain weekday or weekend
 * @param yearsWithoutData years whose arrangement would be needed to be sure of this day but is not loaded;
 *                        then the day is judged by weekends alone
 */
public record CalendarDay(
    LocalDate date, boolean workingDay, String reason, String source, SortedSet<Integer> yearsWithoutData) {

  public boolean certain() {
    return yearsWithoutData.isEmpty();
  }
}
