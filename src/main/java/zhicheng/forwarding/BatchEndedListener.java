package zhicheng.forwarding;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
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
  private final ApplicationBatches applications;
  private final ApplicationRecord record;
  private final Clock clock;

  public BatchEndedListener(RosterStore store, ApplicationBatches applications, ApplicationRecord record,
      Clock clock) {
    this.store = store;
    this.applications = applications;
    this.record = record;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    RecordedBatch batch = RecordedBatch.of(execution);
    if (batch.sent()) {
      return;
    }
    ProcessEngineServices engine = execution.getProcessEngineServices();
    for (String applicationId : applications.running(engine.getRuntimeService(), batch.id())) {
      applications.remove(engine, applicationId, batch.id());
      record.addTrail(engine.getRuntimeService(), applicationId, batch.level(), "系统", "花名册撤销",
          batch.heading() + "未报送即已撤销，可编入下一批花名册");
    }
    store.release(batch.id(), OffsetDateTime.ofInstant(clock.instant(), ChinaTime.ZONE));
  }
}
