package zhicheng.scoring;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A quantitative scoring standard (量化评分标准) as data, e.g. seed 000 附件2: first-level groups (一级指标)
 * with their points, second-level indicators (二级指标) with their caps, rules (三级指标) with their own
 * “累计最多得…分” caps, and the items a person claims. {@link ScoreCalculator} applies it.
 *
 * @param threshold the total from which the self-score route is open (seed 000 二、（二）: 70分及以上)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScoringStandard(
    String id, String title, String notice, String source, int threshold, String thresholdSource, String capNote,
    List<Group> groups) {

  /** 一级指标: 基础条件 (20), 工作业绩 (90), 加分条件 (20, the bonus cap). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Group(String name, int cap, List<Indicator> indicators) {}

  /** 二级指标 with its cap (说明6: 三级指标的累计得分不超过二级指标对应的分值). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Indicator(String id, String name, int cap, List<Rule> rules) {}

  /**
   * 三级指标: its own cap (累计最多得…分; null when the standard sets none), and whether items add up
   * ({@code sum}) or only the best counts ({@code max}: 以最高学历得分为准).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Rule(String id, String text, Integer cap, String mode, List<Item> items) {
    public boolean best() {
      return "max".equals(mode);
    }
  }

  /** One thing that scores: its points per unit (次, 篇, 项 …; none when it counts once). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Item(String id, String text, int points, String unit) {}
}
