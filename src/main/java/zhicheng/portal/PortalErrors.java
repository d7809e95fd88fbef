package zhicheng.portal;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The pages' refusals as pages, in Chinese. */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
class PortalErrors {

  @ExceptionHandler(NotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFound e, Model model) {
    model.addAttribute("message", e.getMessage());
    return "portal/refused";
  }
}
