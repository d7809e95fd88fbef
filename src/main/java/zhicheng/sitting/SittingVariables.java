package zhicheng.sitting;

import static zhicheng.process.ProcessVariable.date;
import static zhicheng.process.ProcessVariable.integer;
import static zhicheng.process.ProcessVariable.json;
import static zhicheng.process.ProcessVariable.longText;
import static zhicheng.process.ProcessVariable.string;

import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

import zhicheng.application.TrailEntry;
import zhicheng.committee.BallotRow;
import zhicheng.committee.Expert;
import zhicheng.committee.Vote;
import zhicheng.process.ProcessVariable;

/**
 * The process variables of committee-session (评审会), one instance per sitting, each declared once with its type.
 * The sitting's record is these variables (Cockpit shows them) and the tables of
 * {@link zhicheng.committee.SittingStore}. Lists are JSON of the records below; texts the office's forms show that
 * a sitting of 200 applications makes longer than a string variable holds are {@link zhicheng.process.ProcessVariable#longText}.
 */
public final class SittingVariables {

  // the start form
  /** The committee's code; empty: the office the convener belongs to. */
  public static final ProcessVariable<String> COMMITTEE_CODE = string("committeeCode");
  public static final ProcessVariable<String> SITTING_NAME = string("sittingName");
  /** yyyy-MM-dd, the day the experts meet. */
  public static final ProcessVariable<String> SITTING_DATE = string("sittingDate");
  /** Who opened the sitting (the start event's initiator). */
  public static final ProcessVariable<String> CONVENER = string("convener");

  // set when the sitting opens
  public static final ProcessVariable<Date> OPENED_AT = date("openedAt");
  public static final ProcessVariable<String> COMMITTEE_NAME = string("committeeName");
  public static final ProcessVariable<String> OFFICE_NAME = string("officeName");
  public static final ProcessVariable<String> OFFICE_GROUP = string("officeGroup");
  public static final ProcessVariable<Integer> MEMBER_COUNT = integer("memberCount");
  /** The committee's members as choices for the office's checklist. */
  public static final ProcessVariable<List<Choice>> COMMITTEE_MEMBERS =
      json("committeeMembers", new TypeReference<>() {});
  /** The sitting's applications and where each stands (refreshed at every change). */
  public static final ProcessVariable<List<Listed>> APPLICATIONS = json("applications", new TypeReference<>() {});
  public static final ProcessVariable<String> APPLICATIONS_TEXT = longText("applicationsText");
  /** The sitting's links to its documents (its 评前公示表). */
  public static final ProcessVariable<String> DOCUMENT_LINKS = string("documentLinks");

  // one application's branch of a publicity subprocess (multi-instance), local to it
  /** The multi-instance element: one application's number (申报编号). */
  public static final ProcessVariable<String> APPLICATION_KEY = string("applicationKey");
  /** The application's applicant, unit and plan: the publicity's subject ({@code ${applicantName} 申报${planTitle}}). */
  public static final ProcessVariable<String> APPLICANT_NAME = string("applicantName");
  public static final ProcessVariable<String> UNIT_NAME = string("unitName");
  public static final ProcessVariable<String> PLAN_TITLE = string("planTitle");

  // the experts
  /** The office's choice: member ids. */
  public static final ProcessVariable<List<String>> ATTENDING_EXPERTS =
      json("attendingExperts", new TypeReference<>() {});
  /** The attending experts with name and unit. */
  public static final ProcessVariable<List<Expert>> ATTENDANCE = json("attendance", new TypeReference<>() {});
  public static final ProcessVariable<Integer> ATTENDING_COUNT = integer("attendingCount");
  /** Who is recused for whom. */
  public static final ProcessVariable<List<Recused>> RECUSALS = json("recusals", new TypeReference<>() {});

