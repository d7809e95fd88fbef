package zhicheng.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores claimed items against a standard: an item scores points × count; a rule (三级指标) adds its items up to
 * its own cap, or takes the best one; an indicator (二级指标) adds its rules up to its cap; a group (一级指标,
 * including the bonus group 加分条件) adds its indicators up to its cap; the total adds the groups.
 */
public final class ScoreCalculator {

  private ScoreCalculator() {}

  /** What is wrong with the claims (unknown items, counts below 1), in Chinese; empty when they can be scored. */
  public static List<String> problems(ScoringStandard standard, List<ScoreClaim> claims) {
    Map<String, ScoringStandard.Item> items = items(standard);
    List<String> problems = new ArrayList<>();
    for (ScoreClaim c : claims) {
      if (c == null) {
        problems.add("评分项不能为空");
      } else if (c.item() == null || !items.containsKey(c.item())) {
        problems.add("评分项“" + c.item() + "”不在《" + standard.title() + "》中");
      } else if (c.times() < 1) {
        problems.add("评分项“" + items.get(c.item()).text() + "”的数量应为正整数");
      }
    }
    return problems;
  }

  public static Score score(ScoringStandard standard, List<ScoreClaim> claims) {
    List<String> problems = problems(standard, claims);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("；", problems));
    }
    Map<String, Long> counts = new HashMap<>();
    claims.forEach(c -> counts.merge(c.item(), (long) c.times(), Long::sum));
    Map<String, Long> rulePoints = new HashMap<>();
    standard.groups().forEach(g -> g.indicators().forEach(i -> i.rules().forEach(
        r -> rulePoints.put(r.id(), rule(r, counts)))));
    return assemble(standard, rulePoints);
  }

  /**
   * The score from each rule's points (each already within the rule's own cap): indicators add their rules up to
   * their caps, groups their indicators up to theirs, the total adds the groups. Shared by counts and achievements.
   */
  static Score assemble(ScoringStandard standard, Map<String, Long> rulePoints) {
    List<Score.GroupScore> groups = new ArrayList<>();
    int total = 0;
    for (ScoringStandard.Group g : standard.groups()) {
      List<Score.IndicatorScore> indicators = new ArrayList<>();
      int groupClaimed = 0;
      for (ScoringStandard.Indicator ind : g.indicators()) {
        long claimed = 0;
        for (ScoringStandard.Rule rule : ind.rules()) {
          claimed += rulePoints.getOrDefault(rule.id(), 0L);
        }
        int subtotal = (int) Math.min(claimed, ind.cap());
        indicators.add(new Score.IndicatorScore(ind.id(), ind.name(), ind.cap(), points(claimed), subtotal));
        groupClaimed += subtotal;
      }
      int groupSubtotal = Math.min(groupClaimed, g.cap());
      groups.add(new Score.GroupScore(g.name(), g.cap(), groupClaimed, groupSubtotal, indicators));
      total += groupSubtotal;
    }
    return new Score(standard.id(), standard.title(), total, standard.threshold(), total >= standard.threshold(),
        groups);
  }

  /**
   * A rule's points. Counts are summed in long and capped, so a claim of a huge number (a hand-made call) can never
   * overflow into a negative score.
   */
  private static long rule(ScoringStandard.Rule rule, Map<String, Long> counts) {
    long points = 0;
    for (ScoringStandard.Item item : rule.items()) {
      long count = Math.min(counts.getOrDefault(item.id(), 0L), Integer.MAX_VALUE);
      if (count > 0) {
        // an item without a unit (学历, 从业年限) counts once however often it is claimed
        long p = item.points() * (item.unit() == null ? 1 : count);
        points = rule.best() ? Math.max(points, p) : points + p;
      }
    }
    return rule.cap() == null ? points : Math.min(points, rule.cap());
  }

  /** Points as the result reports them: a claim beyond any cap shows as the largest int, never negative. */
  private static int points(long claimed) {
    return (int) Math.min(claimed, Integer.MAX_VALUE);
  }

  static Map<String, ScoringStandard.Item> items(ScoringStandard standard) {
    Map<String, ScoringStandard.Item> items = new HashMap<>();
    standard.groups().forEach(g -> g.indicators().forEach(i -> i.rules().forEach(
        r -> r.items().forEach(it -> items.put(it.id(), it)))));
    return items;
  }
}
