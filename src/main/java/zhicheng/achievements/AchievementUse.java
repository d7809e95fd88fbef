package zhicheng.achievements;

/**
 * An application submitted with an archive row, and what the applicant's unit found of the row there.
 *
 * @param confirmation {@code 核实}, {@code 不予认定} or null while the unit has not confirmed it
 */
public record AchievementUse(String applicationId, String businessKey, String usedAt, String confirmation,
    String reason, String confirmedBy, String confirmedAt) {

  public static final String CONFIRMED = "核实";
  public static final String NOT_RECOGNISED = "不予认定";

  public boolean confirmed() {
    return CONFIRMED.equals(confirmation);
  }
}
