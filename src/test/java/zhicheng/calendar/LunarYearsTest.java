package zhicheng.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * cn.6tail:lunar's data for 2020–2023 against the notices as published, holiday by holiday; and for every
 * shipped year the arithmetic the notices follow: weekdays off minus adjusted working days equals the
 * statutory holidays of the year (11 days by 国务院令第644号; 13 from 2025 by 国务院令第795号, which added 除夕
 * and 5月2日; 2020: 2 more, the Spring Festival extension of 国办发明电〔2020〕1号).
 */
class LunarYearsTest {

  private static final WorkingDayCalendar CALENDAR = HolidayCalendar.shipped();

  @ParameterizedTest(name = "{0}年与{1}一致")
  @CsvSource(delimiter = '|', textBlock = """
      2020 | 国办发明电〔2019〕16号 | 元旦 2020-01-01..2020-01-01 []; 春节 2020-01-24..2020-02-02 [2020-01-19]; 清明节 2020-04-04..2020-04-06 []; 劳动节 2020-05-01..2020-05-05 [2020-04-26, 2020-05-09]; 端午节 2020-06-25..2020-06-27 [2020-06-28]; 国庆节、中秋节 2020-10-01..2020-10-08 [2020-09-27, 2020-10-10]
      2021 | 国办发明电〔2020〕27号 | 元旦 2021-01-01..2021-01-03 []; 春节 2021-02-11..2021-02-17 [2021-02-07, 2021-02-20]; 清明节 2021-04-03..2021-04-05 []; 劳动节 2021-05-01..2021-05-05 [2021-04-25, 2021-05-08]; 端午节 2021-06-12..2021-06-14 []; 中秋节 2021-09-19..2021-09-21 [2021-09-18]; 国庆节 2021-10-01..2021-10-07 [2021-09-26, 2021-10-09]
      2022 | 国办发明电〔2021〕11号 | 元旦 2022-01-01..2022-01-03 []; 春节 2022-01-31..2022-02-06 [2022-01-29, 2022-01-30]; 清明节 2022-04-03..2022-04-05 [2022-04-02]; 劳动节 2022-04-30..2022-05-04 [2022-04-24, 2022-05-07]; 端午节 2022-06-03..2022-06-05 []; 中秋节 2022-09-10..2022-09-12 []; 国庆节 2022-10-01..2022-10-07 [2022-10-08, 2022-10-09]
      2023 | 国办发明电〔2022〕16号 | 元旦 2022-12-31..2023-01-02 []; 春节 2023-01-21..2023-01-27 [2023-01-28, 2023-01-29]; 清明节 2023-04-05..2023-04-05 []; 劳动节 2023-04-29..2023-05-03 [2023-04-23, 2023-05-06]; 端午节 2023-06-22..2023-06-24 [2023-06-25]; 中秋节 2023-09-29..2023-09-29 []; 国庆节 2023-09-30..2023-10-06 [2023-10-07, 2023-10-08]
      """)
  void libraryYearsMatchTheirNotices(int year, String document, String expected) {
    YearArrangement a = LunarYears.year(year);
    assertThat(a.documentNumber()).contains(document);
    assertThat(a.origin()).isEqualTo(LunarYears.ORIGIN);
    assertThat(a.holidays().stream().map(LunarYearsTest::line).collect(Collectors.joining("; "))).isEqualTo(expected);
    // and the calendar in force takes these years from the library
    assertThat(CALENDAR.years().get(year).origin()).isEqualTo(LunarYears.ORIGIN);
  }

  @ParameterizedTest(name = "{0}年：净减少 {1} 个工作日")
  @CsvSource({"2020, 13", "2021, 11", "2022, 11", "2023, 11", "2024, 11", "2025, 13", "2026, 13"})
  void weekdaysOffMinusAdjustedWorkingDaysAreTheStatutoryDays(int year, int statutory) {
    YearArrangement a = CALENDAR.years().get(year);
    long weekdaysOff = 0;
    long workdays = 0;
    for (StatutoryHoliday h : a.holidays()) {
      for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
        weekdaysOff += Weekdays.isWeekend(d) ? 0 : 1;
      }
      workdays += h.workdays().size();
    }
    assertThat(weekdaysOff - workdays).isEqualTo(statutory);
  }

  @ParameterizedTest(name = "{0}年取自 {1}")
  @CsvSource({"2024, holidays/2024.json, 国办发明电〔2023〕7号", "2025, holidays/2025.json, 国办发明电〔2024〕12号",
      "2026, holidays/2026.json, 国办发明电〔2025〕7号"})
  void yearsTheLibraryLacksComeFromTheShippedFiles(int year, String origin, String document) {
    assertThat(LunarYears.year(year)).isNull();
    YearArrangement a = CALENDAR.years().get(year);
    assertThat(a.origin()).isEqualTo(origin);
    assertThat(a.citation()).isEqualTo("国务院办公厅关于" + year + "年部分节假日安排的通知（" + document + "）");
  }

  private static String line(StatutoryHoliday h) {
    List<String> w = h.workdays().stream().map(LocalDate::toString).toList();
    return h.name() + " " + h.from() + ".." + h.to() + " [" + String.join(", ", w) + "]";
  }
}
