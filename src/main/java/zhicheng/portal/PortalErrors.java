package zhicheng.portal;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The pages' refusals as pages, in Chinese. */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
class PortalErrors {

  @ExceptionHandler(NotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFound e, Model model) {
    model.addAttribute("message", e.getMessage());
    return "portal/refused";
  }

  /**
   * An address whose number is no number ({@code /portal/drafts/new}, a link cut short): no such page, said as a
   * page in Chinese rather than the framework's English 400.
   */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String malformedAddress(MethodArgumentTypeMismatchException e, Model model) {
    String value = String.valueOf(e.getValue());
    String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
    model.addAttribute("message", "未找到该页面：地址中的“" + shown + "”不是有效的编号。请从“我的申报”或“新申报”进入。");
    return "portal/refused";
  }
}
