package zhicheng.application;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import zhicheng.eligibility.Finding;
import zhicheng.eligibility.Gates;
import zhicheng.eligibility.IntegrityRecordSource;
import zhicheng.plan.PlanRepository;
import zhicheng.process.DeclarationRefusedException;

/**
 * At declaration (end of 受理申报): a person barred by the integrity record is refused there and then, with the
 * year the bar ends, and nothing is created (seed 001 三、（九）: 从评审次年起3年内不得申报). It is not a finding
 * the applicant could fix, so it does not wait for the eligibility step.
 */
@Component("integrityScreen")
public class IntegrityScreenListener implements ExecutionListener {

  private final PlanRepository plans;
  private final IntegrityRecordSource records;

  public IntegrityScreenListener(PlanRepository plans, IntegrityRecordSource records) {
    this.plans = plans;
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Finding f = Gates.integrity(records.of(ApplicationVariables.ID_NUMBER.get(execution)),
        plans.find(ApplicationVariables.PLAN_ID.get(execution)).orElseThrow());
    if (!f.passed()) {
      throw new DeclarationRefusedException("申报未受理", List.of(f.message() + "（" + f.source() + "）"));
    }
  }
}
