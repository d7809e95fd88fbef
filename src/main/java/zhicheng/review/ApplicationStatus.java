package zhicheng.review;

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
  OVERDUE("逾期不予受理");

  private final String text;

  ApplicationStatus(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
