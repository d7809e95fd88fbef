package zhicheng.web;

import java.math.BigDecimal;
import java.util.NoSuchElementException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import zhicheng.application.PaymentRegister;
import zhicheng.security.CurrentUser;
import zhicheng.security.OrganisationSetup;

/**
 * 缴费: the payment platform reports a payment (seed 001 六: 线上缴款). Only its technical account (group
 * {@code payment-gateway}) or an administrator may call; idempotent on the payment id (see {@link PaymentRegister}).
 * 200 with the receipt, the first time and for every repetition of the same payment id.
 */
@Tag(name = "缴费", description = "缴费平台技术账号报告评审费缴纳结果，同一缴费流水号重复报告只记一次")
@RestController
@RequestMapping("/api/applications/{id}/payments")
public class PaymentController {

  private final PaymentRegister payments;

  public PaymentController(PaymentRegister payments) {
    this.payments = payments;
  }

  /** {@code amount} in 元, e.g. 300 or 260.00. */
  public record Payment(String paymentId, BigDecimal amount) {}

  @Operation(summary = "报告评审费已缴纳（缴费平台）", description = "金额须与应缴一致；同一缴费流水号重复报告返回同一回执。")
  @PostMapping
  public PaymentRegister.Receipt pay(@PathVariable String id, @RequestBody Payment payment,
      HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    if (!user.isAdmin() && !user.groups().contains(OrganisationSetup.PAYMENT_GATEWAY_GROUP)) {
      throw new ForbiddenException("只有缴费平台的技术账号（payment-gateway 组）可以报送缴费结果");
    }
    try {
      return pay(id, payment, user);
    } catch (DataIntegrityViolationException concurrent) {
      // the same payment (or another for the same application) was recorded at this very moment: answer as the
      // repetition it is, now that the other transaction has committed
      return pay(id, payment, user);
    }
  }

  private PaymentRegister.Receipt pay(String id, Payment payment, CurrentUser user) {
    try {
      return payments.pay(id, payment.paymentId(), payment.amount(), user.id());
    } catch (NoSuchElementException e) {
      throw new NotFoundException(e.getMessage());
    }
  }
}
