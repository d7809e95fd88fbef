package zhicheng.review;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.eligibility.DeclarationCheck;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.PlanRepository;

/**
 * On completion of the applicant's correction task: the corrected declaration must pass the same content
 * checks as a new one; then the same level reviews it again.
 */
@Component("correctionSubmitted")
public class CorrectionSubmittedListener implements TaskListener {

  private final PlanRepository plans;
  private final OrganisationRepository organisation;
  private final ApplicationRecord record;
  private final Clock clock;

  public CorrectionSubmittedListener(
      PlanRepository plans, OrganisationRepository organisation, ApplicationRecord record, Clock clock) {
    this.plans = plans;
    this.organisation = organisation;
    this.record = record;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    var declaration = Vars.declaration(task);
    List<String> findings = new DeclarationCheck(plans, organisation.get())
        .forContent(declaration, plans.find(declaration.planId()).orElse(null), clock.instant());
    if (!findings.isEmpty()) {
      throw new DeclarationRefusedException("无法重新提交", findings);
    }
    DelegateExecution execution = task.getExecution();
    execution.setVariable(Vars.ID_NUMBER, declaration.idNumber().trim().toUpperCase());
    execution.setVariable(ReviewCompletedListener.AWAITING_CORRECTION, false);
    record.addTrail(execution, Vars.string(task, Vars.LEVEL_NAME), Actor.of(task), "重新提交", "");
    record.set(execution, ApplicationStatus.IN_REVIEW, null);
  }
}