  // one expert's ballot (task-local)
  /**
   * The expert's ballot as his form submits it: the applicants he votes 同意, 不同意 and 弃权 on (three JSON lists of
   * numbers, made by forms/ballot.html from its table). Task-local; never reaches history (AnonymousBallots) and is removed on completion once its votes are
   * stored without him.
   */
  public static final ProcessVariable<List<String>> BALLOT_AGREE = json("ballotAgree", new TypeReference<>() {});
  public static final ProcessVariable<List<String>> BALLOT_DISAGREE = json("ballotDisagree", new TypeReference<>() {});
  public static final ProcessVariable<List<String>> BALLOT_ABSTAIN = json("ballotAbstain", new TypeReference<>() {});
  /** The three lists of a ballot with the vote each carries, in the form's order. */
  public static final List<BallotList> BALLOT_LISTS = List.of(new BallotList(BALLOT_AGREE, Vote.AGREE),
      new BallotList(BALLOT_DISAGREE, Vote.DISAGREE), new BallotList(BALLOT_ABSTAIN, Vote.ABSTAIN));
  /** The applicants he votes on, as the checklists' choices. */
  public static final ProcessVariable<List<Choice>> BALLOT_CHOICES = json("ballotChoices", new TypeReference<>() {});
  /** Links to each listed applicant's evaluation form, for the ballot form. */
  public static final ProcessVariable<String> BALLOT_LINKS = longText("ballotLinks");
  /**
   * The rows of his ballot table (forms/ballot.html): every applicant on the sitting with a short number, the
   * evaluation form, and whether he is recused for him.
   */
  public static final ProcessVariable<List<BallotRow>> BALLOT_ROWS = json("ballotRows", new TypeReference<>() {});
  /** Whom he is recused for, in words. */
  public static final ProcessVariable<String> BALLOT_NOTE = string("ballotNote");

  // results
  /** The day the votes were counted (yyyy-MM-dd): the review took place; publication comes after it. */
  public static final ProcessVariable<String> REVIEWED_ON = string("reviewedOn");
  /** When the last 评审结果公示 ran out: the publishing document is dated that day or later (SittingDay). */
  public static final ProcessVariable<Date> RESULT_PUBLICITY_END = date("resultPublicityEnd");
  public static final ProcessVariable<List<TallyRow>> TALLIES = json("tallies", new TypeReference<>() {});
  public static final ProcessVariable<String> TALLIES_TEXT = longText("talliesText");
  // the publishing document (发文公布), the office's form; every application of the sitting receives it
  public static final ProcessVariable<String> DOCUMENT_NUMBER = string("documentNumber");
  /** yyyy-MM-dd. */
  public static final ProcessVariable<String> DOCUMENT_DATE = string("documentDate");
  public static final ProcessVariable<String> ISSUER = string("issuer");
  public static final ProcessVariable<String> PUBLISHED_BY = string("publishedBy");

  // the sitting's own trail: who did what, when
  public static final ProcessVariable<List<TrailEntry>> SITTING_TRAIL = json("sittingTrail", new TypeReference<>() {});
  public static final ProcessVariable<String> SITTING_TRAIL_TEXT = longText("sittingTrailText");

  /** Seed 004 四、2 and 四、3 (公示期5个工作日); seed 002 八、九 (不少于5个工作日). */
  public static final int PUBLICITY_DAYS = 5;
  public static final String PRE_REVIEW = "评前公示";

  /** A choice of a form's checklist. */
  public record Choice(String label, String value) {}

  /** One of the sitting's applications, where it stands and why. */
  public record Listed(String businessKey, String name, String unit, String state, String reason,
      String applicationId) {}

  /** The experts recused for one applicant, and why. */
  public record Recused(String businessKey, String name, String unit, List<ExpertName> experts, String reason) {}

  public record ExpertName(String id, String name) {}

  /** One applicant's count. */
  public record TallyRow(String businessKey, String name, String unit, int agree, int disagree, int abstain,
      int recused, int attending, boolean passed) {}

  /** One of a ballot's three lists and the vote it carries. */
  public record BallotList(ProcessVariable<List<String>> variable, Vote vote) {}

  private SittingVariables() {}
}
