package zhicheng.publicity;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import zhicheng.calendar.Period;
import zhicheng.process.CalendarIncident;

/**
 * On the period's timer (公示期满), each time it starts: keeps {@code publicityEnd} for people, and when the
 * period runs through a year whose holiday arrangement is not loaded, raises an incident on the timer
 * ({@link CalendarIncident}), so Cockpit shows it until an administrator loads that year.
 */
@Component("publicityPeriod")
public class PublicityPeriod implements ExecutionListener {

  private final PublicityPeriods periods;

  public PublicityPeriod(PublicityPeriods periods) {
    this.periods = periods;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Period p = periods.current(execution);
    PublicityVariables.END.set(execution, Date.from(p.end()));
    PublicityVariables.RESTART_PENDING.set(execution, false);
    if (!p.certain()) {
      CalendarIncident.raise(execution, p.yearsWithoutData(), p.end());
    }
  }
}
