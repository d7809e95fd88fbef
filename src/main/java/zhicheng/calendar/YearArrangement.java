package zhicheng.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The holidays and adjusted working days of one year, from the State Council's yearly notice
 * (国务院办公厅关于XXXX年部分节假日安排的通知).
 *
 * @param year           the year the notice arranges
 * @param notice         the notice's title
 * @param documentNumber its document number, e.g. 国办发明电〔2023〕7号
 * @param published      the day it was issued, if known
 * @param origin         where this copy came from: the library, a shipped file, or who loaded it and when
 * @param holidays       the holidays in the order of the notice
 */
public record YearArrangement(
    int year, String notice, String documentNumber, LocalDate published, String origin,
    List<StatutoryHoliday> holidays) {

  public YearArrangement {
    holidays = List.copyOf(holidays);
  }

  /** 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）. */
  public String citation() {
    return notice + "（" + documentNumber + "）";
  }

  public YearArrangement withOrigin(String newOrigin) {
    return new YearArrangement(year, notice, documentNumber, published, newOrigin, holidays);
  }
}
