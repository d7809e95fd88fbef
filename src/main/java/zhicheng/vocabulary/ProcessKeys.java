package zhicheng.vocabulary;

/**
 * The process definitions of processes/, by key (the BPMN process id, which is also the file name). The one place
 * code names a process; BPMN ids themselves never change (running instances depend on them).
 */
public final class ProcessKeys {

  /** One instance per application: declaration to certificate. */
  public static final String TITLE_APPLICATION = "title-application";
  /** One level of an application's chain, called by title-application. */
  public static final String LEVEL_REVIEW = "level-review";
  /** A publicity period (公示) of working days, with objections. */
  public static final String PUBLICITY = "publicity";
  /** One sitting of a committee (评审会). */
  public static final String COMMITTEE_SESSION = "committee-session";
  /** A reviewing body's roster sent to the next level (报送花名册). */
  public static final String BATCH_FORWARDING = "batch-forwarding";

  private ProcessKeys() {}
}
