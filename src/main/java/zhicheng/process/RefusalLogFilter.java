package zhicheng.process;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * A refusal the people using the app must see (a wrong ID number, two paper copies of three, an unticked
 * confirmation …) is a {@link DeclarationRefusedException}: the caller gets it in Chinese and nothing changes.
 * The engine still logs every exception a command throws as ENGINE-16004 at ERROR with the whole stack trace, so
 * the log of a normal working day filled with alarms an operator cannot act on. This filter turns exactly those
 * into one INFO line on the logger {@value #LOGGER} and leaves every other error of the engine as it is.
 * Registered in {@code logback-spring.xml}.
 */
public class RefusalLogFilter extends TurboFilter {

  static final String LOGGER = "zhicheng.refusals";
  private static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != Level.ERROR || logger == null || !logger.getName().equals(ENGINE_CONTEXT)) {
      return FilterReply.NEUTRAL;
    }
    DeclarationRefusedException refusal = refusal(t != null ? t : lastThrowable(params));
    if (refusal == null) {
      return FilterReply.NEUTRAL;
    }
    // the same logging context as the engine's logger (the filter belongs to it)
    logger.getLoggerContext().getLogger(LOGGER).info("已拒绝（未作任何更改）：{}", refusal.getMessage());
    return FilterReply.DENY;
  }

  private static Throwable lastThrowable(Object[] params) {
    return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
  }

  private static DeclarationRefusedException refusal(Throwable thrown) {
    return Causes.find(thrown, DeclarationRefusedException.class).orElse(null);
  }
}
