package zhicheng.scoring;

import java.util.List;

/**
 * The result of a self-score: each indicator's subtotal before and after its cap, each group's, the total and
 * whether it reaches the threshold.
 */
public record Score(String standardId, String title, int total, int threshold, boolean qualifies, List<GroupScore> groups) {

  public record GroupScore(String name, int cap, int claimed, int subtotal, List<IndicatorScore> indicators) {}

  /** {@code claimed} is the sum of the rule subtotals (each already within its own cap); {@code subtotal} is capped. */
  public record IndicatorScore(String id, String name, int cap, int claimed, int subtotal) {}
}
