package zhicheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * What the sessions in the database hold comes back whole — the webapps' login, Spring Security's context and CSRF
 * token, the portal's flash messages — and nothing else comes back at all.
 */
class SessionAttributesTest {

  private final ConversionService sessions = new SessionAttributes().springSessionConversionService();

  @Test
  void theWebappsLoginComesBackWithItsGroupsAndApps() {
    UserAuthentication login = new UserAuthentication("xihu-hr", "default");
    login.setGroupIds(List.of("unit:hz-xihu-chem"));
    login.setAuthorizedApps(Set.of("tasklist", "welcome"));
    Authentications auths = new Authentications();
    auths.addOrReplace(login);

    Authentications back = (Authentications) roundTrip(auths);

    UserAuthentication read = (UserAuthentication) back.getAuthenticationForProcessEngine("default");
    assertThat(read.getIdentityId()).isEqualTo("xihu-hr");
    assertThat(read.getGroupIds()).containsExactly("unit:hz-xihu-chem");
    assertThat(read.isAuthorizedForApp("tasklist")).isTrue();
  }

  @Test
  void thePortalsSignInCsrfTokenAndFlashMessagesComeBack() {
    SecurityContextImpl context = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
        "zhangsan", null, List.of(new SimpleGrantedAuthority("applicant"))));
    assertThat(((SecurityContextImpl) roundTrip(context)).getAuthentication().getName()).isEqualTo("zhangsan");
    assertThat(((DefaultCsrfToken) roundTrip(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "t0ken"))).getToken())
        .isEqualTo("t0ken");
    // the portal's messages after a redirect, kept by Spring MVC as it keeps them (found by the browser test: its
    // list of flash maps is a java.util.concurrent class)
    FlashMap flash = new FlashMap();
    flash.put("uploadError", Map.of("photo", "证件照须为JPG格式"));
    flash.put("submitError", List.of("请先上传申报材料"));
    flash.setTargetRequestPath("/portal/applications/1/tasks/2/materials");
    flash.addTargetRequestParam("draft", "1");
    MockHttpServletRequest request = new MockHttpServletRequest();
    new SessionFlashMapManager().saveOutputFlashMap(flash, request, new MockHttpServletResponse());
    List<String> names = Collections.list(request.getSession().getAttributeNames());
    assertThat(names).isNotEmpty();
    for (String name : names) {
      Object stored = request.getSession().getAttribute(name);
      assertThat(roundTrip(stored)).as(name).isEqualTo(stored);
    }
  }

  @Test
  void aRowHoldingAnyOtherClassIsRefusedWhenRead() {
    byte[] stored = (byte[]) sessions.convert(new Planted("rm -rf"), TypeDescriptor.valueOf(Object.class),
        TypeDescriptor.valueOf(byte[].class));
    assertThatThrownBy(() -> sessions.convert(stored, TypeDescriptor.valueOf(byte[].class),
        TypeDescriptor.valueOf(Object.class))).hasRootCauseInstanceOf(java.io.InvalidClassException.class);
  }

  private Object roundTrip(Object value) {
    byte[] bytes = (byte[]) sessions.convert(value, TypeDescriptor.valueOf(Object.class),
        TypeDescriptor.valueOf(byte[].class));
    return sessions.convert(bytes, TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class));
  }

  /** A class of this code base, not one a session may hold. */
  record Planted(String command) implements Serializable {
  }
}
