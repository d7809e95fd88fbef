package zhicheng.plan;

/**
 * What a notice answers instead of a review, for the applicants it concerns: a row of seed 003 附件1 marked
 * 委托评审 or 以考代评 for everyone, one marked 不含自主评聘单位 for the staff of such units. A declaration it
 * applies to is refused with this message and its source, and nothing is created.
 *
 * @param when    whom it concerns ({@link Condition#ALWAYS}: everyone)
 * @param message what the applicant reads
 * @param source  where the notice says so
 */
public record Refusal(Condition when, String message, String source) {

  public boolean appliesTo(ApplicantScope scope) {
    return when.matches(scope);
  }
}
