package zhicheng.operations;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationIndex;
import zhicheng.calendar.HolidayCalendar;

/**
 * What the gauges show, read in one go ({@link #read}): the job metrics the engine keeps in its meter log, open
 * incidents and jobs out of retries, and the applications waiting at each level. The last from the app's application
 * table ({@link ApplicationIndex#waitingAtLevels}), one statement: read from the engine (every open level task, then
 * its instance's plan and level in variable queries of 500) it took 36 statements of about 120 ms each at 20,000
 * applications, every minute on every node. Still on a schedule ({@link OperationsMeters}), never on a scrape.
 */
@Component
public class EngineNumbers {

  /** A reading. {@code jobs…} are the engine's cumulative counts of all nodes, as its meter log holds them. */
  public record Reading(long jobsAcquired, long jobsExecuted, long jobsFailed, long openIncidents,
      long jobsWithoutRetries, Map<LevelWorkload.Key, LevelWorkload.Counts> levels) {

    static final Reading NONE = new Reading(0, 0, 0, 0, 0, Map.of());
  }

  private final ManagementService management;
  private final RuntimeService runtime;
  private final ApplicationIndex applications;
  private final HolidayCalendar calendar;
  private final Clock clock;

  public EngineNumbers(ManagementService management, RuntimeService runtime, ApplicationIndex applications,
      HolidayCalendar calendar, Clock clock) {
    this.management = management;
    this.runtime = runtime;
    this.applications = applications;
    this.calendar = calendar;
    this.clock = clock;
  }

  public Reading read() {
    return new Reading(
        management.createMetricsQuery().name(Metrics.JOB_ACQUIRED_SUCCESS).sum(),
        management.createMetricsQuery().name(Metrics.JOB_SUCCESSFUL).sum(),
        management.createMetricsQuery().name(Metrics.JOB_FAILED).sum(),
        runtime.createIncidentQuery().count(),
        management.createJobQuery().noRetriesLeft().count(),
        LevelWorkload.count(waiting(), clock.instant(), calendar.current()));
  }

  /**
   * Every application at a level: in review there, or returned to the applicant by it (the level's task is then the
   * applicant's correction), with its plan, level and the level's deadline, as the application table holds them.
   */
  private List<LevelWorkload.Waiting> waiting() {
    return applications.waitingAtLevels().stream()
        .map(a -> new LevelWorkload.Waiting(Objects.toString(a.planId(), "?"), a.levelKey(),
            a.dueAt() == null ? null : a.dueAt().toInstant()))
        .toList();
  }
}
