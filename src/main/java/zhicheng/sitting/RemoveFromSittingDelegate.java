package zhicheng.sitting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.committee.SittingStore;
import zhicheng.publicity.PublicityVariables;

/**
 * An objection to one application was upheld in one of the sitting's publicities: that application leaves the
 * sitting and ends 不予通过 with the finding (message {@code CommitteeResult}, result {@code rejected}, to it alone:
 * {@link ApplicationRecord#removeFromSitting}). The other applications of the sitting go on.
 */
@Component("removeFromSitting")
public class RemoveFromSittingDelegate implements JavaDelegate {

  private final SittingSteps steps;
  private final SittingStore store;
  private final SittingRecord sitting;
  private final ApplicationRecord record;

  public RemoveFromSittingDelegate(SittingSteps steps, SittingStore store, SittingRecord sitting,
      ApplicationRecord record) {
    this.steps = steps;
    this.store = store;
    this.sitting = sitting;
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SittingStore.Row row = steps.row(execution);
    // the publicity's outcome, mapped back onto this application's branch
    String reason = PublicityVariables.NAME.get(execution) + "：" + PublicityVariables.REASON.get(execution);
    store.mark(row.applicationId(), SittingStore.State.REMOVED, reason);
    record.removeFromSitting(execution.getProcessEngineServices().getRuntimeService(), row.applicationId(),
        SittingVariables.SITTING_NAME.get(execution), reason);
    sitting.trail(execution, "系统", "移出评审", row.name() + "（" + row.businessKey() + "）" + reason);
    sitting.refresh(execution);
  }
}
