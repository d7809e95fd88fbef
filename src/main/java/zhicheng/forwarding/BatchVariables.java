package zhicheng.forwarding;

import static zhicheng.process.ProcessVariable.bool;
import static zhicheng.process.ProcessVariable.date;
import static zhicheng.process.ProcessVariable.integer;
import static zhicheng.process.ProcessVariable.json;
import static zhicheng.process.ProcessVariable.longText;
import static zhicheng.process.ProcessVariable.string;

import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

import zhicheng.process.ProcessVariable;

/**
 * The process variables of batch-forwarding (报送花名册, one instance per batch), each declared once with its type,
 * and the two it writes on the applications it forwards. The start form gives {@link #PLAN_ID} and, for someone in
 * several forwarding bodies, {@link #FORWARDING_GROUP}; 编制花名册和委托书 records the rest; the body's confirmation
 * ends it.
 */
public final class BatchVariables {

  // the start form and the starter
  public static final ProcessVariable<String> PLAN_ID = string("planId");
  /** The user who starts it (camunda:initiator). */
  public static final ProcessVariable<String> FORWARDER = string("forwarder");
  /** The forwarding body's group, e.g. county:330106: chosen in the form, or the starter's only one. */
  public static final ProcessVariable<String> FORWARDING_GROUP = string("forwardingGroup");

  // what the batch records
  public static final ProcessVariable<String> PLAN_TITLE = string("planTitle");
  public static final ProcessVariable<String> FORWARDING_BODY = string("forwardingBody");
  /** The body's level as the applications' chains name it, e.g. 区县（市）职称受理点审核. */
  public static final ProcessVariable<String> FORWARDING_LEVEL = string("forwardingLevel");
  /** The groups of the next level(s), comma-separated: they may read the batch's documents (DocumentAccess). */
  public static final ProcessVariable<String> RECEIVING_GROUPS = string("receivingGroups");
  public static final ProcessVariable<String> RECEIVING_BODIES = string("receivingBodies");
  public static final ProcessVariable<Integer> BATCH_NUMBER = integer("batchNumber");
  /** 西湖区…花名册第1批（2人）: the confirmation task's name. */
  public static final ProcessVariable<String> BATCH_TITLE = string("batchTitle");
  public static final ProcessVariable<Integer> BATCH_SIZE = integer("batchSize");
  /** 序号, application, 申报编号, name, unit, for Cockpit. */
  public static final ProcessVariable<List<Batch.Row>> MEMBERS = json("batchMembers", new TypeReference<>() {});
  /** The same for the form, with a link to each application's evaluation form (it may be long). */
  public static final ProcessVariable<String> MEMBERS_TEXT = longText("batchMembersText");
  public static final ProcessVariable<Date> CREATED_AT = date("batchCreatedAt");
  /** What the body prints and stamps: 《花名册》, and 《委托书》 for a batch to the committee's office (seed 004 附件4 二、1). */
  public static final ProcessVariable<String> PAPERS = string("batchPapers");
  /** The plan's copies of the evaluation form per applicant (plan file {@code documents.evaluation-form.copies}). */
  public static final ProcessVariable<Integer> EVALUATION_FORM_COPIES = integer("evaluationFormCopies");
  /** The plan's notice and where it asks for those copies, for the form beside the number. */
  public static final ProcessVariable<String> EVALUATION_FORM_COPIES_SOURCE = string("evaluationFormCopiesSource");
  /** Markdown links to the batch's 花名册 and 委托书, shown by the confirmation form. */
  public static final ProcessVariable<String> DOCUMENT_LINKS = string("documentLinks");

  // the body's confirmation, consumed on completion, and what is recorded
  public static final ProcessVariable<Boolean> SENT = bool("sent");
  public static final ProcessVariable<Date> SENT_AT = date("sentAt");
  public static final ProcessVariable<String> SENT_BY = string("sentBy");

  /** On each application: the batches it was forwarded in ({@link RosterEntry}), oldest first. */
  public static final ProcessVariable<List<RosterEntry>> ROSTER_BATCHES =
      json("rosterBatches", new TypeReference<>() {});
  /**
   * On the review and paper-form tasks of each application (a task variable): links to the 花名册 and 委托书 of its
   * batches that the task's groups may read ({@link ApplicationBatches#links}).
   */
  public static final ProcessVariable<String> ROSTER_LINKS = string("rosterLinks");

  private BatchVariables() {}
}
