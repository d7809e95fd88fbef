package zhicheng.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The applicants' sign-in form; Spring Security checks what it posts (zhicheng.security.WebSecurityConfig). */
@Controller
public class LoginPage {

  @GetMapping("/portal/login")
  public String login() {
    return "portal/login";
  }
}
