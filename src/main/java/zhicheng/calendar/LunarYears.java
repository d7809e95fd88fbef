package zhicheng.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.nlf.calendar.Holiday;
import com.nlf.calendar.util.HolidayUtil;

/**
 * The years cn.6tail:lunar's HolidayUtil holds (1.6.3, the newest on Maven Central: data up to 2023), from
 * 2020 on, regrouped into the notices' holidays. The library does not name its sources; the notices it
 * transcribes are named here, and {@code LunarYearsTest} checks the library's days against them.
 */
public final class LunarYears {

  public static final int FIRST_YEAR = 2020;
  static final String ORIGIN = "cn.6tail:lunar HolidayUtil";

  private record Source(String notice, String documentNumber, String published) {}

  private static final Map<Integer, Source> NOTICES = Map.of(
      2020, new Source("国务院办公厅关于2020年部分节假日安排的通知；国务院办公厅关于延长2020年春节假期的通知",
          "国办发明电〔2019〕16号；国办发明电〔2020〕1号", "2019-11-21"),
      2021, new Source("国务院办公厅关于2021年部分节假日安排的通知", "国办发明电〔2020〕27号", "2020-11-25"),
      2022, new Source("国务院办公厅关于2022年部分节假日安排的通知", "国办发明电〔2021〕11号", "2021-10-25"),
      2023, new Source("国务院办公厅关于2023年部分节假日安排的通知", "国办发明电〔2022〕16号", "2022-12-08"));

  private LunarYears() {}

  /** Every year from {@link #FIRST_YEAR} the library has data for. */
  public static List<YearArrangement> all() {
    List<YearArrangement> result = new ArrayList<>();
    for (int year = FIRST_YEAR; ; year++) {
      YearArrangement a = year(year);
      if (a == null) {
        return result;
      }
      result.add(a);
    }
  }

  /** The library's days whose holiday belongs to {@code year} (New Year's Day may start in December before). */
  static YearArrangement year(int year) {
    Map<String, List<Holiday>> byTarget = new TreeMap<>();
    List<Holiday> days = new ArrayList<>(HolidayUtil.getHolidays(year - 1));
    days.addAll(HolidayUtil.getHolidays(year));
    for (Holiday h : days) {
      if (h.getTarget().startsWith(year + "-")) {
        byTarget.computeIfAbsent(h.getTarget(), t -> new ArrayList<>()).add(h);
      }
    }
    if (byTarget.isEmpty()) {
      return null;
    }
    List<StatutoryHoliday> holidays = new ArrayList<>();
    byTarget.values().forEach(group -> holidays.add(holiday(group)));
    Source s = NOTICES.getOrDefault(year, new Source(
        "国务院办公厅关于" + year + "年部分节假日安排的通知", "文号未载入（数据取自 " + ORIGIN + "）", null));
    return new YearArrangement(year, s.notice(), s.documentNumber(),
        s.published() == null ? null : LocalDate.parse(s.published()), ORIGIN, holidays);
  }

  private static StatutoryHoliday holiday(List<Holiday> group) {
    List<LocalDate> off = new ArrayList<>();
    List<LocalDate> work = new ArrayList<>();
    String name = null;
    for (Holiday h : group) {
      (h.isWork() ? work : off).add(LocalDate.parse(h.getDay()));
      if (name == null || "国庆中秋".equals(h.getName())) {
        name = h.getName();
      }
    }
    off.sort(null);
    work.sort(null);
    LocalDate from = off.get(0);
    LocalDate to = off.get(off.size() - 1);
    if (from.plusDays(off.size() - 1).compareTo(to) != 0) {
      throw new IllegalStateException(ORIGIN + " 中 " + name + " 的放假日期不连续：" + off);
    }
    return new StatutoryHoliday(noticeName(name), from, to, work, "");
  }

  /** The library's short names, as the notices write them. */
  private static String noticeName(String libraryName) {
    return switch (libraryName) {
      case "元旦节" -> "元旦";
      case "国庆中秋" -> "国庆节、中秋节";
      default -> libraryName;
    };
  }
}
