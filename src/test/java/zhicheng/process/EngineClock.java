package zhicheng.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import zhicheng.vocabulary.ChinaTime;

/** A clock that follows the engine's (ClockUtil), so delegates and timers agree on "now" in tests. */
public final class EngineClock extends Clock {

  @Override
  public ZoneId getZone() {
    return ChinaTime.ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
