package zhicheng.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import zhicheng.plan.GroupPattern;

/** The user of an /api request, authenticated by {@link ApiAuthenticationFilter}. */
public record CurrentUser(String id, List<String> groups) {

  static final String ATTRIBUTE = CurrentUser.class.getName();

  public static CurrentUser of(HttpServletRequest request) {
    return (CurrentUser) request.getAttribute(ATTRIBUTE);
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
