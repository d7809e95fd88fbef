package zhicheng.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One holiday of a State Council notice as the notice states it: "春节：2月10日至17日放假调休，共8天。
 * 2月4日（星期日）、2月18日（星期日）上班。"
 *
 * @param name     the holiday's name in the notice (春节, 国庆节、中秋节 …)
 * @param from     first day off
 * @param to       last day off (inclusive)
 * @param workdays adjusted working days (调休上班), always a Saturday or Sunday
 * @param text     the notice's own sentence, for a person checking the data; may be empty
 */
public record StatutoryHoliday(String name, LocalDate from, LocalDate to, List<LocalDate> workdays, String text) {

  public StatutoryHoliday {
    workdays = List.copyOf(workdays);
    text = text == null ? "" : text;
  }

  public boolean isOff(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
