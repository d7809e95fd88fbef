package zhicheng.sitting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.committee.SittingStore;

/**
 * 送达评审结果, once per application of the sitting: its result (passed / not passed, with the tally) and the
 * publishing document go to that application alone, by message correlation on its business key
 * ({@code CommitteeResult}, {@link ApplicationRecord#deliverResult}). A passed application then issues its
 * certificate in a job of its own.
 */
@Component("deliverResult")
public class DeliverResultDelegate implements JavaDelegate {

  private final SittingSteps steps;
  private final SittingStore store;
  private final ApplicationRecord record;

  public DeliverResultDelegate(SittingSteps steps, SittingStore store, ApplicationRecord record) {
    this.steps = steps;
    this.store = store;
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SittingStore.Row row = steps.row(execution);
    ApplicationRecord.SittingPublication publication = new ApplicationRecord.SittingPublication(
        SittingVariables.SITTING_NAME.get(execution), SittingVariables.DOCUMENT_NUMBER.get(execution),
        SittingVariables.DOCUMENT_DATE.get(execution), SittingVariables.ISSUER.get(execution),
        SittingVariables.PUBLISHED_BY.get(execution));
    record.deliverResult(execution.getProcessEngineServices().getRuntimeService(), row.businessKey(),
        row.state() == SittingStore.State.PASSED, row.reason(), publication);
    store.mark(row.applicationId(), SittingStore.State.DELIVERED, row.reason());
  }
}
