package zhicheng.documents;

/**
 * One achievement as the evaluation form prints it: what it is, when, what the unit found and what it scored.
 *
 * @param confirmation 核实, 不予认定（理由）, or 待核实 while the unit has not confirmed it
 * @param points       its points under the plan's scoring standard, or null where none apply
 */
public record AchievementLine(String kind, String title, String date, String confirmation, Integer points) {}
