package zhicheng.plan;

import java.time.LocalDate;

/**
 * One review level of a plan's chain (用人单位审核, 区县受理点审核 …).
 *
 * @param key           short id of the level, used in variables and history ("unit", "county", "office")
 * @param name          what reviewers and applicants read
 * @param group         candidate-group pattern (see {@link GroupPattern}); placeholders are replaced per application
 * @param deadline      last day of the level, a Beijing-time date (see {@link Deadlines}); null in the chain of a
 *                      plan with rows when the level takes the row's date ({@code "deadline": "row"})
 * @param publicityDays length of the publicity that follows a pass at this level, 0 when none
 * @param source        where the notice says so, for people checking the plan
 * @param when          the applicants this level applies to ({@link Condition#ALWAYS}: all)
 */
public record PlanLevel(
    String key, String name, String group, LocalDate deadline, int publicityDays, String source, Condition when) {

  public PlanLevel {
    when = when == null ? Condition.ALWAYS : when;
  }

  /** A level every applicant passes through. */
  public PlanLevel(String key, String name, String group, LocalDate deadline, int publicityDays, String source) {
    this(key, name, group, deadline, publicityDays, source, Condition.ALWAYS);
  }

  public PlanLevel withDeadline(LocalDate date) {
    return new PlanLevel(key, name, group, date, publicityDays, source, when);
  }
}
