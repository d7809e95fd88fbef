package zhicheng.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Spring Security's sign-in against Camunda's identity service: the same accounts, passwords and groups as
 * Tasklist and Admin, for /api (HTTP basic), /portal (the login form) and /actuator. The authorities are the
 * user's Camunda groups by their ids ({@code applicant}, {@code unit:…}, {@code camunda-admin}), unprefixed.
 */
@Component
public class IdentityServiceAuthentication implements AuthenticationProvider {

  private final IdentityService identity;

  public IdentityServiceAuthentication(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object password = authentication.getCredentials();
    if (user == null || user.isBlank() || password == null || !identity.checkPassword(user, password.toString())) {
      throw new BadCredentialsException("用户名或密码不正确");
    }
    return signedIn(user);
  }

  /** {@code user} as signed in, with the groups the identity service gives it now. */
  public UsernamePasswordAuthenticationToken signedIn(String user) {
    return UsernamePasswordAuthenticationToken.authenticated(user, null,
        groups(user).stream().map(SimpleGrantedAuthority::new).toList());
  }

  public List<String> groups(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
