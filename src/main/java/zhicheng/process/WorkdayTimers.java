package zhicheng.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

import zhicheng.calendar.HolidayCalendar;
import zhicheng.calendar.WorkingDayCalendar;
import zhicheng.vocabulary.ChinaTime;

/**
 * A timer's due date is fixed when its job is created. After the holiday arrangement changes (an administrator
 * loaded a year), every waiting timer whose expression uses {@code workdays} is recalculated: the engine
 * re-evaluates the expression against the new calendar (ManagementService#recalculateJobDuedate). Incidents
 * about missing years that are now loaded are resolved; a timer that still runs through a missing year keeps
 * (or gets) its incident ({@link CalendarIncident}). The dates people read beside the timers follow
 * ({@link TimerEnd}, declared by the processes that own them).
 */
@Component
public class WorkdayTimers {

  public record Result(int recalculatedTimers, int resolvedIncidents, int openIncidents) {}

  private final RepositoryService repository;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final HolidayCalendar calendar;
  private final Clock clock;
  private final List<TimerEnd> ends;
  /** Deployed definitions never change: which of their activities are working-day timers. */
  private final Map<String, Set<String>> timersByDefinition = new ConcurrentHashMap<>();

  public WorkdayTimers(RepositoryService repository, ManagementService management, RuntimeService runtime,
      HolidayCalendar calendar, Clock clock, List<TimerEnd> ends) {
    this.repository = repository;
    this.management = management;
    this.runtime = runtime;
    this.calendar = calendar;
    this.clock = clock;
    this.ends = List.copyOf(ends);
  }

  public synchronized Result recalculate() {
    WorkingDayCalendar now = calendar.current();
    int timers = 0;
    int resolved = 0;
    for (Incident incident : openIncidents()) {
      boolean known = Arrays.stream(incident.getConfiguration().split(","))
          .allMatch(y -> now.years().containsKey(Integer.parseInt(y.trim())));
      if (known) {
        runtime.resolveIncident(incident.getId());
        resolved++;
      }
    }
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
      for (String activity : workdayTimers(definition.getId())) {
        for (Job job : management.createJobQuery().timers().processDefinitionId(definition.getId())
            .activityId(activity).list()) {
          management.recalculateJobDuedate(job.getId(), false);
          timers++;
          afterRecalculation(management.createJobQuery().jobId(job.getId()).singleResult(), now);
        }
      }
    }
    return new Result(timers, resolved, openIncidents().size());
  }

  private void afterRecalculation(Job job, WorkingDayCalendar now) {
    // the ends people read (publicity, payment period) follow their timers
    for (TimerEnd end : ends) {
      if (end.variable().get(runtime, job.getProcessInstanceId()) != null) {
        end.variable().set(runtime, job.getProcessInstanceId(), job.getDuedate());
      }
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
    LocalDate lastDay = LocalDate.ofInstant(job.getDuedate().toInstant(), ChinaTime.ZONE).minusDays(1);
    SortedSet<Integer> missing = now.yearsWithoutData(today, lastDay);
    if (!missing.isEmpty()) {
      CalendarIncident.raiseOnce(runtime, job.getExecutionId(), missing, job.getDuedate().toInstant());
    }
  }

  private List<Incident> openIncidents() {
    return runtime.createIncidentQuery().incidentType(CalendarIncident.TYPE).list();
  }

  /** Timer events whose date, duration or cycle expression calls the {@code workdays} bean. */
  private Set<String> workdayTimers(String definitionId) {
    return timersByDefinition.computeIfAbsent(definitionId, id -> {
      Set<String> activities = new HashSet<>();
      for (TimerEventDefinition timer : repository.getBpmnModelInstance(id)
          .getModelElementsByType(TimerEventDefinition.class)) {
        String expression = String.join(" ",
            timer.getTimeDate() == null ? "" : timer.getTimeDate().getTextContent(),
            timer.getTimeDuration() == null ? "" : timer.getTimeDuration().getTextContent(),
            timer.getTimeCycle() == null ? "" : timer.getTimeCycle().getTextContent());
        if (expression.contains("workdays.")) {
          ModelElementInstance event = timer.getParentElement();
          activities.add(event.getAttributeValue("id"));
        }
      }
      return activities;
    });
  }
}
