package zhicheng.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The applicants' sign-in form; Spring Security checks what it posts (zhicheng.security.WebSecurityConfig). */
@Tag(name = "申报人页面", description = "申报人使用的网页（HTML），不是 JSON API")
@Controller
public class LoginPage {

  @Operation(summary = "申报人登录页（HTML）", description = "登录表单提交到 /portal/login，由 Spring Security 校验。")
  @GetMapping("/portal/login")
  public String login() {
    return "portal/login";
  }
}
