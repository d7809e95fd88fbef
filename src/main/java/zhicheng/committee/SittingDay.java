package zhicheng.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import zhicheng.calendar.ChineseTime;
import zhicheng.vocabulary.ChinaTime;

/**
 * The sitting's date binds: the experts meet on the 评审会日期 the office declared when it opened the sitting, so who
 * attends and how they vote are settled on that day or later, never before (the certificate's 通过时间 would otherwise
 * precede the sitting); and the results are published only once their publicity has run out.
 */
public final class SittingDay {

  private SittingDay() {}

  /**
   * Why {@code what} (确定出席评委, 提交表决票) cannot be done {@code today} for a sitting declared for {@code sittingDay};
   * empty on the day and after.
   */
  public static Optional<String> tooEarly(String what, LocalDate sittingDay, LocalDate today) {
    if (sittingDay == null || !today.isBefore(sittingDay)) {
      return Optional.empty();
    }
    return Optional.of("评审会日期为" + ChineseTime.date(sittingDay) + "（开评审会时登记），" + what
        + "须在评审会当天或之后办理，今天是" + ChineseTime.date(today) + "；评审会日期有误的，请管理员更正后再办理");
  }

  /**
   * Why a publishing document dated {@code documentDate} comes too early for results whose publicity ended at
   * {@code publicityEnd} (the instant the last 评审结果公示 ran out, Beijing time); empty when it is dated on the day the
   * publicity ended or later.
   */
  public static Optional<String> publishedBeforePublicityEnded(LocalDate documentDate, Instant publicityEnd) {
    // a document carries a day, not a time: the day the publicity ran out will do
    if (publicityEnd == null || !documentDate.isBefore(publicityEnd.atZone(ChinaTime.ZONE).toLocalDate())) {
      return Optional.empty();
    }
    return Optional.of("发文日期" + documentDate + "早于评审结果公示期满（" + ChineseTime.end(publicityEnd)
        + "）：评审结果须公示期满无异议后方可发文公布");
  }
}
