package zhicheng.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import zhicheng.plan.Deadlines;
import zhicheng.vocabulary.ChinaTime;

/**
 * Mainland China's working days: Monday to Friday, except the holidays of the State Council's yearly notice,
 * plus the weekend days that notice makes working days (调休上班). Immutable; {@link HolidayCalendar} holds
 * the one in force.
 *
 * <p>A day of a year whose notice is not loaded is judged by weekends alone, and says so
 * ({@link CalendarDay#yearsWithoutData()}), so that callers can warn instead of silently guessing.
 */
public final class WorkingDayCalendar {

  /**
   * From this day of December on, a day may belong to the next year's New Year holiday: 2018-12-29 was worked
   * and 12-30, 12-31 were off under the 2019 notice (国办发明电〔2018〕15号); 2011-12-31 was worked under the
   * 2012 notice. Those days are certain only when the next year is loaded too.
   */
  public static final int DECEMBER_REACH = 29;
  /** About one year of working days; a longer period is a typing mistake, not a publicity. */
  public static final int MAX_WORKING_DAYS = 250;

  private record Marked(boolean working, String reason, String source) {}

  private final SortedMap<Integer, YearArrangement> years;
  private final Map<LocalDate, Marked> marked = new HashMap<>();

  public WorkingDayCalendar(Map<Integer, YearArrangement> arrangements) {
    this.years = Collections.unmodifiableSortedMap(new TreeMap<>(arrangements));
    // earlier years first, so a next year's New Year arrangement reaching into December has the last word
    for (YearArrangement a : years.values()) {
      for (StatutoryHoliday h : a.holidays()) {
        for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
          marked.put(d, new Marked(false, h.name(), a.citation()));
        }
        for (LocalDate d : h.workdays()) {
          marked.put(d, new Marked(true, h.name() + "调休上班", a.citation()));
        }
      }
    }
  }

  public SortedMap<Integer, YearArrangement> years() {
    return years;
  }

  public WorkingDayCalendar with(YearArrangement arrangement) {
    Map<Integer, YearArrangement> next = new TreeMap<>(years);
    next.put(arrangement.year(), arrangement);
    return new WorkingDayCalendar(next);
  }

  public CalendarDay day(LocalDate date) {
    SortedSet<Integer> missing = new TreeSet<>();
    if (!years.containsKey(date.getYear())) {
      missing.add(date.getYear());
    }
    if (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= DECEMBER_REACH
        && !years.containsKey(date.getYear() + 1)) {
      missing.add(date.getYear() + 1);
    }
    Marked m = marked.get(date);
    if (m != null) {
      return new CalendarDay(date, m.working(), m.reason(), m.source(), missing);
    }
    boolean weekend = Weekdays.isWeekend(date);
    return new CalendarDay(date, !weekend, weekend ? "周末" : "工作日", null, missing);
  }

  /** Years whose arrangement is missing for some day from {@code from} to {@code to}, inclusive. */
  public SortedSet<Integer> yearsWithoutData(LocalDate from, LocalDate to) {
    SortedSet<Integer> missing = new TreeSet<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      missing.addAll(day(d).yearsWithoutData());
    }
    return missing;
  }

  /**
   * The period of {@code workingDays} working days posted at {@code start}: the day of {@code start} does not
   * count; the period ends at 24:00 Asia/Shanghai of the last working day.
   */
  public Period period(Instant start, int workingDays) {
    if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
      throw new IllegalArgumentException("工作日数应为1至" + MAX_WORKING_DAYS + "之间的整数，现为" + workingDays);
    }
    SortedSet<Integer> missing = new TreeSet<>();
    LocalDate day = LocalDate.ofInstant(start, ChinaTime.ZONE);
    for (int counted = 0; counted < workingDays; ) {
      day = day.plusDays(1);
      CalendarDay d = day(day);
      missing.addAll(d.yearsWithoutData());
      if (d.workingDay()) {
        counted++;
      }
    }
    return new Period(start, workingDays, day, Deadlines.endOf(day), missing);
  }
}
