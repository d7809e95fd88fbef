package zhicheng.achievements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Which achievements a notice asks an application to go with, by when they were obtained; an achievement outside is
 * a finding the reviewers see (it is not refused: the archive keeps every achievement, and the notice's reviewers
 * judge what goes on). Keyed by the plan's notice, as the notices say it:
 * <ul>
 *   <li>浙经信消费〔2022〕35号 and 〔2022〕34号 附件1（八）：提交的工作业绩、专业学术成果等均应为任现职后或近五年取得 — after
 *       the current title, or within the five years before the applicant's deadline;</li>
 *   <li>杭经信人事〔2023〕63号 附件2 二、5.（9）：任现职以来的有关著作、论文、项目…… — after the current title; and 三、4：业绩与
 *       成果等相关材料截止时间为2023年8月27日;</li>
 *   <li>安人社通〔2021〕9号 附件3 二、4：从个人业绩档案库中提取任现职以来的相关业绩内容 — after the current title.</li>
 * </ul>
 * The other notices state no window. Engine-free.
 *
 * @param withinYears besides the achievements since the title, those of the last so many years (null: none)
 * @param until       the last day an achievement may be dated (null: the day of review)
 */
public record AchievementWindow(Integer withinYears, String sinceTitleSource, LocalDate until, String untilSource) {

  private static final AchievementWindow ARTS_CRAFTS_SENIOR = new AchievementWindow(5,
      "附件1（八）：提交的工作业绩、专业学术成果等均应为任现职后或近五年取得", null, null);
  private static final Map<String, AchievementWindow> BY_NOTICE = Map.of(
      "浙经信消费〔2022〕35号", ARTS_CRAFTS_SENIOR,
      "浙经信消费〔2022〕34号", ARTS_CRAFTS_SENIOR,
      "杭经信人事〔2023〕63号", new AchievementWindow(null, "附件2 二、5.（9）：任现职以来的有关著作、论文、项目等材料",
          LocalDate.of(2023, 8, 27), "附件2 三、4：业绩与成果等相关材料截止时间为2023年8月27日"),
      "安人社通〔2021〕9号", new AchievementWindow(null, "附件3 二、4：从个人业绩档案库中提取任现职以来的相关业绩内容", null, null));

  /** The window of the plan's notice, if it states one. */
  public static Optional<AchievementWindow> of(String notice) {
    return Optional.ofNullable(notice == null ? null : BY_NOTICE.get(notice.trim()));
  }

  /**
   * Why an achievement of this date lies outside the window, citing the notice's clause; empty when inside, or when a
   * date cannot be read (the archive refuses such a row before it is kept).
   *
   * @param titleDate the day the applicant obtained the current title, as declared
   * @param deadline  the applicant's deadline of the plan, from which 近五年 is counted back
   */
  public Optional<String> outside(String notice, String date, String titleDate, LocalDate deadline) {
    Optional<LocalDate> d = day(date);
    Optional<LocalDate> title = day(titleDate);
    if (d.isEmpty()) {
      return Optional.empty();
    }
    if (until != null && d.get().isAfter(until)) {
      return Optional.of("取得于" + d.get() + "，晚于业绩与成果材料的截止时间（" + until + "），不应随本次申报提交（" + notice + " "
          + untilSource + "）");
    }
    if (title.isEmpty() || !d.get().isBefore(title.get())) {
      return Optional.empty();
    }
    if (withinYears != null) {
      LocalDate from = deadline.minusYears(withinYears);
      if (!d.get().isBefore(from)) {
        return Optional.empty();
      }
      return Optional.of("取得于" + d.get() + "，早于任现职（" + title.get() + "），也不在近" + chinese(withinYears) + "年内（" + from
          + "以后）（" + notice + " " + sinceTitleSource + "）");
    }
    return Optional.of("取得于" + d.get() + "，早于任现职（" + title.get() + "），不是任现职以来的业绩（" + notice + " "
        + sinceTitleSource + "）");
  }

  private static String chinese(int years) {
    return years == 5 ? "五" : String.valueOf(years);
  }

  private static Optional<LocalDate> day(String text) {
    if (text == null || text.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
