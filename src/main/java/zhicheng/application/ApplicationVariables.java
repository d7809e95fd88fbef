package zhicheng.application;

import static zhicheng.process.ProcessVariable.bool;
import static zhicheng.process.ProcessVariable.date;
import static zhicheng.process.ProcessVariable.integer;
import static zhicheng.process.ProcessVariable.json;
import static zhicheng.process.ProcessVariable.string;
import static zhicheng.process.ProcessVariable.typed;

import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import org.camunda.bpm.engine.variable.value.TypedValue;

import zhicheng.eligibility.Finding;
import zhicheng.plan.LevelStep;
import zhicheng.process.ProcessVariable;

/**
 * The process variables of title-application (one instance per application), each declared once with its type.
 * What the applicant declares comes first (the start form; the correction form changes some of it), then what 受理申报
 * fixes, the level under review (handed to level-review by the call activity's in-mappings, same names), the
 * eligibility step, the readable state, and the committee steps. Values are strings, numbers, dates and JSON only:
 * Cockpit shows them and nothing is Java-serialized.
 */
public final class ApplicationVariables {

  // declared by the applicant (start form; correction form)
  public static final ProcessVariable<String> PLAN_ID = string("planId");
  /** The user who declared (the start event's {@code camunda:initiator}); the only one who works the applicant's tasks. */
  public static final ProcessVariable<String> APPLICANT = string("applicant");
  public static final ProcessVariable<String> APPLICANT_NAME = string("applicantName");
  public static final ProcessVariable<String> ID_NUMBER = string("idNumber");
  public static final ProcessVariable<String> UNIT_CODE = string("unitCode");
  public static final ProcessVariable<String> ROUTE = string("route");
  public static final ProcessVariable<String> EDUCATION = string("education");
  public static final ProcessVariable<String> CURRENT_TITLE = string("currentTitle");
  /** yyyy-MM-dd as the form sends it. */
  public static final ProcessVariable<String> CURRENT_TITLE_DATE = string("currentTitleDate");
  public static final ProcessVariable<String> STATEMENT = string("statement");
  /** The 资格核验信息 group of the start form, as the form sends it (JSON); read by {@link EligibilityStep#parse}. */
  public static final ProcessVariable<TypedValue> PROFILE = typed("profile");

  // fixed when the declaration is accepted
  public static final ProcessVariable<String> PLAN_TITLE = string("planTitle");
  public static final ProcessVariable<String> PLAN_NOTICE = string("planNotice");
  public static final ProcessVariable<String> UNIT_NAME = string("unitName");
  public static final ProcessVariable<String> COUNTY_CODE = string("countyCode");
  public static final ProcessVariable<String> COUNTY_NAME = string("countyName");
  public static final ProcessVariable<String> COMMITTEE_CODE = string("committeeCode");
  public static final ProcessVariable<String> COMMITTEE_NAME = string("committeeName");
  /** The applicant's tasks (upload, fix) are due by then: the plan's applicant deadline (the BPMN's due dates). */
  public static final ProcessVariable<Date> APPLICANT_DEADLINE = date("applicantDeadline");
  /** The plan's chain of levels for this applicant, fixed at acceptance. */
  public static final ProcessVariable<List<LevelStep>> CHAIN = json("chain", new TypeReference<>() {});
  /** Index of the next level to enter (0 before the first). */
  public static final ProcessVariable<Integer> LEVEL_INDEX = integer("levelIndex");
  public static final ProcessVariable<Integer> LEVEL_COUNT = integer("levelCount");

  // the level under review, as level-review receives it (in-mappings of the same names)
  public static final ProcessVariable<String> LEVEL_KEY = string("levelKey");
  public static final ProcessVariable<String> LEVEL_NAME = string("levelName");
  /** The candidate group of the level's review task. */
  public static final ProcessVariable<String> REVIEW_GROUP = string("reviewGroup");
  public static final ProcessVariable<Date> LEVEL_DEADLINE = date("levelDeadline");
  public static final ProcessVariable<Integer> PUBLICITY_DAYS = integer("publicityDays");
  /** What level-review hands back: {@link #OUTCOME_PASSED}, {@link #OUTCOME_REJECTED} or {@link #OUTCOME_OVERDUE}. */
  public static final ProcessVariable<String> LEVEL_OUTCOME = string("levelOutcome");
  public static final ProcessVariable<String> LEVEL_REASON = string("levelReason");
  public static final String OUTCOME_PASSED = "passed";
  public static final String OUTCOME_REJECTED = "rejected";
  public static final String OUTCOME_OVERDUE = "overdue";

  // the eligibility step
  public static final ProcessVariable<Boolean> ELIGIBLE = bool("eligible");
  public static final ProcessVariable<List<Finding>> FINDINGS = json("eligibilityFindings", new TypeReference<>() {});
  /** The findings as text, for the applicant's fix form and every reviewer's form (read-only there). */
  public static final ProcessVariable<String> FINDINGS_TEXT = string("eligibilityFindingsText");
  public static final ProcessVariable<String> REQUIRED_MATERIALS_TEXT = string("requiredMaterialsText");
  /** Set when its unit passed it: it then holds one of the unit's vacant posts. */
  public static final ProcessVariable<Boolean> UNIT_RECOMMENDED = bool("unitRecommended");
  /** The level declared for (the plan's, or that of the title chosen from a plan-table row): the post quota's level. */
  public static final ProcessVariable<String> TARGET_LEVEL = string("targetLevel");
  /** The title declared for from a plan-table row's 所评/推荐 columns; null for a plan of one round. */
  public static final ProcessVariable<String> TARGET_TITLE = string("targetTitle");

