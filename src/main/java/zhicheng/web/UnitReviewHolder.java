package zhicheng.web;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationVariables;
import zhicheng.security.CurrentUser;

/**
 * Whether a person holds the employer unit's review (用人单位审核) of an application now, as the engine assigned it: an
 * open task of the application (level-review runs as a called process, so the application is its root instance)
 * whose candidate group is one of the person's {@code unit:} groups, unclaimed or claimed by that person. The
 * engine's assignment is the authority, as for the task itself; the applicant of the application never holds it
 * (security.md: the applicant never reviews).
 */
@Component
public class UnitReviewHolder {

  private final HistoryService history;
  private final TaskService tasks;

  public UnitReviewHolder(HistoryService history, TaskService tasks) {
    this.history = history;
    this.tasks = tasks;
  }

  public boolean holds(CurrentUser user, String applicationId) {
    HistoricVariableInstance applicant = history.createHistoricVariableInstanceQuery()
        .processInstanceId(applicationId).variableName(ApplicationVariables.APPLICANT.name()).singleResult();
    if (applicant == null || user.id().equals(applicant.getValue())) {
      return false;
    }
    for (String group : user.groups()) {
      if (!group.startsWith("unit:")) {
        continue;
      }
      for (HistoricTaskInstance open : history.createHistoricTaskInstanceQuery().rootProcessInstanceId(applicationId)
          .unfinished().taskHadCandidateGroup(group).list()) {
        Task task = tasks.createTaskQuery().taskId(open.getId()).taskCandidateGroup(group).includeAssignedTasks()
            .singleResult();
        if (task != null && (task.getAssignee() == null || task.getAssignee().equals(user.id()))) {
          return true;
        }
      }
    }
    return false;
  }
}
