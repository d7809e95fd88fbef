package zhicheng.sitting;

import zhicheng.application.CommitteeVars;

/**
 * Names of the process variables of committee-session (评审会), one instance per sitting. The sitting's record is
 * these variables (Cockpit shows them) and the tables of {@link zhicheng.committee.SittingStore}.
 */
public final class SittingVars {

  // the start form
  /** The committee's code; empty: the office the convener belongs to. */
  public static final String COMMITTEE_CODE = "committeeCode";
  public static final String SITTING_NAME = "sittingName";
  /** yyyy-MM-dd, the day the experts meet. */
  public static final String SITTING_DATE = "sittingDate";
  /** Who opened the sitting (the start event's initiator). */
  public static final String CONVENER = "convener";

  // set when the sitting opens
  public static final String OPENED_AT = "openedAt";
  public static final String COMMITTEE_NAME = "committeeName";
  public static final String OFFICE_NAME = "officeName";
  public static final String OFFICE_GROUP = "officeGroup";
  public static final String MEMBER_COUNT = "memberCount";
  /** The committee's members as choices for the office's checklist ([{label, value}], JSON). */
  public static final String COMMITTEE_MEMBERS = "committeeMembers";
  /** The sitting's applications and where each stands (JSON, refreshed at every change). */
  public static final String APPLICATIONS = "applications";
  public static final String APPLICATIONS_TEXT = "applicationsText";
  /** Multi-instance element: one application's number (申报编号). */
  public static final String APPLICATION_KEY = "applicationKey";

  // the experts
  /** The office's choice (JSON array of member ids). */
  public static final String ATTENDING_EXPERTS = "attendingExperts";
  /** The attending experts with name and unit (JSON). */
  public static final String ATTENDANCE = "attendance";
  public static final String ATTENDING_COUNT = "attendingCount";
  /** Who is recused for whom (JSON). */
  public static final String RECUSALS = "recusals";
  /**
   * The expert's ballot as his form submits it: the applicants he votes 同意, 不同意 and 弃权 on (three checklists,
   * JSON lists of numbers). Task-local; never reaches history (AnonymousBallots) and is removed on completion once
   * its votes are stored without him.
   */
  public static final String BALLOT_AGREE = "ballotAgree";
  public static final String BALLOT_DISAGREE = "ballotDisagree";
  public static final String BALLOT_ABSTAIN = "ballotAbstain";
  /** The applicants he votes on, as the checklists' choices ([{label, value}], JSON). */
  public static final String BALLOT_CHOICES = "ballotChoices";
  /** Links to each listed applicant's evaluation form, for the ballot form. */
  public static final String BALLOT_LINKS = "ballotLinks";

  // results
  /** The day the votes were counted (yyyy-MM-dd): the review took place; publication comes after it. */
  public static final String REVIEWED_ON = "reviewedOn";
  public static final String TALLIES = "tallies";
  public static final String TALLIES_TEXT = "talliesText";
  public static final String DOCUMENT_NUMBER = CommitteeVars.DOCUMENT_NUMBER;
  public static final String DOCUMENT_DATE = CommitteeVars.DOCUMENT_DATE;
  public static final String ISSUER = CommitteeVars.ISSUER;
  public static final String PUBLISHED_BY = CommitteeVars.PUBLISHED_BY;

  // the sitting's own trail: who did what, when
  public static final String SITTING_TRAIL = "sittingTrail";
  public static final String SITTING_TRAIL_TEXT = "sittingTrailText";

  /** Seed 004 四、2 and 四、3 (公示期5个工作日); seed 002 八、九 (不少于5个工作日). */
  public static final int PUBLICITY_DAYS = 5;
  public static final String PRE_REVIEW = "评前公示";

  private SittingVars() {}
}
