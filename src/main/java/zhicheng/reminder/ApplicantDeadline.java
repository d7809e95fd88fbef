package zhicheng.reminder;

/**
 * The applicant's deadlines, each a boundary timer of title-application.bpmn: while its job exists, the applicant
 * still has something to do before it (the timer goes when the step is done).
 */
enum ApplicantDeadline {

  /** 网上个人申报截止: around uploading the materials and fixing the eligibility (SubProcess_Eligibility). */
  DECLARATION("Timer_ApplicantDeadline", "网上个人申报截止提醒", "网上个人申报截止时间",
      "请在截止前上传申报材料、补正资格条件，逾期不予受理。"),
  /** 缴费期满: on 等待缴费 (ReceiveTask_AwaitPayment). */
  FEE("Timer_PaymentDeadline", "缴费截止提醒", "缴费截止时间", "请在截止前在线缴纳评审费，逾期未缴费视作自动放弃推荐评审。"),
  /** 报送截止日期已过: on 确认收到纸质评审表 (UserTask_ConfirmPaperForms), which the office completes on receipt. */
  PAPER_FORMS("Timer_PaperFormsDeadline", "纸质评审表报送截止提醒", "纸质评审表报送截止时间",
      "请在截止前将纸质评审表报送评委会办公室，逾期不予受理。");

  final String timerId;
  final String subject;
  final String what;
  final String advice;

  ApplicantDeadline(String timerId, String subject, String what, String advice) {
    this.timerId = timerId;
    this.subject = subject;
    this.what = what;
    this.advice = advice;
  }
}
