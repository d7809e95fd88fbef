package zhicheng.publicity;

/**
 * Names of the process variables of publicity.bpmn (公示), its message, timer and incident type. The calling
 * process passes the inputs in and reads {@link #OUTCOME} and {@link #REASON} back.
 */
public final class PublicityVars {

  // inputs from the calling process
  /** What this publicity is, e.g. 用人单位公示, 评前公示; the review trail's level column. */
  public static final String NAME = "publicityName";
  /** What is published, e.g. 张三 申报2023年度……高级工程师…… */
  public static final String SUBJECT = "publicitySubject";
  /** The publishing body as people read it, e.g. 杭州西湖精细化工有限公司. */
  public static final String PUBLISHER = "publicityPublisher";
  /** Candidate group of the publishing body, which investigates objections, e.g. unit:hz-xihu-chem. */
  public static final String GROUP = "publicityGroup";
  /** Where it is posted, e.g. 本单位公示栏及内部网站. */
  public static final String PLACE = "publicityPlace";
  /** Length of the period in working days (不少于5个工作日). */
  public static final String DAYS = "publicityDays";

  // the period
  public static final String START = "publicityStart";
  /** End of the period as last computed, for people; the timer's due date is the truth. */
  public static final String END = "publicityEnd";
  public static final String OPEN_OBJECTIONS = "openObjections";
  /** A restart decided after the timer fired (while investigations were open): the period starts again. */
  public static final String RESTART_PENDING = "restartPending";
  public static final String OBJECTION_COUNT = "objectionCount";

  // one objection, local to its investigation
  public static final String OBJECTION_NUMBER = "objectionNumber";
  public static final String OBJECTION_TEXT = "objectionText";
  /** The name the objector gives. */
  public static final String OBJECTION_NAME = "objectionName";
  /** The objector's user id. */
  public static final String OBJECTION_BY = "objectionBy";
  public static final String OBJECTION_AT = "objectionAt";

  // the investigator's form, consumed on completion
  public static final String FINDING = "finding";
  public static final String FINDING_TEXT = "findingText";
  public static final String RESTART = "restart";
  // the investigation's recorded result, local to it
  public static final String OBJECTION_FINDING = "objectionFinding";
  public static final String OBJECTION_FINDING_TEXT = "objectionFindingText";
  public static final String OBJECTION_RESTART = "objectionRestart";
  public static final String UPHELD = "upheld";
  public static final String DISMISSED = "dismissed";

  // the result, read by the caller
  public static final String OUTCOME = "publicityOutcome";
  public static final String REASON = "publicityReason";
  public static final String PASSED = "passed";

  public static final String TIMER = "Timer_PeriodEnd";

  private PublicityVars() {}
}
