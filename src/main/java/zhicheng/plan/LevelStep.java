package zhicheng.plan;

/**
 * One level of an application's own chain, resolved when the declaration is accepted (see {@link PlanChain}):
 * the candidate group for this applicant's unit and county, and the deadline as a date. The chain is stored on
 * the application (JSON) so that a plan edited later does not change applications already under way.
 */
public record LevelStep(String key, String name, String group, String deadline, int publicityDays) {}
