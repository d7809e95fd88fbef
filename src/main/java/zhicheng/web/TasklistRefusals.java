package zhicheng.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;

import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist, Cockpit and Admin talk to the engine through the webapp's own copy of the REST API ("Engine Api",
 * /camunda/api/engine), not through /engine-rest. Without this, a declaration or decision that breaks a rule
 * reaches Tasklist as HTTP 500 "Cannot submit task form … ENGINE-03051 There was an exception while invoking the
 * TaskListener. Message: 'Exception while invoking TaskListener: 无法提交审核结论：…'". The same
 * {@link RefusalExceptionMapper} as on /engine-rest turns it into 400 with only the Chinese message; its two
 * siblings give the same answers as /engine-rest to lost races (409) and unexpected errors ({@link EngineAnswers}).
 * The servlet is registered by Camunda's webapp initializer in no defined order with this one, so the parameter
 * is set from a context listener: listeners run after every initializer and before any servlet starts.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class TasklistRefusals implements ServletContextInitializer {

  static final String ENGINE_API_SERVLET = "Engine Api";
  private static final Logger LOG = LoggerFactory.getLogger(TasklistRefusals.class);

  @Override
  public void onStartup(ServletContext context) {
    context.addListener(new ServletContextListener() {
      @Override
      public void contextInitialized(ServletContextEvent event) {
        // the event's context refuses registrations to programmatic listeners (Servlet spec 4.4); the
        // container's own context, kept from onStartup, does not
        register(context);
      }
    });
  }

  private static void register(ServletContext context) {
    ServletRegistration engineApi = context.getServletRegistration(ENGINE_API_SERVLET);
    if (engineApi == null) {
      LOG.warn("未找到 Camunda webapp 的 {} servlet：Tasklist 中的拒绝信息将显示为 HTTP 500", ENGINE_API_SERVLET);
      return;
    }
    engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, String.join(",",
        RefusalExceptionMapper.class.getName(), EngineExceptionMapper.class.getName(),
        UnexpectedExceptionMapper.class.getName()));
  }
}
