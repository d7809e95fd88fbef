package zhicheng.application;

/**
 * The one readable status of an application, kept beside the engine's state in the variables
 * {@code status} (the code) and {@code statusText} (what people read), so Tasklist, Cockpit and the REST API
 * never have to interpret the engine's internals.
 */
public enum ApplicationStatus {
  AWAITING_MATERIALS("待上传申报材料"),
  IN_REVIEW("审核中"),
  CORRECTION_REQUIRED("退回修改"),
  PUBLICITY("公示中"),
  AWAITING_COMMITTEE("等待评委会评审"),
  REJECTED("不予通过"),
  OVERDUE("逾期不予受理"),
  /** Qualification passed; the fee is due (seed 001 六). */
  AWAITING_PAYMENT("待缴费"),
  /** Paid; the paper evaluation forms are due at the receiving body. */
  AWAITING_PAPER_FORMS("待报送纸质评审表"),
  /** Taken by a sitting of the committee (its publicity shows as PUBLICITY). */
  IN_SITTING("评委会评审中"),
  /** Voted on (and, if passed, through the result publicity); the results await the publishing document. */
  AWAITING_PUBLICATION("评审结束，待发文公布"),
  CERTIFIED("评审通过，已发证"),
  /** Certified, and the paper evaluation form handed back for the personnel file (seed 002 附件2 十一; seed 004 四、5). */
  ARCHIVED("评审通过，评审表已退还归档"),
  NOT_PASSED("评审未通过"),
  /** Unpaid by the payment deadline: seed 001 六, 否则视作自动放弃推荐评审. */
  WITHDRAWN("视作自动放弃推荐评审");

  private final String text;

  ApplicationStatus(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
