package zhicheng.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedSet;

/**
 * A period of N working days by the counting rule (README「工作日计算规则」): started at {@code start}, it ends
 * at 24:00 Asia/Shanghai of the N-th working day after the day of {@code start}, which is {@code end}, 00:00 of
 * the next calendar day.
 *
 * @param lastDay          the N-th working day, the last day of the period
 * @param yearsWithoutData years the count passed through without their arrangement (weekends only there)
 */
public record Period(Instant start, int workingDays, LocalDate lastDay, Instant end, SortedSet<Integer> yearsWithoutData) {

  public boolean certain() {
    return yearsWithoutData.isEmpty();
  }
}
