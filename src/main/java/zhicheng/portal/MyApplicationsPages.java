package zhicheng.portal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import zhicheng.application.ApplicationVariables;
import zhicheng.security.CurrentUser;
import zhicheng.web.ApplicationController.ApplicationView;

/**
 * 我的申报: the applicant's applications, and one application with its status, the applicant's open tasks (with
 * their due dates), the trail (who, when, what, opinion), the documents and the certificate.
 */
@Controller
public class MyApplicationsPages {

  private final ApplicantsApplications applications;

  public MyApplicationsPages(ApplicantsApplications applications) {
    this.applications = applications;
  }

  @GetMapping({"/portal", "/portal/"})
  public String list(HttpServletRequest request, Model model) {
    model.addAttribute("applications", applications.mine(request));
    return "portal/my";
  }

  @GetMapping("/portal/applications/{id}")
  public String one(@PathVariable String id, HttpServletRequest request, Model model) {
    ApplicationView application = applications.one(id, request);
    Map<String, Object> v = applications.variables(id);
    model.addAttribute("a", application);
    model.addAttribute("tasks", applications.openTasks(CurrentUser.current(), application));
    model.addAttribute("trail", applications.trail(application));
    model.addAttribute("documents", applications.documents(id));
    model.addAttribute("awaitingPayment", "AWAITING_PAYMENT".equals(application.status()));
    model.addAttribute("feeText", v.get(ApplicationVariables.FEE_TEXT.name()));
    model.addAttribute("paymentDeadline", v.get(ApplicationVariables.PAYMENT_DEADLINE.name()));
    return "portal/application";
  }
}
