package zhicheng.forwarding;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;

/**
 * On creating 本级审核 (level-review.bpmn) and 确认收到纸质评审表 (title-application.bpmn): the links to the batches the
 * application was forwarded in (报送花名册) that the task's candidate groups may read, as its task variable
 * {@code rosterLinks}: the 花名册 and 委托书 a committee office receives with the paper forms (seed 004 附件4 二、1–3) are
 * in Tasklist beside the application they cover. {@link ApplicationBatches} makes them, and rewrites them on the open
 * tasks when a batch is made or withdrawn.
 */
@Component("batchLinks")
public class BatchLinksListener implements TaskListener {

  private final ApplicationBatches batches;

  public BatchLinksListener(ApplicationBatches batches) {
    this.batches = batches;
  }

  @Override
  public void notify(DelegateTask task) {
    String application = ApplicationRecord.root(task.getExecution()).getProcessInstanceId();
    String links = batches.links(task.getProcessEngineServices().getRuntimeService(), application,
        ApplicationBatches.candidateGroups(task.getCandidates()));
    if (links != null) {
      BatchVariables.ROSTER_LINKS.setLocal(task, links);
    }
  }
}
