package zhicheng.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import zhicheng.vocabulary.ChinaTime;

/** Dates and instants written the way the notices and a reader in China write them. */
public final class ChineseTime {

  private ChineseTime() {}

  /** 2024年2月22日. */
  public static String date(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /**
   * An end instant: 00:00 Beijing time is written as 24时 of the day before (2024-02-23T00:00+08:00 is
   * 2024年2月22日24时), the way a period's last day is announced; any other instant with its time.
   */
  public static String end(Instant end) {
    ZonedDateTime t = end.atZone(ChinaTime.ZONE);
    if (t.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return date(t.toLocalDate().minusDays(1)) + "24时";
    }
    return instant(end);
  }

  /** 2024年2月22日 15:30（北京时间）. */
  public static String instant(Instant i) {
    ZonedDateTime t = i.atZone(ChinaTime.ZONE);
    return date(t.toLocalDate()) + String.format(" %02d:%02d", t.getHour(), t.getMinute());
  }
}
