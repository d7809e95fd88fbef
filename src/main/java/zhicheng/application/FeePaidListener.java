package zhicheng.application;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import zhicheng.plan.Money;

/**
 * The payment arrived (message {@code FeePaid} from the payment platform, see PaymentRegister): recorded in the
 * review trail with the amount and the platform's payment id, by the account that reported it.
 */
@Component("feePaid")
public class FeePaidListener implements ExecutionListener {

  private final ApplicationRecord record;

  public FeePaidListener(ApplicationRecord record) {
    this.record = record;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long fen = Money.fen(new BigDecimal(ApplicationVariables.PAID_AMOUNT.get(execution)));
    record.addTrail(execution, NotifyFeeDelegate.LEVEL, ApplicationVariables.PAYMENT_REPORTED_BY.get(execution),
        "已缴费", "缴纳" + ApplicationVariables.FEE_TEXT.get(execution) + "，实收" + Money.yuan(fen) + "（支付流水号 "
            + ApplicationVariables.PAYMENT_ID.get(execution) + "）");
  }
}
