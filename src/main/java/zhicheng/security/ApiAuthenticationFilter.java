package zhicheng.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP basic for /api against Camunda's identity service, the same accounts as Tasklist. Anonymous or wrong
 * credentials get 401 with a Chinese message; nothing below runs.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identity;

  public ApiAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] credentials = basic(request.getHeader("Authorization"));
    if (credentials == null || !identity.checkPassword(credentials[0], credentials[1])) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"zhicheng\", charset=\"UTF-8\"");
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"error\":\"需要登录：请使用职称评审系统的用户名和密码（HTTP Basic）\"}");
      return;
    }
    var groups = identity.createGroupQuery().groupMember(credentials[0]).list().stream().map(Group::getId).toList();
    request.setAttribute(CurrentUser.ATTRIBUTE, new CurrentUser(credentials[0], groups));
    chain.doFilter(request, response);
  }

  private static String[] basic(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
