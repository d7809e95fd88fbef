package zhicheng.forwarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A batch as its batch-forwarding instance records it, read once by the steps after 编制花名册和委托书 (its
 * confirmation, its end), which write what became of it into its applications' trails.
 *
 * @param id              the batch's process instance
 * @param key             its business key, ROSTER-…
 * @param level           the forwarding body's level as the applications' chains name it (their trails' level)
 * @param title           西湖区…花名册第1批（2人）
 * @param receivingBodies the levels it goes to, by name
 * @param sent            whether the body confirmed it as sent
 */
record RecordedBatch(String id, String key, String level, String title, String receivingBodies, boolean sent) {

  static RecordedBatch of(DelegateExecution execution) {
    DelegateExecution batch = execution.getProcessInstance();
    return new RecordedBatch(batch.getProcessInstanceId(), batch.getProcessBusinessKey(),
        BatchVariables.FORWARDING_LEVEL.get(batch), BatchVariables.BATCH_TITLE.get(batch),
        BatchVariables.RECEIVING_BODIES.get(batch), BatchVariables.SENT_AT.get(batch) != null);
  }

  /** 西湖区…花名册第1批（2人）, as the trails name it (the business key is the engine's, not a reader's). */
  String heading() {
    return title;
  }
}
