package zhicheng.application;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import zhicheng.calendar.ChineseTime;

/**
 * 缴费期满未缴费: seed 001 六, 务必在规定时间内完成费用缴纳，否则视作自动放弃推荐评审. The reason is written for the
 * applicant; title-application then ends the application as WITHDRAWN (视作自动放弃推荐评审).
 */
@Component("recordUnpaid")
public class RecordUnpaidDelegate implements JavaDelegate {

  private final ApplicationRecord record;

  public RecordUnpaidDelegate(ApplicationRecord record) {
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date deadline = (Date) ApplicationVariables.PAYMENT_DEADLINE.get(execution);
    String reason = "未在" + ChineseTime.end(deadline.toInstant()) + "前缴纳"
        + ApplicationVariables.FEE_TEXT.get(execution) + "，视作自动放弃推荐评审";
    ApplicationVariables.LEVEL_REASON.set(execution, reason);
    record.addTrail(execution, NotifyFeeDelegate.LEVEL, "系统", "逾期未缴费", reason);
  }
}
