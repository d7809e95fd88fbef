package zhicheng.web;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import zhicheng.review.Vars;
import zhicheng.security.CurrentUser;

/**
 * Who may read an application's documents: its applicant; the reviewers whose group is or was a candidate
 * group of one of its tasks (every level of its chain so far, also after the application ended); and
 * administrators. Nobody else learns that the application exists.
 */
@Component
public class DocumentAccess {

  private final HistoryService history;

  public DocumentAccess(HistoryService history) {
    this.history = history;
  }

  public boolean mayRead(CurrentUser user, String applicationId) {
    if (history.createHistoricProcessInstanceQuery().processInstanceId(applicationId).count() == 0) {
      return false;
    }
    if (user.isAdmin()) {
      return true;
    }
    HistoricVariableInstance applicant = history.createHistoricVariableInstanceQuery()
        .processInstanceId(applicationId).variableName(Vars.APPLICANT).singleResult();
    if (applicant != null && user.id().equals(applicant.getValue())) {
      return true;
    }
    for (String group : user.groups()) {
      // level-review runs as a called process: its tasks have the application as their root instance
      if (history.createHistoricTaskInstanceQuery().rootProcessInstanceId(applicationId)
          .taskHadCandidateGroup(group).count() > 0) {
        return true;
      }
    }
    return false;
  }
}
