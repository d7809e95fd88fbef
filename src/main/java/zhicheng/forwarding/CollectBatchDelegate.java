package zhicheng.forwarding;

import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;

/**
 * 编制花名册和委托书 (batch-forwarding): the batch the start form asks for ({@link BatchCollector}), recorded on its
 * instance (business key ROSTER-…, and what the confirmation form says for this plan: the papers to stamp and the
 * plan's copies of the evaluation form with the clause that asks for them) and on each of its applications: its
 * trail ({@link ApplicationRecord}), its {@code rosterBatches} and the links on its open review and paper-form tasks
 * ({@link ApplicationBatches}). A refusal rolls the start back: no batch, nothing recorded.
 */
@Component("collectBatch")
public class CollectBatchDelegate implements JavaDelegate {

  private final BatchCollector collector;
  private final ApplicationBatches applications;
  private final ApplicationRecord record;

  public CollectBatchDelegate(BatchCollector collector, ApplicationBatches applications, ApplicationRecord record) {
    this.collector = collector;
    this.applications = applications;
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String forwarder = BatchVariables.FORWARDER.get(execution);
    BatchCollector.Collected collected = collector.collect(execution.getProcessInstanceId(), forwarder,
        BatchVariables.PLAN_ID.get(execution), BatchVariables.FORWARDING_GROUP.get(execution));
    execution.setProcessBusinessKey(collected.batch().key());
    write(execution, collected);
    ProcessEngineServices engine = execution.getProcessEngineServices();
    for (Batch.Member m : collected.batch().members()) {
      record.addTrail(engine.getRuntimeService(), m.applicationId(), collected.level(), forwarder, "编入花名册",
          collected.trailText(m));
      applications.add(engine, m.applicationId(), collected.entryOf(m));
    }
  }

  /** The batch's own variables (BatchVariables), for its confirmation form, Cockpit and DocumentAccess. */
  private static void write(DelegateExecution execution, BatchCollector.Collected c) {
    Batch batch = c.batch();
    BatchVariables.PLAN_TITLE.set(execution, batch.planTitle());
    BatchVariables.FORWARDING_GROUP.set(execution, c.group());
    BatchVariables.FORWARDING_BODY.set(execution, batch.body());
    BatchVariables.FORWARDING_LEVEL.set(execution, c.level());
    BatchVariables.RECEIVING_GROUPS.set(execution, String.join(",", c.receivingGroups()));
    BatchVariables.RECEIVING_BODIES.set(execution, String.join("、", c.receivingBodies()));
    BatchVariables.BATCH_NUMBER.set(execution, batch.number());
    BatchVariables.BATCH_TITLE.set(execution, c.title());
    BatchVariables.BATCH_SIZE.set(execution, batch.members().size());
    BatchVariables.CREATED_AT.set(execution, Date.from(batch.asOf().toInstant()));
    BatchVariables.PAPERS.set(execution, c.papers());
    BatchVariables.EVALUATION_FORM_COPIES.set(execution, c.evaluationFormCopies());
    BatchVariables.EVALUATION_FORM_COPIES_SOURCE.set(execution, c.evaluationFormCopiesSource());
    BatchVariables.MEMBERS.set(execution, batch.rows());
    BatchVariables.MEMBERS_TEXT.set(execution, c.membersText());
    BatchVariables.DOCUMENT_LINKS.set(execution, c.documentLinks());
  }
}
