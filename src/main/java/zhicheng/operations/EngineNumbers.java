package zhicheng.operations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationVariables;
import zhicheng.calendar.HolidayCalendar;
import zhicheng.process.InstanceVariables;
import zhicheng.vocabulary.ProcessKeys;

/**
 * What the gauges show, read from the engine in one go ({@link #read}): the job metrics the engine keeps in its
 * meter log, open incidents and jobs out of retries, and the applications waiting at each level. Reading costs a
 * handful of queries (one for the level tasks, one per 500 of them for their plan and level: InstanceVariables), so it runs on a
 * schedule ({@link OperationsMeters}), never on a scrape.
 */
@Component
public class EngineNumbers {

  static final String PLAN = ApplicationVariables.PLAN_ID.name();
  static final String LEVEL = ApplicationVariables.LEVEL_KEY.name();

  /** A reading. {@code jobs…} are the engine's cumulative counts of all nodes, as its meter log holds them. */
  public record Reading(long jobsAcquired, long jobsExecuted, long jobsFailed, long openIncidents,
      long jobsWithoutRetries, Map<LevelWorkload.Key, LevelWorkload.Counts> levels) {

    static final Reading NONE = new Reading(0, 0, 0, 0, 0, Map.of());
  }

  private final ManagementService management;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HolidayCalendar calendar;
  private final Clock clock;

  public EngineNumbers(ManagementService management, RuntimeService runtime, TaskService tasks,
      HolidayCalendar calendar, Clock clock) {
    this.management = management;
    this.runtime = runtime;
    this.tasks = tasks;
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
   * Every level-review instance with an open task (the reviewer's, or the applicant's correction after a 退回: the
   * application is at that level either way), with its plan and level as the call activity handed them in.
   */
  private List<LevelWorkload.Waiting> waiting() {
    List<Task> open = tasks.createTaskQuery().processDefinitionKey(ProcessKeys.LEVEL_REVIEW).list();
    Map<String, Task> byInstance = new HashMap<>();
    open.forEach(t -> byInstance.putIfAbsent(t.getProcessInstanceId(), t));
    Map<String, Map<String, Object>> values = InstanceVariables.read(runtime, byInstance.keySet(),
        List.of(ApplicationVariables.PLAN_ID, ApplicationVariables.LEVEL_KEY));
    List<LevelWorkload.Waiting> waiting = new ArrayList<>();
    byInstance.forEach((instance, task) -> {
      Map<String, Object> v = values.getOrDefault(instance, Map.of());
      waiting.add(new LevelWorkload.Waiting(String.valueOf(v.getOrDefault(PLAN, "?")),
          String.valueOf(v.getOrDefault(LEVEL, "?")),
          task.getDueDate() == null ? null : task.getDueDate().toInstant()));
    });
    return waiting;
  }
}
