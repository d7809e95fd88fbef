package zhicheng.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Writes the {@link StartFormOptions} into a deployed start form as Tasklist (webapp engine API) or a client of
 * /engine-rest fetches it ({@code …/process-definition/{id}/deployed-start-form}). Only that answer, only when
 * the engine answered 200 with a Camunda Form that asks for the options; everything else passes untouched.
 * The engine checks who may read the process definition before anything is answered.
 */
public class StartFormOptionsFilter extends OncePerRequestFilter {

  static final String DEPLOYED_START_FORM = "/deployed-start-form";

  private final StartFormOptions options;

  public StartFormOptionsFilter(StartFormOptions options) {
    this.options = options;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || !request.getRequestURI().endsWith(DEPLOYED_START_FORM);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    if (wrapper.getStatus() == HttpServletResponse.SC_OK) {
      Optional<byte[]> filled = options.fill(wrapper.getContentAsByteArray());
      if (filled.isPresent()) {
        wrapper.resetBuffer();
        wrapper.getOutputStream().write(filled.get());
      }
    }
    wrapper.copyBodyToResponse();
  }

  @Configuration
  static class Registration {

    @Bean
    FilterRegistrationBean<StartFormOptionsFilter> startFormOptionsFilter(StartFormOptions options) {
      FilterRegistrationBean<StartFormOptionsFilter> registration =
          new FilterRegistrationBean<>(new StartFormOptionsFilter(options));
      registration.setName("start-form-options");
      // Tasklist's engine API and /engine-rest
      registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
      return registration;
    }
  }
}
