package zhicheng.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.eligibility.Declaration;
import zhicheng.eligibility.DeclarationCheck;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.PlanRepository;

/**
 * On completion of the applicant's correction task: the corrected declaration must pass the same content
 * checks as a new one, and may not move the application to another plan or unit (they fixed its chain).
 * The corrected content is written to the application itself at once, so the reviewer who looks again and
 * every later level see the same data; then the same level reviews it again.
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
    DelegateExecution execution = task.getExecution();
    DelegateExecution application = ApplicationRecord.root(execution);
    Declaration corrected = Vars.declaration(task);
    Declaration accepted = Vars.declaration(application);
    List<String> findings = new ArrayList<>();
    if (!Objects.equals(corrected.planId(), accepted.planId())
        || !Objects.equals(corrected.unitCode(), accepted.unitCode())) {
      findings.add("申报受理后不能变更申报计划或工作单位");
    }
    findings.addAll(new DeclarationCheck(plans, organisation.get())
        .forContent(corrected, plans.find(accepted.planId()).orElse(null), clock.instant()));
    if (!findings.isEmpty()) {
      throw new DeclarationRefusedException("无法重新提交", findings);
    }
    Vars.putCorrectableContent(application, corrected);
    if (application != execution.getProcessInstance()) {
      Vars.putCorrectableContent(execution.getProcessInstance(), corrected);
    }
    execution.setVariable(ReviewCompletedListener.AWAITING_CORRECTION, false);
    record.addTrail(execution, Vars.string(task, Vars.LEVEL_NAME), Actor.of(task), "重新提交", "");
    record.set(execution, ApplicationStatus.IN_REVIEW, null);
  }
}
