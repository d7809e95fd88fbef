package zhicheng.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import zhicheng.calendar.ChineseTime;
import zhicheng.calendar.Period;
import zhicheng.calendar.Workdays;
import zhicheng.notification.NotificationOutbox;
import zhicheng.plan.Fee;
import zhicheng.plan.Money;
import zhicheng.plan.Plan;

/**
 * 通知缴费: the qualification review passed, so the applicant is told to pay the plan's fee within its payment
 * period (seed 001 六: 待资格审查完毕……申报对象根据12333短信提示内容务必在规定时间内完成费用缴纳，否则视作自动放弃推荐评审;
 * seed 004 附件2 二、7). The period is counted in working days from now; the message goes out through the outbox in
 * this transaction. The fee is fixed on the application now: a plan edited later does not change it.
 */
@Component("notifyFee")
public class NotifyFeeDelegate implements JavaDelegate {

  static final String LEVEL = "缴费";
  static final String CHANNEL = "短信";

  private final PlanTerms terms;
  private final ApplicationRecord record;
  private final NotificationOutbox outbox;
  private final Workdays workdays;
  private final Clock clock;

  public NotifyFeeDelegate(PlanTerms terms, ApplicationRecord record, NotificationOutbox outbox, Workdays workdays,
      Clock clock) {
    this.terms = terms;
    this.record = record;
    this.outbox = outbox;
    this.workdays = workdays;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Plan plan = terms.plan(execution);
    Fee fee = plan.fee();
    Instant now = clock.instant();
    Period period = workdays.period(now, fee.paymentWorkingDays());
    String until = ChineseTime.end(period.end());
    ApplicationVariables.FEE_AMOUNT.set(execution, Money.plain(fee.totalFen()));
    ApplicationVariables.FEE_TEXT.set(execution, fee.describe());
    ApplicationVariables.FEE_NOTIFIED_AT.set(execution, Date.from(now));
    ApplicationVariables.PAYMENT_WORKING_DAYS.set(execution, fee.paymentWorkingDays());
    ApplicationVariables.PAYMENT_DEADLINE.set(execution, Date.from(period.end()));

    String businessKey = execution.getProcessBusinessKey();
    outbox.enqueue(execution.getProcessInstanceId(), businessKey, ApplicationVariables.APPLICANT.get(execution), CHANNEL,
        "职称评审缴费通知", ApplicationVariables.APPLICANT_NAME.get(execution) + "：您申报的" + plan.title() + "（申报编号"
            + businessKey + "）已通过资格审查。请于" + until + "前在线缴纳" + fee.describe()
            + "，逾期未缴费视作自动放弃推荐评审。");
    String due = "请于" + until + "前缴纳" + fee.describe() + "，逾期视作自动放弃推荐评审";
    record.addTrail(execution, LEVEL, "系统", "通知缴费", "已发送缴费通知（" + CHANNEL + "）：" + due);
    record.set(execution, ApplicationStatus.AWAITING_PAYMENT, due);
  }
}
