package zhicheng.security;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Who may call what, in one place (docs/security.md, Sign-in). Every account is Camunda's
 * ({@link IdentityServiceAuthentication}); each door keeps the way of signing in that suits its callers:
 * <ul>
 *   <li>{@code /engine-rest/**} and the webapps {@code /camunda/**}: Camunda's own security (the REST API's
 *       {@code ProcessEngineAuthenticationFilter}, the webapps' session login and CSRF cookie). Spring Security lets
 *       them through untouched, so they work exactly as Camunda ships them.</li>
 *   <li>{@code /api/**}: HTTP basic on every call, no session of its own; a browser signed in to Tasklist or /portal
 *       may read (GET, HEAD) without logging in again ({@link SessionReadsApi}). The public certificate check is
 *       open ({@link PublicCertificateCheck}).</li>
 *   <li>{@code /portal/**}: the applicants' pages, a login form and a session, a CSRF token on every form post.</li>
 *   <li>{@code /actuator/**}: health is public (load balancers, Docker); the rest for administrators only.</li>
 * </ul>
 */
@Configuration
@EnableWebSecurity
public class WebSecurityConfig {

  static final String PORTAL_LOGIN = "/portal/login";

  /** Camunda's doors keep Camunda's security: nothing of Spring Security's runs on them but the path firewall. */
  @Bean
  @Order(1)
  SecurityFilterChain camundaDoors(HttpSecurity http) throws Exception {
    return http.securityMatcher("/engine-rest/**", "/camunda/**")
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(c -> c.disable())
        .headers(h -> h.disable())
        .requestCache(c -> c.disable())
        .logout(l -> l.disable())
        .anonymous(a -> a.disable())
        .servletApi(s -> s.disable())
        .securityContext(s -> s.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain api(HttpSecurity http, IdentityServiceAuthentication identity) throws Exception {
    AuthenticationEntryPoint signIn = ApiRefusals::signIn;
    return http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> a.requestMatchers(new PublicCertificateCheck()).permitAll()
            .anyRequest().authenticated())
        .authenticationProvider(identity)
        .httpBasic(b -> b.authenticationEntryPoint(signIn))
        .addFilterAfter(new SessionReadsApi(identity), BasicAuthenticationFilter.class)
        .exceptionHandling(e -> e.authenticationEntryPoint(signIn))
        // HTTP basic on every call: no session is made, none is trusted for changes (SessionReadsApi reads only), and
        // a session read from is left as it is (its id unchanged: Tasklist keeps using it)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
        .requestCache(c -> c.requestCache(new NullRequestCache()))
        .csrf(c -> c.disable())
        .logout(l -> l.disable())
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain portal(HttpSecurity http, IdentityServiceAuthentication identity) throws Exception {
    AccessDeniedHandler refused = (request, response, denied) -> {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("text/html;charset=UTF-8");
      response.getWriter().write(PortalRefusals.page(denied));
    };
    return http.securityMatcher("/portal/**")
        .authorizeHttpRequests(a -> a.requestMatchers(PORTAL_LOGIN, "/portal/assets/**").permitAll()
            .anyRequest().authenticated())
        .authenticationProvider(identity)
        .formLogin(f -> f.loginPage(PORTAL_LOGIN).defaultSuccessUrl("/portal", false)
            .failureUrl(PORTAL_LOGIN + "?error").permitAll())
        .logout(l -> l.logoutUrl("/portal/logout").logoutSuccessUrl(PORTAL_LOGIN + "?logout"))
        .exceptionHandling(e -> e.accessDeniedHandler(refused))
        .build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain actuator(HttpSecurity http, IdentityServiceAuthentication identity) throws Exception {
    return http.securityMatcher("/actuator/**")
        .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .anyRequest().hasAuthority(Groups.CAMUNDA_ADMIN))
        .authenticationProvider(identity)
        .httpBasic(b -> b.authenticationEntryPoint(ApiRefusals::signIn))
        .exceptionHandling(e -> e.authenticationEntryPoint(ApiRefusals::signIn))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .build();
  }

  /** The JSON answers of /api and /actuator to a caller who is not signed in. */
  static final class ApiRefusals {

    private ApiRefusals() {
    }

    static void signIn(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
        org.springframework.security.core.AuthenticationException e) throws java.io.IOException {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"zhicheng\", charset=\"UTF-8\"");
      response.setContentType("application/json;charset=UTF-8");
      response.getOutputStream().write("{\"error\":\"需要登录：请使用职称评审系统的用户名和密码（HTTP Basic）\"}"
          .getBytes(StandardCharsets.UTF_8));
    }
  }
}
