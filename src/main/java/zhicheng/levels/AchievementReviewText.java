package zhicheng.levels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import zhicheng.achievements.Achievement;
import zhicheng.achievements.AchievementUse;
import zhicheng.scoring.AchievementFinding;
import zhicheng.scoring.AchievementScore;
import zhicheng.scoring.ScoringStandard;

/**
 * The achievements of an application as a reviewer's form shows them (Markdown lines): each row with its kind, date,
 * work, what it scores by the plan's standard and why, and the unit's finding; then the scores. The unit, before it
 * confirms, sees what each row would score if confirmed; every level sees the score of the rows the unit confirmed
 * (核实) beside the applicant's own claim and the difference; a row outside the window the plan's notice states
 * (任现职以来, 近五年, {@link zhicheng.achievements.AchievementWindow}) says so. Engine-free.
 */
public final class AchievementReviewText {

  private AchievementReviewText() {}

  /**
   * @param submitted the score of every row as if all were confirmed (the unit's view before it confirms)
   * @param confirmed the score of the confirmed rows
   * @param claimed   the applicant's own claim (the items declared, after caps), or null
   */
  public static String of(List<Achievement> rows, Optional<AchievementScore> submitted,
      Optional<AchievementScore> confirmed, Integer claimed, ScoringStandard standard, boolean unit,
      java.util.function.Function<Achievement, Optional<String>> outside) {
    Map<String, AchievementFinding> byRow = new java.util.HashMap<>();
    submitted.ifPresent(s -> s.findings().forEach(f -> {
      if (f.id() != null) {
        byRow.put(f.id(), f);
      }
    }));
    List<String> lines = new ArrayList<>();
    int n = 1;
    for (Achievement a : rows) {
      AchievementUse use = a.uses().isEmpty() ? null : a.uses().get(0);
      AchievementFinding f = byRow.get(String.valueOf(a.id()));
      String found = use == null || use.confirmation() == null ? "待核实"
          : use.reason() == null ? use.confirmation() : use.confirmation() + "（" + use.reason() + "）";
      lines.add(n++ + ". " + label(a, f == null ? null : f.points()) + "；单位：" + found
          + (f == null ? "" : "；" + f.message() + "（" + f.source() + "）")
          + outside.apply(a).map(o -> "；**不在应提交的业绩范围**：" + o).orElse(""));
    }
    if (standard != null) {
      lines.add("");
      if (unit) {
        submitted.ifPresent(s -> lines.add("全部核实时按《" + standard.title() + "》计" + s.total() + "分（学历、从业年限按申报填报）。"));
      }
      lines.add(confirmed.map(s -> "按经单位核实的业绩计" + s.total() + "分").orElse("尚无经单位核实且计分的业绩")
          + "；申报人自评" + (claimed == null ? "未填报" : claimed + "分")
          + (claimed != null && confirmed.isPresent() ? "；相差" + signed(confirmed.get().total() - claimed) + "分" : "")
          + "（" + standard.notice() + "）。");
    }
    return String.join("\n", lines);
  }

  /** One row in a line: 【获奖】《钱塘潮》金奖证书（作品：钱塘潮）2019-10-12，计5分. */
  public static String label(Achievement a, Integer points) {
    return "【" + a.kind() + "】" + a.title() + (a.work() == null ? "" : "（作品：" + a.work() + "）") + " " + a.date()
        + (a.status() == null ? "" : "，" + a.status()) + (a.role() == null ? "" : "，本人" + a.role())
        + (points == null ? "" : "，计" + points + "分");
  }

  private static String signed(int n) {
    return n > 0 ? "+" + n : String.valueOf(n);
  }
}
