package zhicheng.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import zhicheng.calendar.ChineseTime;
import zhicheng.plan.Money;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.vocabulary.ChinaTime;
import zhicheng.vocabulary.Messages;
import zhicheng.vocabulary.ProcessKeys;

/**
 * Payments reported by the payment platform (seed 001 六, seed 003 四: 评审推荐费采用线上缴款方式收取), recorded once
 * each: table {@code zc_payment}, primary key the platform's payment id, one payment per application.
 *
 * <ul>
 *   <li>The same payment id again: the first answer, and nothing changes (the platform retries after a timeout).</li>
 *   <li>A different payment id for an application already paid, a wrong amount, an application not waiting for
 *       its fee (not yet notified, withdrawn, ended), or a payment after the payment period: refused, nothing
 *       recorded.</li>
 *   <li>Otherwise the row is written and the application receives the message {@code FeePaid}, in one
 *       transaction: either both happen or neither.</li>
 * </ul>
 * <p>Retries of one payment at the same moment, on one node or several, all get the first receipt: whichever request
 * comes second finds the payment's row (read again wherever the application's state would refuse it, as the first
 * request's commit has just changed that state), or fails on the primary key and is answered from the row by
 * {@code PaymentController}. The row decides, never the state alone.
 *
 * <p>The table is made by the migrations (db/migration), which run before this bean is created.
 */
@DependsOnDatabaseInitialization
public class PaymentRegister {

  static final String AWAIT_PAYMENT = "ReceiveTask_AwaitPayment";
  static final String PAYMENT_TIMER = "Timer_PaymentDeadline";
  static final int PAYMENT_ID_MAX = 64;

  /** What the platform is told, the first time and every time after for the same payment id. */
  public record Receipt(String paymentId, String applicationId, String businessKey, String amount,
      OffsetDateTime paidAt, String message) {}

  /** A payment refused because of the application's state (already paid, withdrawn …): HTTP 409. */
  public static class PaymentConflictException extends DeclarationRefusedException {
    public PaymentConflictException(String finding) {
      super("缴费未受理", List.of(finding));
    }
  }

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final ManagementService management;
  private final Clock clock;

  public PaymentRegister(DataSource dataSource, RuntimeService runtime, HistoryService history,
      ManagementService management, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.runtime = runtime;
    this.history = history;
    this.management = management;
    this.clock = clock;
  }

