package zhicheng.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The counting rule on the real arrangements of 2021–2026: a period of N working days posted at t ends at
 * 24:00 Beijing time of the N-th working day after the day of t. Every expected end below was counted by hand
 * from the State Council's notices (the day posted never counts).
 */
class WorkingDayCalendarTest {

  private static final WorkingDayCalendar CALENDAR = HolidayCalendar.shipped();

  @ParameterizedTest(name = "{3}：{0} 起 {1} 个工作日 → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2021-02-07T10:00:00+08:00 | 5 | 2021-02-20T00:00+08:00 | 2021春节：周日调休上班日发布，2-11至2-17放假
      2021-02-09T23:59:59+08:00 | 5 | 2021-02-23T00:00+08:00 | 2021春节：2-9 23:59:59 发布，2-10 为第1个工作日
      2021-02-10T00:00:00+08:00 | 5 | 2021-02-24T00:00+08:00 | 2021春节：2-10 00:00:00 发布，2-10 不计，2-20（周六）上班
      2021-04-02T10:00:00+08:00 | 5 | 2021-04-13T00:00+08:00 | 2021清明节：4-3至4-5放假
      2021-04-30T23:59:59+08:00 | 5 | 2021-05-12T00:00+08:00 | 2021劳动节：5-8（周六）上班
      2021-06-11T10:00:00+08:00 | 5 | 2021-06-22T00:00+08:00 | 2021端午节：6-12至6-14放假
      2021-09-17T10:00:00+08:00 | 5 | 2021-09-27T00:00+08:00 | 2021中秋节：9-18（周六）、9-26（周日）上班
      2021-09-30T10:00:00+08:00 | 5 | 2021-10-14T00:00+08:00 | 2021国庆节：10-9（周六）上班
      2022-01-28T10:00:00+08:00 | 5 | 2022-02-10T00:00+08:00 | 2022春节：1-29、1-30（周末）上班
      2022-04-01T16:00:00+08:00 | 5 | 2022-04-12T00:00+08:00 | 2022清明节：4-2（周六）上班，4-3至4-5放假
      2022-04-02T09:00:00+08:00 | 5 | 2022-04-13T00:00+08:00 | 2022清明节：在调休上班的周六发布
      2022-04-29T10:00:00+08:00 | 5 | 2022-05-11T00:00+08:00 | 2022劳动节：4-30至5-4放假，5-7（周六）上班
      2022-06-02T10:00:00+08:00 | 5 | 2022-06-11T00:00+08:00 | 2022端午节：6-3至6-5放假
      2022-09-09T10:00:00+08:00 | 5 | 2022-09-20T00:00+08:00 | 2022中秋节：9-10至9-12放假
      2022-09-30T10:00:00+08:00 | 5 | 2022-10-13T00:00+08:00 | 2022国庆节：10-8、10-9（周末）上班
      2023-01-20T10:00:00+08:00 | 5 | 2023-02-02T00:00+08:00 | 2023春节：1-28、1-29（周末）上班
      2023-04-04T10:00:00+08:00 | 5 | 2023-04-13T00:00+08:00 | 2023清明节：4-5（周三）放假1天
      2023-04-22T12:00:00+08:00 | 5 | 2023-04-28T00:00+08:00 | 2023劳动节：4-23（周日）上班
      2023-04-28T23:59:59+08:00 | 5 | 2023-05-10T00:00+08:00 | 2023劳动节：4-29至5-3放假，5-6（周六）上班
      2023-04-29T00:00:00+08:00 | 5 | 2023-05-10T00:00+08:00 | 2023劳动节：在假日发布
      2023-06-21T10:00:00+08:00 | 5 | 2023-06-30T00:00+08:00 | 2023端午节：6-25（周日）上班
      2023-09-28T10:00:00+08:00 | 5 | 2023-10-12T00:00+08:00 | 2023中秋节、国庆节：9-29至10-6放假
      2024-02-04T09:30:00+08:00 | 5 | 2024-02-10T00:00+08:00 | 2024春节：在调休上班的周日发布
      2024-02-08T15:00:00+08:00 | 5 | 2024-02-22T00:00+08:00 | 2024春节：除夕2-9照常上班，2-18（周日）上班
      2024-02-12T10:00:00+08:00 | 5 | 2024-02-23T00:00+08:00 | 2024春节：在假日发布
      2024-02-09T17:00:00+08:00 | 1 | 2024-02-19T00:00+08:00 | 2024春节：1个工作日即2-18（周日）
      2024-04-03T10:00:00+08:00 | 5 | 2024-04-12T00:00+08:00 | 2024清明节：4-7（周日）上班
      2024-04-30T10:00:00+08:00 | 5 | 2024-05-11T00:00+08:00 | 2024劳动节：5-1至5-5放假
      2024-06-07T17:00:00+08:00 | 5 | 2024-06-18T00:00+08:00 | 2024端午节：6-10（周一）放假
      2024-09-13T10:00:00+08:00 | 5 | 2024-09-24T00:00+08:00 | 2024中秋节：9-14（周六）上班
      2024-09-26T10:00:00+08:00 | 5 | 2024-10-10T00:00+08:00 | 2024国庆节：9-29（周日）上班
      2024-12-31T10:00:00+08:00 | 5 | 2025-01-09T00:00+08:00 | 2025元旦：1-1放假1天，不调休
      2025-01-24T10:00:00+08:00 | 5 | 2025-02-08T00:00+08:00 | 2025春节：1-26（周日）上班，除夕起放假
      2025-01-27T23:59:59+08:00 | 5 | 2025-02-11T00:00+08:00 | 2025春节：2-8（周六）上班
      2025-04-03T10:00:00+08:00 | 5 | 2025-04-12T00:00+08:00 | 2025清明节：4-4至4-6放假
      2025-04-25T10:00:00+08:00 | 5 | 2025-05-07T00:00+08:00 | 2025劳动节：4-27（周日）上班，5-1至5-5放假
      2025-05-30T10:00:00+08:00 | 5 | 2025-06-10T00:00+08:00 | 2025端午节：5-31至6-2放假
      2025-09-26T10:00:00+08:00 | 5 | 2025-10-11T00:00+08:00 | 2025国庆节、中秋节：9-28（周日）上班，10-1至10-8放假
      2025-12-31T23:59:59+08:00 | 5 | 2026-01-09T00:00+08:00 | 2026元旦：1-1至1-3放假，1-4（周日）上班
      2026-02-13T10:00:00+08:00 | 5 | 2026-02-28T00:00+08:00 | 2026春节：2-14（周六）上班，2-15至2-23放假
      2026-02-14T00:00:00+08:00 | 5 | 2026-03-01T00:00+08:00 | 2026春节：在调休上班的周六0时发布，2-28（周六）上班
      2026-04-03T09:00:00+08:00 | 5 | 2026-04-14T00:00+08:00 | 2026清明节：4-4至4-6放假
      2026-04-30T10:00:00+08:00 | 5 | 2026-05-12T00:00+08:00 | 2026劳动节：5-9（周六）上班
      2026-06-18T10:00:00+08:00 | 5 | 2026-06-27T00:00+08:00 | 2026端午节：6-19至6-21放假
      2026-09-18T10:00:00+08:00 | 5 | 2026-09-25T00:00+08:00 | 2026中秋节前：9-20（周日）上班
      2026-09-24T10:00:00+08:00 | 5 | 2026-10-10T00:00+08:00 | 2026中秋节、国庆节：9-25至9-27、10-1至10-7放假
      """)
  void periodEndsAtMidnightAfterTheNthWorkingDay(String posted, int days, String end, String what) {
    Period p = CALENDAR.period(OffsetDateTime.parse(posted).toInstant(), days);
    assertThat(p.end()).as(what).isEqualTo(OffsetDateTime.parse(end).toInstant());
    assertThat(p.certain()).isTrue();
  }

  @ParameterizedTest(name = "{0}：{1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2024-02-04 | true  | 春节调休上班   | 国办发明电〔2023〕7号
      2024-02-09 | true  | 工作日         |
      2024-02-12 | false | 春节           | 国办发明电〔2023〕7号
      2024-06-08 | false | 周末           |
      2025-01-28 | false | 春节           | 国办发明电〔2024〕12号
      2025-10-06 | false | 国庆节、中秋节 | 国办发明电〔2024〕12号
      2026-01-04 | true  | 元旦调休上班   | 国办发明电〔2025〕7号
      2022-12-31 | false | 元旦           | 国办发明电〔2022〕16号
      2023-10-07 | true  | 国庆节调休上班 | 国办发明电〔2022〕16号
      2020-02-01 | false | 春节           | 国办发明电〔2020〕1号
      """)
  void dayNamesItsReasonAndNotice(String date, boolean working, String reason, String document) {
    CalendarDay d = CALENDAR.day(LocalDate.parse(date));
    assertThat(d.workingDay()).isEqualTo(working);
    assertThat(d.reason()).isEqualTo(reason);
    if (document == null) {
      assertThat(d.source()).isNull();
    } else {
      assertThat(d.source()).contains(document);
    }
    assertThat(d.certain()).isTrue();
  }

