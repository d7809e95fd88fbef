package zhicheng.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
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
    long recommended = unit.isPublicInstitution()
        ? recommended(task.getProcessEngineServices().getHistoryService(), planId, unitCode) : 0;
    PostQuota.refusal(unit, plan.rules().targetLevel(), recommended).ifPresent(reason -> {
      throw new DeclarationRefusedException("无法通过", List.of(reason));
    });
    ApplicationRecord.root(task.getExecution()).setVariable(EligibilityVars.UNIT_RECOMMENDED, true);
  }

  /**
   * Applications of the plan the unit recommended and that were not later rejected or closed as overdue. Two
   * one-table queries, counted here: one history query with all five variable conditions joins the variable
   * table five times, which H2 (the embedded default) could not plan: with some 45 applications a 通过 took minutes.
   */
  static long recommended(HistoryService history, String planId, String unitCode) {
    String[] ofTheUnit = history.createHistoricVariableInstanceQuery().processDefinitionKey(ApplicationRecord.APPLICATION_PROCESS)
        .variableValueEquals(Vars.UNIT_CODE, unitCode).disableBinaryFetching().disableCustomObjectDeserialization()
        .list().stream().map(HistoricVariableInstance::getProcessInstanceId).distinct().toArray(String[]::new);
    if (ofTheUnit.length == 0) {
      return 0;
    }
    Map<String, Map<String, Object>> byApplication = new HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceIdIn(ofTheUnit)
        .variableNameIn(Vars.PLAN_ID, EligibilityVars.UNIT_RECOMMENDED, Vars.STATUS)
        .disableBinaryFetching().disableCustomObjectDeserialization().list()
        .forEach(v -> byApplication.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>())
            .put(v.getName(), v.getValue()));
    return byApplication.values().stream()
        .filter(v -> planId.equals(v.get(Vars.PLAN_ID)))
        .filter(v -> Boolean.TRUE.equals(v.get(EligibilityVars.UNIT_RECOMMENDED)))
        .filter(v -> !ApplicationStatus.REJECTED.name().equals(v.get(Vars.STATUS))
            && !ApplicationStatus.OVERDUE.name().equals(v.get(Vars.STATUS)))
        .count();
  }
}
