package zhicheng.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import zhicheng.application.ApplicationVariables;
import zhicheng.security.TasklistSession;

/**
 * Writes the {@link FormOptions} into a Camunda Form as Tasklist (the webapp's engine API) or a client of
 * /engine-rest fetches it: {@code …/process-definition/{id}/deployed-start-form} and
 * {@code …/task/{id}/deployed-form}. Only those answers, only when the engine answered 200 (so the caller may
 * read the definition or the task) with a form that asks for the options; everything else passes untouched.
 */
public class FormOptionsFilter extends OncePerRequestFilter {

  static final String DEPLOYED_START_FORM = "/deployed-start-form";
  private static final Pattern TASK_FORM = Pattern.compile(".*/task/([^/]+)/deployed-form");

  private final FormOptions options;
  private final TaskService tasks;
  private final IdentityService identity;

  public FormOptionsFilter(FormOptions options, TaskService tasks, IdentityService identity) {
    this.options = options;
    this.tasks = tasks;
    this.identity = identity;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return !"GET".equals(request.getMethod())
        || !(uri.endsWith(DEPLOYED_START_FORM) || TASK_FORM.matcher(uri).matches());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    if (wrapper.getStatus() == HttpServletResponse.SC_OK) {
      Optional<byte[]> filled = fill(request, wrapper.getContentAsByteArray());
      if (filled.isPresent()) {
        wrapper.resetBuffer();
        wrapper.getOutputStream().write(filled.get());
      }
    }
    wrapper.copyBodyToResponse();
  }

  private Optional<byte[]> fill(HttpServletRequest request, byte[] form) {
    String uri = request.getRequestURI();
    if (uri.endsWith(DEPLOYED_START_FORM)) {
      return options.fillStartForm(form, callerGroups(request));
    }
    Matcher task = TASK_FORM.matcher(uri);
    if (!task.matches()) {
      return Optional.empty();
    }
    // the engine has just shown this caller the task's form; its plan only decides which options to offer
    Object planId = tasks.getVariable(task.group(1), ApplicationVariables.PLAN_ID.name());
    return planId == null ? Optional.empty() : options.fillTaskForm(form, planId.toString());
  }

  /**
   * The groups of whoever the engine has just answered 200: the Tasklist login of the session on the webapp's
   * engine API, the HTTP basic user on /engine-rest (whose password the engine checked). Only the options of a form
   * depend on them; nothing is decided by them here.
   */
  private List<String> callerGroups(HttpServletRequest request) {
    String user = request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/")
        ? TasklistSession.basicUserName(request.getHeader("Authorization"))
        : TasklistSession.user(request.getSession(false));
    return user == null ? List.of()
        : identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  @Configuration
  static class Registration {

    @Bean
    FilterRegistrationBean<FormOptionsFilter> formOptionsFilter(FormOptions options, TaskService tasks,
        IdentityService identity) {
      FilterRegistrationBean<FormOptionsFilter> registration =
          new FilterRegistrationBean<>(new FormOptionsFilter(options, tasks, identity));
      registration.setName("form-options");
      // Tasklist's engine API and /engine-rest
      registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
      return registration;
    }
  }
}
