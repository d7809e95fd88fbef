package zhicheng.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/** The user of an /api request, authenticated by {@link ApiAuthenticationFilter}. */
public record CurrentUser(String id, List<String> groups) {

  static final String ATTRIBUTE = CurrentUser.class.getName();

  public static CurrentUser of(HttpServletRequest request) {
    return (CurrentUser) request.getAttribute(ATTRIBUTE);
  }

  public boolean isAdmin() {
    return groups.contains("camunda-admin");
  }

  /** A member of a reviewing body (unit, county, city, department, preliminary committee, committee office). */
  public boolean isReviewer() {
    return groups.stream().anyMatch(g -> g.startsWith("unit:") || g.startsWith("county:") || g.startsWith("city:")
        || g.startsWith("dept:") || g.startsWith("precommittee:") || g.startsWith("office:"));
  }
}
