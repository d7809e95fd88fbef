package zhicheng.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser signed in to Tasklist (Cockpit, Admin) or to /portal reads /api without logging in again: a document
 * link, 我的申报. For reading only (GET, HEAD) and only when the call carries no HTTP basic header: calls that change
 * something need HTTP basic, so a page on another site cannot make a signed-in browser act (CSRF). The user's
 * groups are read again on every call, so a membership removed in Admin takes effect at once.
 */
class SessionReadsApi extends OncePerRequestFilter {

  private static final Set<String> READING = Set.of("GET", "HEAD");

  private final IdentityServiceAuthentication identity;
  private final HttpSessionSecurityContextRepository portalSessions = new HttpSessionSecurityContextRepository();

  SessionReadsApi(IdentityServiceAuthentication identity) {
    this.identity = identity;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !READING.contains(request.getMethod()) || request.getHeader("Authorization") != null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    if (current == null || !current.isAuthenticated()) {
      String user = sessionUser(request);
      if (user != null) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(identity.signedIn(user));
        SecurityContextHolder.setContext(context);
      }
    }
    chain.doFilter(request, response);
  }

  private String sessionUser(HttpServletRequest request) {
    String tasklist = TasklistSession.user(request.getSession(false));
    if (tasklist != null) {
      return tasklist;
    }
    if (portalSessions.containsContext(request)) {
      Authentication portal = portalSessions.loadDeferredContext(request).get().getAuthentication();
      return portal == null || !portal.isAuthenticated() ? null : portal.getName();
    }
    return null;
  }
}
