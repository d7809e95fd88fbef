package zhicheng.sitting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import zhicheng.application.CommitteeVars;
import zhicheng.application.Vars;
import zhicheng.committee.SittingStore;
import zhicheng.vocabulary.Messages;

/**
 * 送达评审结果, once per application of the sitting: its result (passed / not passed, with the tally) and the
 * publishing document go to that application alone, by message correlation on its business key
 * ({@code CommitteeResult}). A passed application then issues its certificate in a job of its own.
 */
@Component("deliverResult")
public class DeliverResultDelegate implements JavaDelegate {

  private final SittingSteps steps;
  private final SittingStore store;

  public DeliverResultDelegate(SittingSteps steps, SittingStore store) {
    this.steps = steps;
    this.store = store;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SittingStore.Row row = steps.row(execution);
    boolean passed = row.state() == SittingStore.State.PASSED;
    execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(Messages.COMMITTEE_RESULT)
        .processInstanceBusinessKey(row.businessKey())
        .setVariable(CommitteeVars.COMMITTEE_RESULT,
            passed ? CommitteeVars.RESULT_PASSED : CommitteeVars.RESULT_NOT_PASSED)
        .setVariable(CommitteeVars.COMMITTEE_TALLY, row.reason())
        .setVariable(CommitteeVars.SITTING_NAME, Vars.string(execution, SittingVars.SITTING_NAME))
        .setVariable(CommitteeVars.DOCUMENT_NUMBER, Vars.string(execution, SittingVars.DOCUMENT_NUMBER))
        .setVariable(CommitteeVars.DOCUMENT_DATE, Vars.string(execution, SittingVars.DOCUMENT_DATE))
        .setVariable(CommitteeVars.ISSUER, Vars.string(execution, SittingVars.ISSUER))
        .setVariable(CommitteeVars.PUBLISHED_BY, Vars.string(execution, SittingVars.PUBLISHED_BY))
        .correlate();
    store.mark(row.applicationId(), SittingStore.State.DELIVERED, row.reason());
  }
}
