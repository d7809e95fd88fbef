package zhicheng.application;

/**
 * Names of the process variables of the committee steps of title-application (fee, paper forms, result,
 * certificate) and of the message that brings the committee's result. Beside {@link Vars}, which holds the
 * declaration and the levels.
 */
public final class CommitteeVars {

  // fee (seed 001 六; seed 004 附件2 二、7)
  public static final String FEE_AMOUNT = "feeAmount";
  public static final String FEE_TEXT = "feeText";
  public static final String FEE_NOTIFIED_AT = "feeNotifiedAt";
  public static final String PAYMENT_WORKING_DAYS = "paymentWorkingDays";
  /** End of the payment period as computed at notification, for people; the timer's due date is the truth. */
  public static final String PAYMENT_DEADLINE = "paymentDeadline";
  public static final String PAYMENT_ID = "paymentId";
  public static final String PAID_AMOUNT = "paidAmount";
  public static final String PAID_AT = "paidAt";
  /** The payment platform's account that reported the payment. */
  public static final String PAYMENT_REPORTED_BY = "paymentReportedBy";

  // paper evaluation forms
  public static final String PAPER_FORMS_GROUP = "paperFormsGroup";
  public static final String PAPER_FORMS_DEADLINE = "paperFormsDeadline";
  public static final String PAPER_FORMS_COPIES = "paperFormsCopies";
  /** The office's form: copies received, and a note; consumed on completion. */
  public static final String COPIES_RECEIVED = "copiesReceived";
  public static final String PAPER_FORMS_NOTE = "paperFormsNote";

  // the committee's result (message CommitteeResult)
  public static final String COMMITTEE_RESULT = "committeeResult";
  public static final String RESULT_PASSED = "passed";
  public static final String RESULT_NOT_PASSED = "not-passed";
  /** An objection upheld in one of the sitting's publicities. */
  public static final String RESULT_REJECTED = "rejected";
  public static final String COMMITTEE_TALLY = "committeeTally";
  public static final String SITTING_NAME = "sittingName";
  public static final String DOCUMENT_NUMBER = "documentNumber";
  /** yyyy-MM-dd. */
  public static final String DOCUMENT_DATE = "documentDate";
  public static final String ISSUER = "issuer";
  public static final String PUBLISHED_BY = "publishedBy";

  // the certificate
  public static final String CERTIFICATE_CODE = "certificateCode";
  public static final String CERTIFICATE_VERIFY_URL = "certificateVerifyUrl";
  /** Where the applicant downloads the certificate's PDF (/api/applications/{id}/documents/{docId}). */
  public static final String CERTIFICATE_URL = "certificateUrl";

  // the evaluation form's return after the certificate (评审表归档: seed 002 附件2 十一; seed 004 四、5)
  public static final String FORM_RETURN_GROUP = "formReturnGroup";
  /** Who receives the form, as people read it: 申报单位 杭州西湖精细化工有限公司 / 申报人 张三. */
  public static final String FORM_RETURN_TO = "formReturnTo";
  /** Where the plan's notice says so, for the form's text. */
  public static final String FORM_RETURN_SOURCE = "formReturnSource";
  /** The returning body's form: that the form was handed back, and a note; consumed on completion. */
  public static final String FORM_RETURNED = "formReturned";
  public static final String FORM_RETURN_NOTE = "formReturnNote";

  private CommitteeVars() {}
}
