package zhicheng.levels;

import static zhicheng.process.ProcessVariable.bool;
import static zhicheng.process.ProcessVariable.string;

import zhicheng.application.ApplicationVariables;
import zhicheng.process.ProcessVariable;

/**
 * The process variables of level-review (one level of an application's chain), each declared once. The level it
 * reviews arrives through the call activity's in-mappings under title-application's own names
 * ({@link ApplicationVariables#LEVEL_NAME}, {@link ApplicationVariables#REVIEW_GROUP}, {@link
 * ApplicationVariables#LEVEL_DEADLINE} and the declaration's fields); what it hands back are
 * {@link ApplicationVariables#LEVEL_OUTCOME} and {@link ApplicationVariables#LEVEL_REASON}. Declared here: the
 * reviewer's form and what the level records of it.
 */
public final class LevelVariables {

  /** The reviewer's form: 通过 {@code pass}, 退回 {@code return}, 不通过 {@code reject}; consumed on completion. */
  public static final ProcessVariable<String> DECISION = string("decision");
  public static final ProcessVariable<String> OPINION = string("opinion");
  /** The decision as recorded, for the gateway; the form's own {@code decision} is consumed on completion. */
  public static final ProcessVariable<String> REVIEW_ACTION = string("reviewAction");
  /** Why the level returned it, for the applicant's correction form. */
  public static final ProcessVariable<String> RETURN_REASON = string("returnReason");

  /** True while the applicant corrects a return: the level's deadline then passed on the applicant's side. */
  public static final ProcessVariable<Boolean> AWAITING_CORRECTION = bool("awaitingCorrection");

  /**
   * The reviewer task's own form, level-review-unit at the unit's level, level-review at the others: chosen by the
   * task's create listener in the model and read by its {@code camunda:formRef}. A task-local variable, because the
   * engine resolves every listed task's form (Tasklist's list, {@code GET /engine-rest/task}): from the task's own
   * variables that is one small read, from the level's {@code levelKey} it loaded the execution and all its
   * variables, 70 of 110 ms for a page of 50 tasks at 20,000 applications. Not written by anyone else: the task-holder
   * guard refuses direct variable writes, and no form declares it.
   */
  public static final ProcessVariable<String> REVIEW_FORM = string("reviewForm");

  /** The reviewer's task (level-review.bpmn), due at the level's deadline. */
  public static final String REVIEW_TASK = "UserTask_Review";

  public static final String PASS = "pass";
  public static final String RETURN = "return";
  public static final String REJECT = "reject";

  private LevelVariables() {}
}
