package zhicheng.sitting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import zhicheng.application.CommitteeVars;
import zhicheng.application.Vars;
import zhicheng.committee.SittingStore;
import zhicheng.publicity.PublicityVariables;
import zhicheng.vocabulary.Messages;

/**
 * An objection to one application was upheld in one of the sitting's publicities: that application leaves the
 * sitting and ends 不予通过 with the finding (message {@code CommitteeResult}, result {@code rejected}, to it alone by
 * its business key). The other applications of the sitting go on.
 */
@Component("removeFromSitting")
public class RemoveFromSittingDelegate implements JavaDelegate {

  private final SittingSteps steps;
  private final SittingStore store;
  private final SittingRecord sitting;

  public RemoveFromSittingDelegate(SittingSteps steps, SittingStore store, SittingRecord sitting) {
    this.steps = steps;
    this.store = store;
    this.sitting = sitting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SittingStore.Row row = steps.row(execution);
    String publicity = PublicityVariables.NAME.get(execution);
    String reason = publicity + "：" + PublicityVariables.REASON.get(execution);
    store.mark(row.applicationId(), SittingStore.State.REMOVED, reason);
    execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(Messages.COMMITTEE_RESULT)
        .processInstanceId(row.applicationId())
        .setVariable(CommitteeVars.COMMITTEE_RESULT, CommitteeVars.RESULT_REJECTED)
        .setVariable(CommitteeVars.SITTING_NAME, Vars.string(execution, SittingVars.SITTING_NAME))
        .setVariable(Vars.LEVEL_REASON, reason)
        .correlate();
    sitting.trail(execution, "系统", "移出评审", row.name() + "（" + row.businessKey() + "）" + reason);
    sitting.refresh(execution);
  }
}
