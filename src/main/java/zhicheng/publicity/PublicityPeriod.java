package zhicheng.publicity;

import java.time.Instant;
import java.util.Date;
import java.util.SortedSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import zhicheng.calendar.ChineseTime;
import zhicheng.calendar.Period;
import zhicheng.calendar.Workdays;

/**
 * On the period's timer (公示期满), each time it starts: keeps {@code publicityEnd} for people, and when the
 * period runs through a year whose holiday arrangement is not loaded, raises an incident on the timer, so
 * Cockpit shows it (besides the ERROR in the log) until an administrator loads that year.
 */
@Component("publicityPeriod")
public class PublicityPeriod implements ExecutionListener {

  private final Workdays workdays;

  public PublicityPeriod(Workdays workdays) {
    this.workdays = workdays;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Period p = workdays.period(Publicity.start(execution), Publicity.days(execution));
    execution.setVariable(PublicityVars.END, Date.from(p.end()));
    execution.setVariable(PublicityVars.RESTART_PENDING, false);
    if (!p.certain()) {
      execution.createIncident(PublicityVars.INCIDENT_CALENDAR_MISSING, years(p.yearsWithoutData()),
          message(p.yearsWithoutData(), p.end()));
    }
  }

  /** The incident's configuration: the missing years, comma-separated, read back when a year is loaded. */
  public static String years(SortedSet<Integer> missing) {
    return missing.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  public static String message(SortedSet<Integer> missing, Instant end) {
    String years = missing.stream().map(y -> y + "年").collect(Collectors.joining("、"));
    return years + "的法定节假日安排尚未载入：本计时暂按周末计算，至" + ChineseTime.end(end)
        + "。请管理员载入国务院办公厅关于" + missing.first()
        + "年部分节假日安排的通知（PUT /api/calendar/years/{年份}），载入后计时器自动重新计算、本事件自动解决";
  }
}
