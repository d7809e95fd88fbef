package zhicheng.portal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import zhicheng.security.CurrentUser;

/** Every page's header names the signed-in person by name, as Camunda's identity service knows them. */
@ControllerAdvice(basePackageClasses = SignedIn.class)
class SignedIn {

  private final IdentityService identity;

  SignedIn(IdentityService identity) {
    this.identity = identity;
  }

  @ModelAttribute("signedInAs")
  String signedInAs() {
    CurrentUser user = CurrentUser.current();
    if (user == null) {
      return "";
    }
    User u = identity.createUserQuery().userId(user.id()).singleResult();
    return u == null || u.getFirstName() == null || u.getFirstName().isBlank() ? user.id() : u.getFirstName();
  }
}
