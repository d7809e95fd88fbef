package zhicheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one Spring Security configuration (WebSecurityConfig), door by door, against the demo accounts: /api by HTTP
 * basic (a /portal session reads but never changes), /portal by its login form with a CSRF token on every post,
 * /actuator for administrators but its health. /engine-rest and the webapps keep Camunda's own security (their tests
 * are the integration tests'). The whole app on an in-memory H2 of its own.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:zhicheng-sign-in;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false", "zhicheng.demo.enabled=true"})
@AutoConfigureMockMvc
class SignInChainsTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  org.camunda.bpm.engine.IdentityService identity;

  @Test
  void theProviderChecksCamundasAccountsAndLoadsTheirGroups() {
    IdentityServiceAuthentication provider = new IdentityServiceAuthentication(identity);
    var signedIn = provider.authenticate(
        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.unauthenticated("xihu-hr", "demo"));
    assertThat(signedIn.getName()).isEqualTo("xihu-hr");
    assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("unit:hz-xihu-chem");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> provider.authenticate(
        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.unauthenticated("xihu-hr", "x")))
        .hasMessage("用户名或密码不正确");
  }

  @Test
  void apiWantsHttpBasicAndAnswersInChinese() throws Exception {
    MockHttpServletResponse anonymous = mvc.perform(get("/api/applications")).andReturn().getResponse();
    assertThat(anonymous.getStatus()).isEqualTo(401);
    assertThat(anonymous.getHeader("WWW-Authenticate")).startsWith("Basic");
    assertThat(anonymous.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("需要登录");
    // (a wrong password holds the account back for a few seconds: Camunda's login delay, so another account here)
    assertThat(mvc.perform(get("/api/applications").with(httpBasic("lisi", "wrong"))).andReturn().getResponse()
        .getStatus()).isEqualTo(401);
    assertThat(mvc.perform(get("/api/applications").with(httpBasic("zhangsan", "demo"))).andReturn().getResponse()
        .getStatus()).isEqualTo(200);
    // the certificate check stays open, and only it
    assertThat(mvc.perform(get("/api/certificates/NO-SUCH-CODE")).andReturn().getResponse().getStatus())
        .isNotEqualTo(401);
  }

  @Test
  void thePortalSignsInWithAFormAndEveryPostNeedsItsCsrfToken() throws Exception {
    MockHttpServletResponse anonymous = mvc.perform(get("/portal")).andReturn().getResponse();
    assertThat(anonymous.getStatus()).isEqualTo(302);
    assertThat(anonymous.getRedirectedUrl()).endsWith("/portal/login");
    assertThat(mvc.perform(get("/portal/login")).andReturn().getResponse().getContentAsString(
        java.nio.charset.StandardCharsets.UTF_8)).contains("申报人登录", "name=\"_csrf\"");

    // without the token the login itself is refused, in Chinese
    MockHttpServletResponse forged = mvc.perform(post("/portal/login").param("username", "zhangsan")
        .param("password", "demo")).andReturn().getResponse();
    assertThat(forged.getStatus()).isEqualTo(403);
    assertThat(forged.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("缺少有效的安全令牌");

    assertThat(mvc.perform(post("/portal/login").with(csrf()).param("username", "wangwu").param("password", "x"))
        .andReturn().getResponse().getRedirectedUrl()).endsWith("/portal/login?error");
    MockHttpServletResponse signedIn = mvc.perform(post("/portal/login").with(csrf()).param("username", "zhangsan")
        .param("password", "demo")).andReturn().getResponse();
    assertThat(signedIn.getRedirectedUrl()).endsWith("/portal");
    // the session lives in the database (Spring Session): the browser carries its cookie, as here
    jakarta.servlet.http.Cookie session = mvc.perform(post("/portal/login").with(csrf())
        .param("username", "zhangsan").param("password", "demo")).andReturn().getResponse().getCookie("JSESSIONID");
    assertThat(session).isNotNull();

    assertThat(mvc.perform(get("/portal").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
    // the portal's session reads /api (a document link) but never changes anything there
    assertThat(mvc.perform(get("/api/applications").cookie(session)).andReturn().getResponse().getStatus())
        .isEqualTo(200);
    assertThat(mvc.perform(post("/api/applications/x/payments").cookie(session).contentType("application/json")
        .content("{}")).andReturn().getResponse().getStatus()).isEqualTo(401);
    // a post of the pages without the token: 403, signed in or not
    assertThat(mvc.perform(post("/portal/logout").cookie(session)).andReturn().getResponse().getStatus())
        .isEqualTo(403);
  }

  @Test
  void actuatorHealthIsPublicTheRestForAdministrators() throws Exception {
    assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isNotIn(401, 403);
    assertThat(mvc.perform(get("/actuator/metrics")).andReturn().getResponse().getStatus()).isEqualTo(401);
    assertThat(mvc.perform(get("/actuator/metrics").with(httpBasic("zhangsan", "demo"))).andReturn().getResponse()
        .getStatus()).isEqualTo(403);
    assertThat(mvc.perform(get("/actuator/metrics").with(httpBasic("admin", "admin"))).andReturn().getResponse()
        .getStatus()).isNotIn(401, 403);
  }
}
