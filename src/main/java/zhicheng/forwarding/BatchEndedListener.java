package zhicheng.forwarding;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.application.Vars;
import zhicheng.forwarding.RosterStore;
import zhicheng.sitting.SittingRecord;
import zhicheng.vocabulary.ChinaTime;

/**
 * When a batch ends: once confirmed as sent, nothing is left to do. A batch an administrator cancelled before it
 * was sent (Cockpit, custom listeners not skipped) is withdrawn: its applications may go into the body's next
 * batch, their {@code rosterBatches} and their forms' links no longer name it, and their trails say so. Its documents
 * stay with it.
 */
@Component("batchEnded")
public class BatchEndedListener implements ExecutionListener {

  private final RosterStore store;
  private final ApplicationRecord record;
  private final BatchLinksListener links;
  private final Clock clock;

  public BatchEndedListener(RosterStore store, ApplicationRecord record, BatchLinksListener links, Clock clock) {
    this.store = store;
    this.record = record;
    this.links = links;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) throws JsonProcessingException {
    DelegateExecution batch = execution.getProcessInstance();
    if (batch.getVariable(BatchVars.SENT_AT) != null) {
      return;
    }
    String batchId = batch.getProcessInstanceId();
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    for (String applicationId : store.applications(batchId)) {
      if (runtime.createProcessInstanceQuery().processInstanceId(applicationId).count() == 0) {
        continue;
      }
      List<Map<String, Object>> batches = CollectBatchDelegate.rosterBatches(runtime, applicationId);
      batches.removeIf(b -> batchId.equals(b.get("batchId")));
      runtime.setVariable(applicationId, BatchVars.ROSTER_BATCHES, SittingRecord.json(batches));
      links.refresh(execution.getProcessEngineServices(), applicationId);
      record.addTrail(runtime, applicationId, Vars.string(batch, BatchVars.FORWARDING_LEVEL), "系统", "花名册撤销",
          Vars.string(batch, BatchVars.BATCH_TITLE) + "（" + batch.getProcessBusinessKey() + "）未报送即已撤销，"
              + "可编入下一批花名册");
    }
    store.release(batchId, OffsetDateTime.ofInstant(clock.instant(), ChinaTime.ZONE));
  }
}
