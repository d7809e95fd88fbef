package zhicheng.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine's ENGINE-16004 for a refusal the user was shown becomes one INFO line; any other error stays. */
class RefusalLogFilterTest {

  private final LoggerContext context = new LoggerContext();
  private final ListAppender<ILoggingEvent> all = new ListAppender<>();
  private Logger engine;

  @BeforeEach
  void setUp() {
    context.addTurboFilter(new RefusalLogFilter());
    all.setContext(context);
    all.start();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(all);
    engine = context.getLogger("org.camunda.bpm.engine.context");
  }

  @AfterEach
  void tearDown() {
    context.stop();
  }

  @Test
  void aRefusalIsOneInfoLineWithItsChineseMessage() {
    // as the engine logs it: the message as a parameter, the exception as the last one (wrapped by a listener)
    DeclarationRefusedException refusal = new DeclarationRefusedException("无法确认收到纸质评审表",
        List.of("纸质评审表应一式3份，现填写收到2份"));
    engine.error("ENGINE-16004 Exception while closing command context: {}", "…",
        new ProcessEngineException("Exception while invoking TaskListener", refusal));
    assertThat(all.list).singleElement().satisfies(e -> {
      assertThat(e.getLoggerName()).isEqualTo("zhicheng.refusals");
      assertThat(e.getLevel().toString()).isEqualTo("INFO");
      assertThat(e.getFormattedMessage())
          .isEqualTo("已拒绝（未作任何更改）：无法确认收到纸质评审表：纸质评审表应一式3份，现填写收到2份");
      assertThat(e.getThrowableProxy()).isNull();
    });
  }

  @Test
  void anyOtherErrorOfTheEngineIsLoggedAsBefore() {
    engine.error("ENGINE-16004 Exception while closing command context: {}", "…", new NullPointerException("x"));
    // a refusal logged by another logger, or below ERROR, is not the engine's command error: left alone too
    context.getLogger("zhicheng.web").error("refused", new DeclarationRefusedException("申报未受理", List.of("…")));
    engine.warn("warning", new DeclarationRefusedException("申报未受理", List.of("…")));
    assertThat(all.list).extracting(e -> e.getLoggerName() + " " + e.getLevel()).containsExactly(
        "org.camunda.bpm.engine.context ERROR", "zhicheng.web ERROR", "org.camunda.bpm.engine.context WARN");
    assertThat(all.list.get(0).getThrowableProxy().getClassName()).isEqualTo("java.lang.NullPointerException");
  }
}
