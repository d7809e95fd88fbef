package zhicheng.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.eligibility.DeclarationCheck;
import zhicheng.eligibility.ProfileCheck;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.PlanRepository;
import zhicheng.process.Actor;
import zhicheng.process.DeclarationRefusedException;

/**
 * On completion of 补正资格条件: what the applicant changed must pass the same content checks as a declaration,
 * and the profile must still be readable; the plan and the unit stay as accepted. Then materials and
 * eligibility are checked again.
 */
@Component("eligibilityFixSubmitted")
public class EligibilityFixListener implements TaskListener {

  private final PlanRepository plans;
  private final OrganisationRepository organisation;
  private final ApplicationRecord record;
  private final Clock clock;

  public EligibilityFixListener(PlanRepository plans, OrganisationRepository organisation, ApplicationRecord record,
      Clock clock) {
    this.plans = plans;
    this.organisation = organisation;
    this.record = record;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    var d = DeclaredContent.read(task);
    List<String> findings = new ArrayList<>(new DeclarationCheck(plans, organisation.get())
        .forContent(d, plans.find(d.planId()).orElse(null), clock.instant()));
    findings.addAll(ProfileCheck.problems(EligibilityStep.profile(task)));
    if (!findings.isEmpty()) {
      throw new DeclarationRefusedException("无法重新提交", findings);
    }
    record.addTrail(task.getExecution(), "资格核验", Actor.of(task), "补正后重新提交", "");
  }
}
