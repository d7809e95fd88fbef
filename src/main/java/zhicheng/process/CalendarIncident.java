package zhicheng.process;

import java.time.Instant;
import java.util.SortedSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import zhicheng.calendar.ChineseTime;

/**
 * The incident a working-day timer carries while its period runs through a year whose holiday arrangement is not
 * loaded, so Cockpit shows it (besides the ERROR in the log) until an administrator loads that year. Raised when a
 * period is computed (the publicity's timer, a restarted period, a recalculation) and resolved by
 * {@link WorkdayTimers} once every year it names is loaded.
 */
public final class CalendarIncident {

  /** The incident type. */
  public static final String TYPE = "workingDayCalendarMissing";

  private CalendarIncident() {}

  /** On the execution of a timer being entered. */
  public static void raise(DelegateExecution execution, SortedSet<Integer> missing, Instant end) {
    execution.createIncident(TYPE, configuration(missing), message(missing, end));
  }

  /** On a waiting timer's execution, unless it has one already. */
  public static void raiseOnce(RuntimeService runtime, String executionId, SortedSet<Integer> missing, Instant end) {
    boolean raised = runtime.createIncidentQuery().executionId(executionId).incidentType(TYPE).count() > 0;
    if (!raised) {
      runtime.createIncident(TYPE, executionId, configuration(missing), message(missing, end));
    }
  }

  /** The incident's configuration: the missing years, comma-separated, read back when a year is loaded. */
  public static String configuration(SortedSet<Integer> missing) {
    return missing.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  public static String message(SortedSet<Integer> missing, Instant end) {
    String years = missing.stream().map(y -> y + "年").collect(Collectors.joining("、"));
    return years + "的法定节假日安排尚未载入：本计时暂按周末计算，至" + ChineseTime.end(end)
        + "。请管理员载入国务院办公厅关于" + missing.first()
        + "年部分节假日安排的通知（PUT /api/calendar/years/{年份}），载入后计时器自动重新计算、本事件自动解决";
  }
}
