package zhicheng.application;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import zhicheng.plan.GroupPattern;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;

/**
 * What the application's plan asks for after the review chain, for gateway conditions:
 * {@code ${planTerms.feeRequired(execution)}}, {@code ${planTerms.paperFormsRequired(execution)}},
 * {@code ${planTerms.formReturnRequired(execution)}}.
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

  public boolean formReturnRequired(DelegateExecution execution) {
    return plan(execution).formReturn() != null;
  }

  /** A group pattern of the plan ({@code office:{committee}}, {@code county:{county}} …) for this application. */
  static String group(DelegateExecution execution, String pattern) {
    return GroupPattern.resolve(pattern, Map.of(
        "unit", ApplicationVariables.UNIT_CODE.get(execution), "county", ApplicationVariables.COUNTY_CODE.get(execution),
        "committee", ApplicationVariables.COMMITTEE_CODE.get(execution)));
  }

  Plan plan(DelegateExecution execution) {
    String id = ApplicationVariables.PLAN_ID.get(execution);
    return plans.find(id).orElseThrow(() -> new IllegalStateException("申报计划 " + id + " 已不在计划目录中"));
  }
}
