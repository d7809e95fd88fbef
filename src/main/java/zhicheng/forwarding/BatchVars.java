package zhicheng.forwarding;

import zhicheng.application.Vars;

/**
 * Names of the process variables of batch-forwarding (报送花名册), and the one it writes on each application. The
 * start form gives {@link #PLAN_ID} and, for someone in several forwarding bodies, {@link #FORWARDING_GROUP}.
 */
public final class BatchVars {

  // the start form and the starter
  public static final String PLAN_ID = Vars.PLAN_ID;
  /** The user who starts it (camunda:initiator). */
  public static final String FORWARDER = "forwarder";
  /** The forwarding body's group, e.g. county:330106: chosen in the form, or the starter's only one. */
  public static final String FORWARDING_GROUP = "forwardingGroup";

  // what the batch records
  public static final String PLAN_TITLE = Vars.PLAN_TITLE;
  public static final String FORWARDING_BODY = "forwardingBody";
  /** The body's level as the applications' chains name it, e.g. 区县（市）职称受理点审核. */
  public static final String FORWARDING_LEVEL = "forwardingLevel";
  /** The groups of the next level(s), comma-separated: they may read the batch's documents. */
  public static final String RECEIVING_GROUPS = "receivingGroups";
  public static final String RECEIVING_BODIES = "receivingBodies";
  public static final String BATCH_NUMBER = "batchNumber";
  public static final String BATCH_TITLE = "batchTitle";
  public static final String BATCH_SIZE = "batchSize";
  /** JSON: 序号, application, 申报编号, name, unit, for Cockpit. */
  public static final String MEMBERS = "batchMembers";
  /** The same for the form, with a link to each application's evaluation form (a JSON string: it may be long). */
  public static final String MEMBERS_TEXT = "batchMembersText";
  public static final String CREATED_AT = "batchCreatedAt";
  /** What the body prints and stamps: 《花名册》, and 《委托书》 for a batch to the committee's office (seed 004 附件4 二、1). */
  public static final String PAPERS = "batchPapers";
  /** The plan's copies of the evaluation form per applicant (plan file {@code documents.evaluation-form.copies}). */
  public static final String EVALUATION_FORM_COPIES = "evaluationFormCopies";
  /** The plan's notice and where it asks for those copies, for the form beside the number. */
  public static final String EVALUATION_FORM_COPIES_SOURCE = "evaluationFormCopiesSource";

  // the body's confirmation, consumed on completion, and what is recorded
  public static final String SENT = "sent";
  public static final String SENT_AT = "sentAt";
  public static final String SENT_BY = "sentBy";

  /**
   * On each application: JSON list of the batches it was forwarded in (body, its group, the levels it went to, batch,
   * 序号, when).
   */
  public static final String ROSTER_BATCHES = "rosterBatches";
  /**
   * On the review and paper-form tasks of each application: links to the 花名册 and 委托书 of its batches that the
   * task's groups may read (a task variable, {@link BatchLinksListener}).
   */
  public static final String ROSTER_LINKS = "rosterLinks";

  private BatchVars() {}
}
