package zhicheng.web;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationVariables;
import zhicheng.committee.Recusal;
import zhicheng.committee.SittingStore;
import zhicheng.forwarding.BatchVariables;
import zhicheng.forwarding.Forwarding;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.security.CurrentUser;
import zhicheng.sitting.SittingVariables;
import zhicheng.vocabulary.ProcessKeys;

/**
 * Who may read an application's documents: its applicant; the reviewers whose group is or was a candidate
 * group of one of its tasks (every level of its chain so far, also after the application ended); the experts
 * attending the sitting that reviews it, unless recused for it; and administrators. A sitting's own documents
 * (its publicity list) are read by its committee's office; a batch's (花名册, 委托书) by the body that forwarded it
 * and the level(s) it went to. Nobody else learns that the application exists.
 */
@Component
public class DocumentAccess {

  private final HistoryService history;
  private final SittingStore sittings;
  private final OrganisationRepository organisation;

  public DocumentAccess(HistoryService history, SittingStore sittings, OrganisationRepository organisation) {
    this.history = history;
    this.sittings = sittings;
    this.organisation = organisation;
  }

  public boolean mayRead(CurrentUser user, String applicationId) {
    if (history.createHistoricProcessInstanceQuery().processInstanceId(applicationId).count() == 0) {
      return false;
    }
    if (user.isAdmin()) {
      return true;
    }
    HistoricVariableInstance applicant = history.createHistoricVariableInstanceQuery()
        .processInstanceId(applicationId).variableName(ApplicationVariables.APPLICANT.name()).singleResult();
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
    return isSittingsOffice(user, applicationId) || isVotingExpert(user, applicationId)
        || isBatchReader(user, applicationId);
  }

  /**
   * The owner is a batch (batch-forwarding: 花名册, 委托书) and the user belongs to the body that forwarded it or to a
   * level it was forwarded to ({@link Forwarding#mayRead}, as the forms' links). Its roster lists all the body's
   * applicants with their birth months: its applicants do not read it.
   */
  private boolean isBatchReader(CurrentUser user, String ownerId) {
    if (history.createHistoricProcessInstanceQuery().processInstanceId(ownerId)
        .processDefinitionKey(ProcessKeys.BATCH_FORWARDING).count() == 0) {
      return false;
    }
    String forwarding = batchVariable(ownerId, BatchVariables.FORWARDING_GROUP.name());
    String receiving = batchVariable(ownerId, BatchVariables.RECEIVING_GROUPS.name());
    return Forwarding.mayRead(forwarding, receiving == null ? List.of() : List.of(receiving.split(",")),
        user.groups());
  }

  private String batchVariable(String batchId, String name) {
    HistoricVariableInstance v = history.createHistoricVariableInstanceQuery().processInstanceId(batchId)
        .variableName(name).singleResult();
    return v == null || v.getValue() == null ? null : v.getValue().toString();
  }

  /** The owner is a sitting (committee-session) of a committee whose office the user belongs to. */
  private boolean isSittingsOffice(CurrentUser user, String ownerId) {
    HistoricVariableInstance committee = history.createHistoricVariableInstanceQuery().processInstanceId(ownerId)
        .variableName(SittingVariables.COMMITTEE_CODE.name()).singleResult();
    return committee != null && history.createHistoricProcessInstanceQuery().processInstanceId(ownerId)
        .processDefinitionKey(ProcessKeys.COMMITTEE_SESSION).count() > 0
        && user.groups().contains("office:" + committee.getValue());
  }

  /** The user attends the sitting that reviews this application and is not recused for it (回避). */
  private boolean isVotingExpert(CurrentUser user, String applicationId) {
    Optional<String> sitting = sittings.sittingOf(applicationId);
    if (sitting.isEmpty()) {
      return false;
    }
    HistoricVariableInstance attendance = history.createHistoricVariableInstanceQuery().processInstanceId(sitting.get())
        .variableName(SittingVariables.ATTENDANCE.name()).singleResult();
    if (attendance == null || !String.valueOf(attendance.getValue()).contains("\"id\":\"" + user.id() + "\"")) {
      return false;
    }
    SittingStore.Row row = sittings.rows(sitting.get()).stream().filter(r -> r.applicationId().equals(applicationId))
        .findFirst().orElseThrow();
    return organisation.get().committees().stream().flatMap(c -> c.members().stream())
        .filter(e -> e.id().equals(user.id())).noneMatch(e -> Recusal.recused(e, row.candidate()));
  }
}
