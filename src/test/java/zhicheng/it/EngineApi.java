package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The engine's REST API as one user reaches it: {@code /engine-rest} with HTTP basic, or Tasklist's own copy
 * ({@code /camunda/api/engine}) with the session and CSRF token of a Tasklist login — the two doors a task holder
 * has besides the form. Paths are the engine's own ({@code /task/…}).
 */
final class EngineApi {

  /** Which door. */
  enum Door { ENGINE_REST, TASKLIST }

  private final TestRestTemplate rest;
  private final String prefix;
  private final HttpHeaders headers;
  /** The Tasklist login's session id; none over /engine-rest. */
  private final String session;

  private EngineApi(TestRestTemplate rest, String prefix, HttpHeaders headers, String session) {
    this.rest = rest;
    this.prefix = prefix;
    this.headers = headers;
    this.session = session;
  }

  static EngineApi as(TestRestTemplate rest, Door door, String user, String password) {
    return door == Door.ENGINE_REST ? engineRest(rest, user, password) : tasklist(rest, user, password);
  }

  static EngineApi engineRest(TestRestTemplate rest, String user, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
    return new EngineApi(rest, "/engine-rest", headers, null);
  }

  /** Logs in to Tasklist as a browser does: session and CSRF cookies, the login form, the token of the next read. */
  static EngineApi tasklist(TestRestTemplate rest, String user, String password) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    String session = cookie(page, "JSESSIONID");
    String csrf = cookie(page, "XSRF-TOKEN");
    HttpHeaders login = new HttpHeaders();
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    login.add(HttpHeaders.COOKIE, "JSESSIONID=" + session + "; XSRF-TOKEN=" + csrf);
    login.add("X-XSRF-TOKEN", csrf);
    ResponseEntity<String> loggedIn = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
        HttpMethod.POST, new HttpEntity<>("username=" + user + "&password=" + password, login), String.class);
    assertThat(loggedIn.getStatusCode()).as(loggedIn.getBody()).isEqualTo(HttpStatus.OK);
    // the login starts a new session; its CSRF token comes with the next read, as in the browser
    String signedIn = loggedIn.getHeaders().containsKey(HttpHeaders.SET_COOKIE) ? cookie(loggedIn, "JSESSIONID") : session;
    String token = cookie(rest.exchange("/camunda/api/engine/engine/", HttpMethod.GET,
        new HttpEntity<>(sessionCookie(signedIn)), String.class), "XSRF-TOKEN");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + signedIn + "; XSRF-TOKEN=" + token);
    headers.add("X-XSRF-TOKEN", token);
    return new EngineApi(rest, "/camunda/api/engine/engine/default", headers, signedIn);
  }

  /**
   * The session cookie of this Tasklist login and nothing else: what the browser sends to any path of the site,
   * and so what a page on another site could make it send.
   */
  HttpHeaders browserCookie() {
    if (session == null) {
      throw new IllegalStateException("no Tasklist login: /engine-rest has no session");
    }
    return sessionCookie(session);
  }

  private static HttpHeaders sessionCookie(String session) {
    HttpHeaders browser = new HttpHeaders();
    browser.add(HttpHeaders.COOKIE, "JSESSIONID=" + session);
    return browser;
  }

  /** The same sign-in (session cookie, CSRF token) sent to another node: what a browser does when the proxy switches. */
  EngineApi on(TestRestTemplate node) {
    return new EngineApi(node, prefix, headers, session);
  }

  ResponseEntity<String> send(HttpMethod method, String enginePath, Object body) {
    return rest.exchange(prefix + enginePath, method, new HttpEntity<>(body, headers), String.class);
  }

  /** A call outside the engine's paths (the webapps' own, /camunda/api/admin/auth/…) with this sign-in's headers. */
  ResponseEntity<String> webapp(HttpMethod method, String path) {
    return rest.exchange(path, method, new HttpEntity<>(null, headers), String.class);
  }

  ResponseEntity<String> get(String enginePath) {
    return send(HttpMethod.GET, enginePath, null);
  }

  ResponseEntity<String> post(String enginePath, Object body) {
    return send(HttpMethod.POST, enginePath, body);
  }

  private static String cookie(ResponseEntity<?> response, String name) {
    return response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .filter(c -> c.startsWith(name + "=")).map(c -> c.substring(name.length() + 1, c.indexOf(';')))
        .findFirst().orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.getHeaders()));
  }
}
