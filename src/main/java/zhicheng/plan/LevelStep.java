package zhicheng.plan;

import java.util.List;
import java.util.Map;

/**
 * One level of an application's own chain, resolved when the declaration is accepted: the candidate group
 * for this applicant's unit and county, and the deadline as a date. The chain is stored on the application
 * (JSON) so that a plan edited later does not change applications already under way.
 */
public record LevelStep(String key, String name, String group, String deadline, int publicityDays) {

  public static List<LevelStep> chainOf(Plan plan, Map<String, String> scope) {
    return plan.chain().stream()
        .map(l -> new LevelStep(l.key(), l.name(), l.groupFor(scope), l.deadline().toString(), l.publicityDays()))
        .toList();
  }
}
