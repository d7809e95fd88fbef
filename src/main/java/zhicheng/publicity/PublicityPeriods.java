package zhicheng.publicity;

import java.time.Clock;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import zhicheng.calendar.Period;
import zhicheng.calendar.Workdays;

/**
 * The one place a publicity period is started and computed: N working days from now by the counting rule
 * ({@link Workdays}), when a publicity is published, when it starts again (重新公示), and for the 评前公示表 a sitting
 * posts before its publicities start (the same day, so the same dates).
 */
@Component
public class PublicityPeriods {

  private final Workdays workdays;
  private final Clock clock;

  public PublicityPeriods(Workdays workdays, Clock clock) {
    this.workdays = workdays;
    this.clock = clock;
  }

  /** A period of {@code days} working days starting now. */
  public Period fromNow(int days) {
    return workdays.period(clock.instant(), days);
  }

  /** The publicity's period starts (again) now: its start, which the timer counts from, and its end, for people. */
  Period start(DelegateExecution execution, int days) {
    Period period = fromNow(days);
    PublicityVariables.START.set(execution, Date.from(period.start()));
    PublicityVariables.END.set(execution, Date.from(period.end()));
    return period;
  }

  /** The running period, from its start, as the timer computes it. */
  Period current(VariableScope publicity) {
    return workdays.period(PublicityVariables.START.get(publicity), Publicity.days(publicity));
  }
}
