package zhicheng.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/** Who a request comes from as Camunda's own doors see it: the webapps' session login, an HTTP basic header. */
public final class TasklistSession {

  private static final String ENGINE = "default";

  private TasklistSession() {
  }

  /** The user signed in to Tasklist (Cockpit, Admin) in this browser session, else null. */
  public static String user(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
    Authentication auth = auths == null ? null : auths.getAuthenticationForProcessEngine(ENGINE);
    return auth == null ? null : auth.getIdentityId();
  }

  /** The user name an HTTP basic header carries, unchecked (for a caller the engine has already authenticated). */
  public static String basicUserName(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
