package zhicheng.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import zhicheng.calendar.HolidayCalendar;
import zhicheng.calendar.WorkingDayCalendar;
import zhicheng.operations.LevelWorkload.Counts;
import zhicheng.operations.LevelWorkload.Key;
import zhicheng.operations.LevelWorkload.Waiting;
import zhicheng.plan.Deadlines;
import zhicheng.vocabulary.ChinaTime;

/** "Due soon" counts working days by the State Council's calendar, not calendar days. */
class LevelWorkloadTest {

  static final WorkingDayCalendar CALENDAR = HolidayCalendar.shipped();

  static Instant at(String dateTime) {
    return java.time.LocalDateTime.parse(dateTime).atZone(ChinaTime.ZONE).toInstant();
  }

  @Test
  void dueSoonReachesOverTheNationalDayHolidayByWorkingDays() {
    // Friday 2023-09-28 afternoon: the Mid-Autumn and National Day holiday runs 09-29 to 10-06, 10-07 and 10-08
    // (weekend) are worked. Three working days after the 28th: 10-07, 10-08, 10-09.
    Instant now = at("2023-09-28T15:00");
    Map<Key, Counts> counts = LevelWorkload.count(List.of(
        new Waiting("p", "unit", Deadlines.endOf(LocalDate.of(2023, 10, 9))),
        new Waiting("p", "unit", Deadlines.endOf(LocalDate.of(2023, 10, 10))),
        new Waiting("p", "unit", at("2023-09-28T14:59")),
        new Waiting("p", "county", Deadlines.endOf(LocalDate.of(2023, 9, 28))),
        new Waiting("q", "unit", null)), now, CALENDAR);
    assertThat(counts).containsExactly(
        Map.entry(new Key("p", "county"), new Counts(1, 1, 0)),
        Map.entry(new Key("p", "unit"), new Counts(3, 1, 1)),
        Map.entry(new Key("q", "unit"), new Counts(1, 0, 0)));
  }
}
