package zhicheng.review;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.eligibility.PostQuota;
import zhicheng.organisation.Organisation;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;

/**
 * Where the post quota bites: a public institution's 通过 at the unit level. It may recommend no more applicants
 * of a plan than its vacant posts at the level declared for (seed 002 附件3, seed 003 三、（五）): the plan's level,
 * or for a row of a plan table the level of the title the applicant chose, counted over all rows of the table;
 * applications it passed that were not later rejected or closed as overdue hold a post. Runs before
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
    DelegateExecution application = ApplicationRecord.root(task.getExecution());
    Object declared = application.getVariable(EligibilityVars.TARGET_LEVEL);
    String level = declared != null && !declared.toString().isEmpty() ? declared.toString()
        : plan == null ? "" : plan.rules().targetLevel();
    if (unit == null || plan == null || level.isEmpty()) {
      return;
    }
    HistoricProcessInstanceQuery held = task.getProcessEngineServices().getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey("title-application")
        .variableValueEquals(Vars.UNIT_CODE, unitCode)
        .variableValueEquals(EligibilityVars.UNIT_RECOMMENDED, true)
        .variableValueNotEquals(Vars.STATUS, ApplicationStatus.REJECTED.name())
        .variableValueNotEquals(Vars.STATUS, ApplicationStatus.OVERDUE.name());
    if (plan.row() == null) {
      held.variableValueEquals(Vars.PLAN_ID, planId);
    } else {
      // a plan table (seed 003 附件1): the unit's posts of a level are one pool, whichever row's committee evaluates
      held.variableValueLike(Vars.PLAN_ID, planId.substring(0, planId.indexOf(Plan.ROW_SEPARATOR) + 1) + "%")
          .variableValueEquals(EligibilityVars.TARGET_LEVEL, level);
    }
    long recommended = held.count();
    PostQuota.refusal(unit, level, recommended).ifPresent(reason -> {
      throw new DeclarationRefusedException("无法通过", List.of(reason));
    });
    ApplicationRecord.root(task.getExecution()).setVariable(EligibilityVars.UNIT_RECOMMENDED, true);
  }
}
