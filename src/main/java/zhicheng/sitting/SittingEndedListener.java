package zhicheng.sitting;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.application.ApplicationStatus;
import zhicheng.committee.SittingStore;

/**
 * When a sitting ends: after delivering its results nothing is left to do. A sitting an administrator cancelled
 * (Cockpit, custom listeners not skipped) gives its undecided applications back: they wait for the committee
 * again and the next sitting can take them, and their trails say so.
 */
@Component("sittingEnded")
public class SittingEndedListener implements ExecutionListener {

  private final SittingStore store;
  private final ApplicationRecord record;

  public SittingEndedListener(SittingStore store, ApplicationRecord record) {
    this.store = store;
    this.record = record;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String sittingId = SittingRecord.sittingId(execution);
    String name = SittingVariables.SITTING_NAME.get(execution);
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    int released = 0;
    for (SittingStore.Row row : store.rows(sittingId)) {
      boolean undecided = row.state() == SittingStore.State.LISTED || row.state() == SittingStore.State.PASSED
          || row.state() == SittingStore.State.NOT_PASSED;
      if (undecided && runtime.createProcessInstanceQuery().processInstanceId(row.applicationId()).count() > 0) {
        record.addTrail(runtime, row.applicationId(), ApplicationRecord.COMMITTEE_LEVEL, "系统", "评审会撤销",
            name + "已撤销，申报退回等待评委会评审");
        record.set(runtime, row.applicationId(), ApplicationStatus.AWAITING_COMMITTEE, null, null);
        released++;
      }
    }
    if (released > 0) {
      // the sitting's own variables are being deleted with it: the applications' trails keep the record
      store.release(sittingId);
    }
  }
}
