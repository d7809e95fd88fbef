package zhicheng.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Weekday names as the notices write them (周一 … 周日). */
public final class Weekdays {

  private static final String[] NAMES = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

  private Weekdays() {}

  public static String chinese(LocalDate day) {
    return NAMES[day.getDayOfWeek().getValue() - 1];
  }

  public static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