  // the application's readable state (ApplicationRecord)
  public static final ProcessVariable<String> STATUS = string("status");
  public static final ProcessVariable<String> STATUS_TEXT = string("statusText");
  public static final ProcessVariable<String> STATUS_REASON = string("statusReason");
  public static final ProcessVariable<List<TrailEntry>> REVIEW_TRAIL = json("reviewTrail", new TypeReference<>() {});
  public static final ProcessVariable<String> REVIEW_TRAIL_TEXT = string("reviewTrailText");
  /** Markdown links to the application's documents, shown by the Tasklist forms. */
  public static final ProcessVariable<String> DOCUMENT_LINKS = string("documentLinks");

  // the committee steps: fee (seed 001 六; seed 004 附件2 二、7)
  public static final ProcessVariable<String> FEE_AMOUNT = string("feeAmount");
  public static final ProcessVariable<String> FEE_TEXT = string("feeText");
  public static final ProcessVariable<Date> FEE_NOTIFIED_AT = date("feeNotifiedAt");
  public static final ProcessVariable<Integer> PAYMENT_WORKING_DAYS = integer("paymentWorkingDays");
  /** End of the payment period as computed at notification, for people; the timer's due date is the truth. */
  public static final ProcessVariable<Date> PAYMENT_DEADLINE = date("paymentDeadline");
  public static final ProcessVariable<String> PAYMENT_ID = string("paymentId");
  public static final ProcessVariable<String> PAID_AMOUNT = string("paidAmount");
  public static final ProcessVariable<Date> PAID_AT = date("paidAt");
  /** The payment platform's account that reported the payment. */
  public static final ProcessVariable<String> PAYMENT_REPORTED_BY = string("paymentReportedBy");

  // paper evaluation forms
  public static final ProcessVariable<String> PAPER_FORMS_GROUP = string("paperFormsGroup");
  public static final ProcessVariable<Date> PAPER_FORMS_DEADLINE = date("paperFormsDeadline");
  public static final ProcessVariable<Integer> PAPER_FORMS_COPIES = integer("paperFormsCopies");
  /** The plan's notice and the clause that asks for those copies ({@link zhicheng.plan.Plan#copiesSource}). */
  public static final ProcessVariable<String> EVALUATION_FORM_COPIES_SOURCE = string("evaluationFormCopiesSource");
  /** The office's form: copies received, and a note; consumed on completion. */
  public static final ProcessVariable<Integer> COPIES_RECEIVED = integer("copiesReceived");
  public static final ProcessVariable<String> PAPER_FORMS_NOTE = string("paperFormsNote");

  // the committee's result (message CommitteeResult)
  /** {@link #RESULT_PASSED}, {@link #RESULT_NOT_PASSED} or {@link #RESULT_REJECTED}. */
  public static final ProcessVariable<String> COMMITTEE_RESULT = string("committeeResult");
  public static final String RESULT_PASSED = "passed";
  public static final String RESULT_NOT_PASSED = "not-passed";
  /** An objection upheld in one of the sitting's publicities. */
  public static final String RESULT_REJECTED = "rejected";
  public static final ProcessVariable<String> COMMITTEE_TALLY = string("committeeTally");
  public static final ProcessVariable<String> SITTING_NAME = string("sittingName");
  public static final ProcessVariable<String> DOCUMENT_NUMBER = string("documentNumber");
  /** yyyy-MM-dd. */
  public static final ProcessVariable<String> DOCUMENT_DATE = string("documentDate");
  public static final ProcessVariable<String> ISSUER = string("issuer");
  public static final ProcessVariable<String> PUBLISHED_BY = string("publishedBy");

  // the certificate
  public static final ProcessVariable<String> CERTIFICATE_CODE = string("certificateCode");
  public static final ProcessVariable<String> CERTIFICATE_VERIFY_URL = string("certificateVerifyUrl");
  /** Where the applicant downloads the certificate's PDF (/api/applications/{id}/documents/{docId}). */
  public static final ProcessVariable<String> CERTIFICATE_URL = string("certificateUrl");

  // the evaluation form's return after the certificate (评审表归档: seed 002 附件2 十一; seed 004 四、5)
  public static final ProcessVariable<String> FORM_RETURN_GROUP = string("formReturnGroup");
  /** Who receives the form, as people read it: 申报单位 杭州西湖精细化工有限公司 / 申报人 张三. */
  public static final ProcessVariable<String> FORM_RETURN_TO = string("formReturnTo");
  /** Where the plan's notice says so, for the form's text. */
  public static final ProcessVariable<String> FORM_RETURN_SOURCE = string("formReturnSource");
  /** The returning body's form: that the form was handed back, and a note; consumed on completion. */
  public static final ProcessVariable<Boolean> FORM_RETURNED = bool("formReturned");
  public static final ProcessVariable<String> FORM_RETURN_NOTE = string("formReturnNote");

  private ApplicationVariables() {}
}
