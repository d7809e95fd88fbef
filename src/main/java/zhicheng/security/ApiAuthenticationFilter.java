package zhicheng.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authentication for /api against Camunda's identity service, the same accounts as Tasklist:
 * <ul>
 *   <li>HTTP basic, for every method;</li>
 *   <li>the Tasklist login of the same browser, for reading only (GET, HEAD), so that a reviewer or applicant
 *       signed in to Tasklist opens a document link or 我的申报 without logging in again. Calls that change
 *       something need HTTP basic, so a page on another site cannot make a signed-in browser act (CSRF).</li>
 * </ul>
 * Anonymous or wrong credentials get 401 with a Chinese message; nothing below runs. Groups are read from the
 * identity service on every call, so a membership removed in Admin takes effect at once.
 *
 * <p>One exception: reading {@code /api/certificates/{code}}, the public certificate check a certificate's QR
 * code leads to (whoever checks a certificate has no account here). Only GET/HEAD of exactly that path shape,
 * matched on the raw request URI, so no other path can slip through it.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final String ENGINE = "default";
  private static final Set<String> READING = Set.of("GET", "HEAD");
  private static final Pattern PUBLIC_CERTIFICATE_CHECK = Pattern.compile("/api/certificates/[A-Za-z0-9-]{1,64}");

  private final IdentityService identity;

  public ApiAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (isPublicCertificateCheck(request)) {
      chain.doFilter(request, response);
      return;
    }
    String user = basicUser(request);
    if (user == null && READING.contains(request.getMethod())) {
      user = tasklistUser(request.getSession(false));
    }
    if (user == null) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"zhicheng\", charset=\"UTF-8\"");
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"error\":\"需要登录：请使用职称评审系统的用户名和密码（HTTP Basic）\"}");
      return;
    }
    var groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    request.setAttribute(CurrentUser.ATTRIBUTE, new CurrentUser(user, groups));
    chain.doFilter(request, response);
  }

  static boolean isPublicCertificateCheck(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return READING.contains(request.getMethod()) && PUBLIC_CERTIFICATE_CHECK.matcher(path).matches();
  }

  /** The user of valid basic credentials, else null. */
  private String basicUser(HttpServletRequest request) {
    String[] credentials = basic(request.getHeader("Authorization"));
    return credentials != null && identity.checkPassword(credentials[0], credentials[1]) ? credentials[0] : null;
  }

  /** The user signed in to Tasklist (Cockpit, Admin) in this browser session, else null. */
  public static String tasklistUser(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
    Authentication auth = auths == null ? null : auths.getAuthenticationForProcessEngine(ENGINE);
    return auth == null ? null : auth.getIdentityId();
  }

  /** The user name an HTTP basic header carries, unchecked (for a caller the engine has already authenticated). */
  public static String basicUserName(String header) {
    String[] credentials = basic(header);
    return credentials == null ? null : credentials[0];
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
