package zhicheng.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import zhicheng.calendar.HolidayCalendar;
import zhicheng.calendar.WorkingDayCalendar;
import zhicheng.plan.Deadlines;
import zhicheng.vocabulary.ChinaTime;

/**
 * Reminders by working days on the State Council's 2023 calendar: 2023-09-29 to 10-06 off (中秋节、国庆节), Saturday
 * 10-07 and Sunday 10-08 worked. A deadline of Monday 2023-10-09 is 3 working days ahead from Thursday 09-28.
 */
class ReminderTimingTest {

  static final WorkingDayCalendar CALENDAR = HolidayCalendar.shipped();
  static final Instant DEADLINE = Deadlines.endOf(LocalDate.of(2023, 10, 9));
  static final List<Integer> THREE_AND_ON_THE_DAY = List.of(3, 0);

  static Instant at(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(ChinaTime.ZONE).toInstant();
  }

  static OptionalInt due(String now, List<Integer> days) {
    return ReminderTiming.due(DEADLINE, days, at(now), CALENDAR);
  }

  @Test
  void threeWorkingDaysBeforeCountsOverTheHolidayAndTheWorkedWeekend() {
    // Wednesday 09-27: 09-28, 10-07, 10-08 are its next three working days; 10-09 is a fourth
    assertThat(due("2023-09-27T17:00", THREE_AND_ON_THE_DAY)).isEmpty();
    assertThat(due("2023-09-28T08:00", THREE_AND_ON_THE_DAY)).hasValue(3);
    // during the holiday the deadline is still within three working days: the same reminder, sent once (its key)
    assertThat(due("2023-10-02T09:00", THREE_AND_ON_THE_DAY)).hasValue(3);
  }

  @Test
  void onTheDayTheNearestReminderIsDueAndAfterTheDeadlineNone() {
    assertThat(due("2023-10-09T08:00", THREE_AND_ON_THE_DAY)).hasValue(0);
    assertThat(due("2023-10-09T23:59", THREE_AND_ON_THE_DAY)).hasValue(0);
    assertThat(due("2023-10-10T00:00", THREE_AND_ON_THE_DAY)).isEmpty();
    // a plan without the day's reminder keeps the 3-day one, which was sent already
    assertThat(due("2023-10-09T08:00", List.of(3))).hasValue(3);
    assertThat(due("2023-10-09T08:00", List.of())).isEmpty();
  }

  @Test
  void aDeadlineAtMidnightBelongsToTheDayBefore() {
    assertThat(ReminderTiming.lastDay(DEADLINE)).isEqualTo(LocalDate.of(2023, 10, 9));
  }
}
