package zhicheng.plan;

import java.util.List;

/**
 * When people are reminded of a deadline of this plan, in working days before it (0: on the day itself). Not a rule
 * of the notices, which only say 逾期不予受理: a service, so that nobody misses a deadline for want of being told.
 * Plan file: optional {@code "reminders": {"reviewers": [3, 0], "applicant": [3]}}; absent, these defaults; an empty
 * list turns that side off.
 *
 * @param reviewerDays before a level's deadline, to the reviewing body's people (the level's group)
 * @param applicantDays before the applicant's own deadlines: 网上个人申报 (upload and fixes), the fee, the paper forms
 */
public record Reminders(List<Integer> reviewerDays, List<Integer> applicantDays) {

  /** A reminder further ahead than this is a typing mistake (about a month of working days). */
  public static final int MAX_DAYS = 20;
  public static final Reminders DEFAULT = new Reminders(List.of(3, 0), List.of(3));
  public static final Reminders NONE = new Reminders(List.of(), List.of());

  public Reminders {
    reviewerDays = List.copyOf(reviewerDays);
    applicantDays = List.copyOf(applicantDays);
  }
}
