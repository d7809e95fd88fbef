package zhicheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in to /portal in a real browser: a wrong password is answered in Chinese on the form; the right one
 * opens a session that also reads /api (a document link from the pages opens without a second login).
 */
@BrowserAppTest
class PortalSignInBrowserTest {

  @RegisterExtension
  static final Chromium CHROMIUM = new Chromium();

  @LocalServerPort
  int port;

  @Test
  void anApplicantSignsInWithTheTasklistAccount() {
    // (a wrong password holds that account back for a few seconds, Camunda's login delay: another account fails)
    Browser b = CHROMIUM.open("http://localhost:" + port, Chromium.PHONE);

    b.open("/portal/login").fill("username", "lisi").fill("password", "wrong").click("sign-in");
    assertThat(b.text("login-error")).isEqualTo("用户名或密码不正确，请重新输入。");

    b.fill("username", "wangwu").fill("password", "demo").click("sign-in");
    assertThat(b.path()).doesNotStartWith("/portal/login");
    // the session signed in on the page is the one /api answers: wangwu's own page of applications, empty
    b.open("/api/applications");
    assertThat(b.pageText()).isEqualTo("{\"items\":[],\"total\":0,\"page\":0,\"size\":20}");
  }
}
