package zhicheng.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import zhicheng.plan.GroupPattern;

/**
 * The signed-in user of a request (/api, /portal), as Spring Security authenticated it ({@link WebSecurityConfig}):
 * the login id and the Camunda groups ({@link IdentityServiceAuthentication}). Null when nobody is signed in (the
 * public certificate check).
 */
public record CurrentUser(String id, List<String> groups) {

  public static CurrentUser of(HttpServletRequest request) {
    return current();
  }

  public static CurrentUser current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return null;
    }
    return new CurrentUser(auth.getName(), auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
  }

  public boolean isAdmin() {
    return groups.contains("camunda-admin");
  }

  /**
   * A member of a reviewing body: unit, county acceptance point or HR bureau, department, city, province,
   * preliminary committee, committee office (the group families of {@link GroupPattern#FAMILIES}).
   */
  public boolean isReviewer() {
    return groups.stream().anyMatch(g -> GroupPattern.FAMILIES.keySet().stream().anyMatch(f -> g.startsWith(f + ":")));
  }
}
