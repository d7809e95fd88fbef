package zhicheng.eligibility;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Dates of a profile and whole years of seniority to the plan's cut-off day. */
public final class Dates {

  private Dates() {}

  /** The date of a form value ("2017-06-30", or a date-time whose first 10 characters are one), else empty. */
  public static Optional<LocalDate> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    try {
      return Optional.of(LocalDate.parse(v.substring(0, Math.min(10, v.length()))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Whole years from {@code from} to the cut-off day, as the notices count seniority: seed 004 附件2 三、2
   * “专业工作年限：是指从事工程技术工作的整年年限，专业工作年限计算到2023年12月31日”. 2018-12-31 → 2023-12-31
   * is 5 whole years; 2019-01-01 → 2023-12-31 is 4.
   */
  public static int wholeYears(LocalDate from, LocalDate cutoff) {
    return from.isAfter(cutoff) ? 0 : Period.between(from, cutoff).getYears();
  }

  public static String chinese(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }
}
