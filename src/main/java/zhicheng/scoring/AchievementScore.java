package zhicheng.scoring;

import java.util.List;

/**
 * A self-score computed from achievements: the same totals as a {@link Score} (each group and indicator before and
 * after its cap), and one finding per achievement in the order given.
 */
public record AchievementScore(String standardId, String title, String titleDate, String asOf, int total,
    int threshold, boolean qualifies, List<Score.GroupScore> groups, List<AchievementFinding> findings) {

  static AchievementScore of(Score score, String titleDate, String asOf, List<AchievementFinding> findings) {
    return new AchievementScore(score.standardId(), score.title(), titleDate, asOf, score.total(), score.threshold(),
        score.qualifies(), score.groups(), findings);
  }
}
