package zhicheng.review;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.eligibility.PostQuota;
import zhicheng.organisation.Organisation;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;

/**
 * Where the post quota bites: a public institution's 通过 at the unit level. It may recommend no more applicants
 * of a plan than its vacant posts at the plan's level (seed 002 附件3, seed 003 三、（五）); applications of the
 * plan it passed that were not later rejected or closed as overdue hold a post. Runs before
 * {@link ReviewCompletedListener}, so a refused 通过 changes nothing and the task stays.
 */
@Component("postQuota")
public class PostQuotaListener implements TaskListener {

  private final PlanRepository plans;
  private final OrganisationRepository organisation;

  public PostQuotaListener(PlanRepository plans, OrganisationRepository organisation) {
    this.plans = plans;
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!ReviewCompletedListener.PASS.equals(Vars.string(task, Vars.DECISION))
        || !"unit".equals(Vars.string(task, Vars.LEVEL_KEY))) {
      return;
    }
    String planId = Vars.string(task, Vars.PLAN_ID);
    String unitCode = Vars.string(task, Vars.UNIT_CODE);
    Organisation.Unit unit = organisation.get().unit(unitCode).orElse(null);
    Plan plan = plans.find(planId).orElse(null);
    if (unit == null || plan == null || plan.rules().targetLevel().isEmpty()) {
      return;
    }
    long recommended = task.getProcessEngineServices().getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("title-application")
        .variableValueEquals(Vars.PLAN_ID, planId)
        .variableValueEquals(Vars.UNIT_CODE, unitCode)
        .variableValueEquals(EligibilityVars.UNIT_RECOMMENDED, true)
        .variableValueNotEquals(Vars.STATUS, ApplicationStatus.REJECTED.name())
        .variableValueNotEquals(Vars.STATUS, ApplicationStatus.OVERDUE.name())
        .count();
    PostQuota.refusal(unit, plan.rules().targetLevel(), recommended).ifPresent(reason -> {
      throw new DeclarationRefusedException("无法通过", List.of(reason));
    });
    ApplicationRecord.root(task.getExecution()).setVariable(EligibilityVars.UNIT_RECOMMENDED, true);
  }
}
