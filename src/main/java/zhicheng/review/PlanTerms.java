package zhicheng.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;

/**
 * What the application's plan asks for after the review chain, for gateway conditions:
 * {@code ${planTerms.feeRequired(execution)}}, {@code ${planTerms.paperFormsRequired(execution)}}.
 */
@Component("planTerms")
public class PlanTerms {

  private final PlanRepository plans;

  public PlanTerms(PlanRepository plans) {
    this.plans = plans;
  }

  public boolean feeRequired(DelegateExecution execution) {
    return plan(execution).fee() != null;
  }

  public boolean paperFormsRequired(DelegateExecution execution) {
    return plan(execution).paperForms() != null;
  }

  Plan plan(DelegateExecution execution) {
    String id = Vars.string(execution, Vars.PLAN_ID);
    return plans.find(id).orElseThrow(() -> new IllegalStateException("申报计划 " + id + " 已不在计划目录中"));
  }
}
