package zhicheng.publicity;

import static zhicheng.process.ProcessVariable.bool;
import static zhicheng.process.ProcessVariable.date;
import static zhicheng.process.ProcessVariable.integer;
import static zhicheng.process.ProcessVariable.string;

import java.util.Date;

import zhicheng.process.ProcessVariable;

/**
 * The process variables of publicity.bpmn (公示), each declared once with its type, and its timer. The calling
 * process passes the inputs in and reads {@link #OUTCOME} and {@link #REASON} back.
 */
public final class PublicityVariables {

  // inputs from the calling process
  /** What this publicity is, e.g. 用人单位公示, 评前公示; the review trail's level column. */
  public static final ProcessVariable<String> NAME = string("publicityName");
  /** What is published, e.g. 张三 申报2023年度……高级工程师…… */
  public static final ProcessVariable<String> SUBJECT = string("publicitySubject");
  /** The publishing body as people read it, e.g. 杭州西湖精细化工有限公司. */
  public static final ProcessVariable<String> PUBLISHER = string("publicityPublisher");
  /** Candidate group of the publishing body, which investigates objections, e.g. unit:hz-xihu-chem. */
  public static final ProcessVariable<String> GROUP = string("publicityGroup");
  /** Where it is posted, e.g. 本单位公示栏及内部网站. */
  public static final ProcessVariable<String> PLACE = string("publicityPlace");
  /** Length of the period in working days (不少于5个工作日). */
  public static final ProcessVariable<Integer> DAYS = integer("publicityDays");

  // the period
  /** When the period started (again): the timer counts from it. */
  public static final ProcessVariable<Date> START = date("publicityStart");
  /** End of the period as last computed, for people; the timer's due date is the truth. */
  public static final ProcessVariable<Date> END = date("publicityEnd");
  /** Investigations still open: the period does not end before they are closed. */
  public static final ProcessVariable<Integer> OPEN_OBJECTIONS = integer("openObjections");
  /** A restart decided after the timer fired (while investigations were open): the period starts again. */
  public static final ProcessVariable<Boolean> RESTART_PENDING = bool("restartPending");
  /** Objections received so far; the last one's number. */
  public static final ProcessVariable<Integer> OBJECTION_COUNT = integer("objectionCount");
  /** The application's document links, copied here for the investigator's form (a sitting's publicity). */
  public static final ProcessVariable<String> DOCUMENT_LINKS = string("documentLinks");

  // one objection, local to its investigation (the message Objection brings text, name, by and at)
  public static final ProcessVariable<Integer> OBJECTION_NUMBER = integer("objectionNumber");
  public static final ProcessVariable<String> OBJECTION_TEXT = string("objectionText");
  /** The name the objector gives. */
  public static final ProcessVariable<String> OBJECTION_NAME = string("objectionName");
  /** The objector's user id. */
  public static final ProcessVariable<String> OBJECTION_BY = string("objectionBy");
  public static final ProcessVariable<Date> OBJECTION_AT = date("objectionAt");

  // the investigator's form, consumed on completion
  /** {@link #UPHELD} or {@link #DISMISSED}. */
  public static final ProcessVariable<String> FINDING = string("finding");
  public static final ProcessVariable<String> FINDING_TEXT = string("findingText");
  /** 重新公示: only with {@link #DISMISSED}. */
  public static final ProcessVariable<Boolean> RESTART = bool("restart");
  // the investigation's recorded result, local to it
  public static final ProcessVariable<String> OBJECTION_FINDING = string("objectionFinding");
  public static final ProcessVariable<String> OBJECTION_FINDING_TEXT = string("objectionFindingText");
  public static final ProcessVariable<Boolean> OBJECTION_RESTART = bool("objectionRestart");
  public static final String UPHELD = "upheld";
  public static final String DISMISSED = "dismissed";

  // the result, read by the caller
  /** {@link #PASSED} or {@link #UPHELD}. */
  public static final ProcessVariable<String> OUTCOME = string("publicityOutcome");
  public static final ProcessVariable<String> REASON = string("publicityReason");
  public static final String PASSED = "passed";

  /** The period's timer (公示期满). */
  public static final String TIMER = "Timer_PeriodEnd";

  private PublicityVariables() {}
}