  @Test
  void aYearWithoutItsNoticeIsCountedByWeekendsAndSaysSo() {
    Map<Integer, YearArrangement> upTo2025 = new TreeMap<>(CALENDAR.years());
    upTo2025.remove(2026);
    WorkingDayCalendar without2026 = new WorkingDayCalendar(upTo2025);
    Instant posted = OffsetDateTime.parse("2025-12-29T10:00:00+08:00").toInstant();

    // weekends only: 12-30, 12-31, 1-1 (Thu), 1-2 (Fri), 1-5 → ends 2026-01-06 00:00
    Period guessed = without2026.period(posted, 5);
    assertThat(guessed.end()).isEqualTo(OffsetDateTime.parse("2026-01-06T00:00+08:00").toInstant());
    assertThat(guessed.yearsWithoutData()).containsExactly(2026);

    // the notice (国办发明电〔2025〕7号): 1-1 to 1-3 off, Sunday 1-4 worked → 12-30, 12-31, 1-4, 1-5, 1-6
    Period known = CALENDAR.period(posted, 5);
    assertThat(known.end()).isEqualTo(OffsetDateTime.parse("2026-01-07T00:00+08:00").toInstant());
    assertThat(known.certain()).isTrue();
  }

  @Test
  void lastDaysOfDecemberWaitForTheNextYearsNewYearArrangement() {
    // 2027 is not shipped: its New Year's Day may reach back to 2026-12-29 (as 2019's did to 2018-12-29)
    assertThat(CALENDAR.day(LocalDate.parse("2026-12-28")).certain()).isTrue();
    CalendarDay dec29 = CALENDAR.day(LocalDate.parse("2026-12-29"));
    assertThat(dec29.workingDay()).isTrue();
    assertThat(dec29.yearsWithoutData()).containsExactly(2027);
    assertThat(CALENDAR.period(OffsetDateTime.parse("2026-12-24T10:00:00+08:00").toInstant(), 5)
        .yearsWithoutData()).containsExactly(2027);
    assertThat(CALENDAR.period(OffsetDateTime.parse("2026-12-18T10:00:00+08:00").toInstant(), 5).certain()).isTrue();
  }

  @Test
  void workingDaysOutsideOneToTwoHundredFiftyAreRefused() {
    Instant now = OffsetDateTime.parse("2024-02-08T15:00:00+08:00").toInstant();
    assertThatThrownBy(() -> CALENDAR.period(now, 0)).hasMessage("工作日数应为1至250之间的整数，现为0");
    assertThatThrownBy(() -> CALENDAR.period(now, 251)).hasMessage("工作日数应为1至250之间的整数，现为251");
    assertThat(CALENDAR.period(now, 250).certain()).isTrue();
  }
}
