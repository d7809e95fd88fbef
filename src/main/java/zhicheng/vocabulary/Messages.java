package zhicheng.vocabulary;

/** The BPMN messages the processes exchange, by name. */
public final class Messages {

  /** The payment platform reports the fee paid (to title-application, at 缴费). */
  public static final String FEE_PAID = "FeePaid";
  /** The sitting hands each application its result (committee-session to title-application). */
  public static final String COMMITTEE_RESULT = "CommitteeResult";
  /** Someone objects during a publicity (to the publicity instance). */
  public static final String OBJECTION = "Objection";

  private Messages() {}
}
