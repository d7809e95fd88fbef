package zhicheng.portal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import zhicheng.application.ApplicationVariables;
import zhicheng.application.PaymentRegister;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.security.CurrentUser;
import zhicheng.web.ApplicationController.ApplicationView;

/**
 * 缴费: the amount and the deadline; in the demo a payment page standing in for the payment platform, reporting
 * through the same {@link PaymentRegister} as the platform's /api call (idempotent on the payment id, the same
 * refusals). The payment id is fixed when the page is shown, so a double click or a reload pays once.
 */
@Controller
public class PaymentPage {

  private final ApplicantsApplications applications;
  private final PaymentRegister payments;
  private final boolean demo;

  public PaymentPage(ApplicantsApplications applications, PaymentRegister payments,
      @Value("${zhicheng.demo.enabled:false}") boolean demo) {
    this.applications = applications;
    this.payments = payments;
    this.demo = demo;
  }

  @GetMapping("/portal/applications/{id}/payment")
  public String page(@PathVariable String id, HttpServletRequest request, Model model) {
    ApplicationView application = applications.one(id, request);
    Map<String, Object> v = applications.variables(id);
    model.addAttribute("a", application);
    model.addAttribute("feeText", v.get(ApplicationVariables.FEE_TEXT.name()));
    model.addAttribute("feeAmount", v.get(ApplicationVariables.FEE_AMOUNT.name()));
    model.addAttribute("deadline", v.get(ApplicationVariables.PAYMENT_DEADLINE.name()));
    model.addAttribute("receipt", payments.ofApplication(id).orElse(null));
    model.addAttribute("demo", demo);
    model.addAttribute("paymentId", "DEMO-" + UUID.randomUUID());
    return "portal/payment";
  }

  @PostMapping("/portal/applications/{id}/payment")
  public String pay(@PathVariable String id, @RequestParam String paymentId, HttpServletRequest request,
      RedirectAttributes redirect) {
    ApplicationView application = applications.one(id, request);
    if (!demo) {
      throw new NotFound();
    }
    Object amount = applications.variables(id).get(ApplicationVariables.FEE_AMOUNT.name());
    try {
      PaymentRegister.Receipt receipt = payments.pay(application.id(), paymentId,
          new BigDecimal(amount == null ? "0" : amount.toString()), CurrentUser.current().id());
      redirect.addFlashAttribute("done", receipt.message());
    } catch (DeclarationRefusedException refused) {
      redirect.addFlashAttribute("payError", refused.findings());
    } catch (NoSuchElementException e) {
      throw new NotFound();
    }
    return "redirect:/portal/applications/" + id + "/payment";
  }
}
