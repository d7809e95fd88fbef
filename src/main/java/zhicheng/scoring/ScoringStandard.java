package zhicheng.scoring;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A quantitative scoring standard (量化评分标准) as data, e.g. seed 000 附件2: first-level groups (一级指标)
 * with their points, second-level indicators (二级指标) with their caps, rules (三级指标) with their own
 * “累计最多得…分” caps, and the items a person claims. {@link ScoreCalculator} applies it to counts,
 * {@link AchievementScorer} to achievements.
 *
 * @param threshold the total from which the self-score route is open (seed 000 二、（二）: 70分及以上)
 * @param clauses   the standard's own sentences that decide whether an achievement scores, by what they govern
 *                  ({@code afterTitle}, {@code granted}, {@code oncePerWork}, {@code best}, {@code caps}), so a
 *                  finding quotes the clause rather than a paraphrase
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScoringStandard(
    String id, String title, String notice, String source, int threshold, String thresholdSource, String capNote,
    Map<String, String> clauses, List<Group> groups) {

  /** The clause governing {@code key}, prefixed with the notice (浙经信消费〔2022〕35号 附件2 说明5：…). */
  public String clause(String key) {
    String text = clauses == null ? null : clauses.get(key);
    String notice = this.notice == null ? "" : this.notice.replaceFirst("\\s*附件\\d+$", "");
    return text == null ? this.notice : notice + " " + text;
  }

  /** 一级指标: 基础条件 (20), 工作业绩 (90), 加分条件 (20, the bonus cap). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Group(String name, int cap, List<Indicator> indicators) {}

  /** 二级指标 with its cap (说明6: 三级指标的累计得分不超过二级指标对应的分值). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Indicator(String id, String name, int cap, List<Rule> rules) {}

  /**
   * 三级指标: its own cap (累计最多得…分; null when the standard sets none), and whether items add up
   * ({@code sum}) or only the best counts ({@code max}: 以最高学历得分为准).
   *
   * @param afterTitle  false where the row is not an achievement obtained at a date (学历, 从业年限, a title or office
   *                    held): 说明5 (only achievements after the 工艺美术师 title score) does not apply; true when absent
   * @param oncePerWork one work scores once, at its highest award (项目及获奖: 同一作品按所获得最高奖项计分一次)
   * @param granted     only a granted patent scores (说明4: 获得专利受理的不予计分)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Rule(String id, String text, Integer cap, String mode, Boolean afterTitle, Boolean oncePerWork,
      Boolean granted, List<Item> items) {
    public boolean best() {
      return "max".equals(mode);
    }

    public boolean needsAfterTitle() {
      return afterTitle == null || afterTitle;
    }

    public boolean scoresOncePerWork() {
      return Boolean.TRUE.equals(oncePerWork);
    }

    public boolean needsGrant() {
      return Boolean.TRUE.equals(granted);
    }
  }

  /**
   * One thing that scores: its points per unit (次, 篇, 项 …; none when it counts once).
   *
   * @param role        {@code 为主} when the row scores only a leading role (为主完成, 主持编写, 作为主创人员, 第一撰写人)
   * @param asPart      for such a row, the row the same achievement scores as when the role was 参与 (参与完成 …)
   * @param withinYears when the row counts only recent achievements (近五年内), how many years back from the day of
   *                    scoring
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Item(String id, String text, int points, String unit, String role, String asPart,
      Integer withinYears) {}
}
