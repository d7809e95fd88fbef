package zhicheng.application;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import zhicheng.calendar.ChineseTime;
import zhicheng.documents.DocumentKind;
import zhicheng.notification.NotificationOutbox;
import zhicheng.plan.Deadlines;
import zhicheng.plan.PaperForms;
import zhicheng.plan.Plan;

/**
 * On the way to 确认收到纸质评审表 (before its deadline timer is set): which body receives the paper evaluation
 * forms, how many copies and until when, from the plan (seed 004 附件4 二、3: 评审表一式3份; seed 001 四、(二): 2022年1月7日前报送; seed 002 七: 逾期不再受理). The
 * applicant is told through the outbox.
 */
@Component("paperFormsDue")
public class PaperFormsDueListener implements ExecutionListener {

  static final String LEVEL = "纸质评审表";

  private final PlanTerms terms;
  private final ApplicationRecord record;
  private final NotificationOutbox outbox;

  public PaperFormsDueListener(PlanTerms terms, ApplicationRecord record, NotificationOutbox outbox) {
    this.terms = terms;
    this.record = record;
    this.outbox = outbox;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Plan plan = terms.plan(execution);
    PaperForms paper = plan.paperForms();
    int copies = plan.copies(DocumentKind.EVALUATION_FORM.code());
    ApplicationVariables.PAPER_FORMS_GROUP.set(execution, PlanTerms.group(execution, paper.group()));
    ApplicationVariables.PAPER_FORMS_DEADLINE.set(execution, Date.from(Deadlines.endOf(paper.deadline())));
    ApplicationVariables.PAPER_FORMS_COPIES.set(execution, copies);
    // the form's text cites the plan's own clause for the copies, as the batch's does
    ApplicationVariables.EVALUATION_FORM_COPIES_SOURCE.set(execution,
        plan.copiesSource(DocumentKind.EVALUATION_FORM.code()));
    String due = "请于" + ChineseTime.date(paper.deadline()) + "前将带平台水印的《专业技术职务任职资格评审表》一式" + copies
        + "份（经所在单位盖章）报送评委会办公室，逾期不予受理";
    outbox.enqueue(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
        ApplicationVariables.APPLICANT.get(execution), NotifyFeeDelegate.CHANNEL, "纸质评审表报送通知",
        ApplicationVariables.APPLICANT_NAME.get(execution) + "：您的评审费已缴纳（申报编号" + execution.getProcessBusinessKey()
            + "）。" + due + "。");
    record.set(execution, ApplicationStatus.AWAITING_PAPER_FORMS, due);
  }
}
