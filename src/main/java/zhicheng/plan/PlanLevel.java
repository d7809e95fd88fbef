package zhicheng.plan;

import java.time.LocalDate;
import java.util.Map;

/**
 * One review level of a plan's chain (用人单位审核, 区县受理点审核 …).
 *
 * @param key           short id of the level, used in variables and history ("unit", "county", "office")
 * @param name          what reviewers and applicants read
 * @param group         candidate-group pattern; {unit}, {county} and {committee} are replaced per application
 * @param deadline      last day of the level, a Beijing-time date (see {@link Deadlines})
 * @param publicityDays length of the publicity that follows a pass at this level, 0 when none
 * @param source        where the notice says so, for people checking the plan
 */
public record PlanLevel(
    String key, String name, String group, LocalDate deadline, int publicityDays, String source) {

  /** The candidate group of this level for one application, e.g. "unit:{unit}" → "unit:hz-xihu-chem". */
  public String groupFor(Map<String, String> scope) {
    String resolved = group;
    for (Map.Entry<String, String> e : scope.entrySet()) {
      resolved = resolved.replace("{" + e.getKey() + "}", e.getValue());
    }
    if (resolved.contains("{")) {
      throw new IllegalStateException("审核层级“" + name + "”的受理组 " + group + " 含有无法确定的占位符");
    }
    return resolved;
  }
}