  /**
   * Records a payment reported by {@code reportedBy}. {@code amount} in 元 as the platform sends it.
   *
   * @throws DeclarationRefusedException   malformed input, a wrong amount, a payment id used for another application
   * @throws PaymentConflictException      the application's state does not take a payment
   * @throws NoSuchElementException no such application
   */
  @Transactional
  public Receipt pay(String applicationId, String paymentId, BigDecimal amount, String reportedBy) {
    if (paymentId == null || paymentId.isBlank() || paymentId.trim().length() > PAYMENT_ID_MAX) {
      throw refused("缺少支付流水号 paymentId（1至" + PAYMENT_ID_MAX + "个字符）");
    }
    String id = paymentId.trim();
    Optional<Receipt> earlier = find(id);
    if (earlier.isPresent()) {
      if (!earlier.get().applicationId().equals(applicationId)) {
        throw refused("支付流水号 " + id + " 已用于另一份申报（" + earlier.get().businessKey() + "），不能重复使用");
      }
      return earlier.get();
    }
    HistoricProcessInstance application = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.TITLE_APPLICATION).processInstanceId(applicationId).singleResult();
    if (application == null) {
      throw new NoSuchElementException("未找到申报 " + applicationId);
    }
    Optional<Receipt> paid = ofApplication(applicationId);
    if (paid.isPresent() && paid.get().paymentId().equals(id)) {
      // recorded by a retry of this payment that committed after the first read: its receipt
      return paid.get();
    }
    if (paid.isPresent()) {
      throw new PaymentConflictException("该申报已于" + ChineseTime.instant(paid.get().paidAt().toInstant()) + "缴费（支付流水号 "
          + paid.get().paymentId() + "），不能重复缴费");
    }
    Job timer = management.createJobQuery().processInstanceId(applicationId).activityId(PAYMENT_TIMER).singleResult();
    if (application.getEndTime() != null || timer == null) {
      // a retry of this payment on another node may have committed a moment ago, taking the timer with it: the
      // payment's row, not the application's state, says whether this is a repetition
      Optional<Receipt> recorded = find(id).filter(r -> r.applicationId().equals(applicationId));
      if (recorded.isPresent()) {
        return recorded.get();
      }
      throw new PaymentConflictException("该申报当前不在缴费期（当前状态：" + statusText(applicationId) + "），不受理缴费");
    }
    if (!clock.instant().isBefore(timer.getDuedate().toInstant())) {
      throw new PaymentConflictException("缴费期已于" + ChineseTime.end(timer.getDuedate().toInstant())
          + "截止，逾期未缴费视作自动放弃推荐评审，不再受理缴费");
    }
    long due = Money.fen(new BigDecimal(ApplicationVariables.FEE_AMOUNT.get(runtime, applicationId)));
    long paidFen = fen(amount);
    if (paidFen != due) {
      throw refused("缴费金额不符：应缴" + Money.yuan(due) + "（" + ApplicationVariables.FEE_TEXT.get(runtime, applicationId)
          + "），收到" + Money.yuan(paidFen));
    }
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ChinaTime.OFFSET).truncatedTo(ChronoUnit.SECONDS);
    jdbc.update("INSERT INTO zc_payment (payment_id, process_instance_id, business_key, amount_fen, paid_at, "
        + "reported_by) VALUES (?, ?, ?, ?, ?, ?)", id, applicationId, application.getBusinessKey(), paidFen, now, reportedBy);
    Map<String, Object> payment = new HashMap<>();
    ApplicationVariables.PAYMENT_ID.putIn(payment, id);
    ApplicationVariables.PAID_AMOUNT.putIn(payment, Money.plain(paidFen));
    ApplicationVariables.PAID_AT.putIn(payment, Date.from(now.toInstant()));
    ApplicationVariables.PAYMENT_REPORTED_BY.putIn(payment, reportedBy);
    runtime.createMessageCorrelation(Messages.FEE_PAID).processInstanceId(applicationId).setVariables(payment).correlate();
    return find(id).orElseThrow();
  }

  public Optional<Receipt> find(String paymentId) {
    return jdbc.query("SELECT payment_id, process_instance_id, business_key, amount_fen, paid_at FROM zc_payment "
        + "WHERE payment_id = ?", (rs, n) -> receipt(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
        rs.getObject(5, OffsetDateTime.class)), paymentId).stream().findFirst();
  }

  public Optional<Receipt> ofApplication(String applicationId) {
    return jdbc.query("SELECT payment_id FROM zc_payment WHERE process_instance_id = ?", (rs, n) -> rs.getString(1),
        applicationId).stream().findFirst().flatMap(this::find);
  }

  private static Receipt receipt(String paymentId, String applicationId, String businessKey, long fen,
      OffsetDateTime paidAt) {
    return new Receipt(paymentId, applicationId, businessKey, Money.plain(fen), paidAt.withOffsetSameInstant(ChinaTime.OFFSET),
        "缴费成功：申报 " + businessKey + " 已缴纳" + Money.yuan(fen) + "（支付流水号 " + paymentId + "）");
  }

  private static long fen(BigDecimal amount) {
    try {
      if (amount == null || amount.signum() <= 0) {
        throw new ArithmeticException();
      }
      return Money.fen(amount);
    } catch (ArithmeticException e) {
      throw refused("缴费金额 amount 应为大于0的金额（元，最多两位小数），现为“" + amount + "”");
    }
  }

  private String statusText(String applicationId) {
    HistoricVariableInstance status = history.createHistoricVariableInstanceQuery().processInstanceId(applicationId)
        .variableName(ApplicationVariables.STATUS_TEXT.name()).singleResult();
    return status == null ? "未知" : String.valueOf(status.getValue());
  }

  private static DeclarationRefusedException refused(String finding) {
    return new DeclarationRefusedException("缴费未受理", List.of(finding));
  }
}
