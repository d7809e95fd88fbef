package zhicheng.forwarding;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.process.Actor;
import zhicheng.process.DeclarationRefusedException;

/**
 * 确认已报送: the body has printed and stamped the 花名册 (and, to the committee's office, the 委托书) and sent them
 * with the evaluation forms in the roster's order, in the plan's copies (seed 004 附件4 二). It must say so by ticking
 * 已报送; then who and when are recorded on the batch and in the trail of each of its applications still under way.
 */
@Component("batchSent")
public class BatchSentListener implements TaskListener {

  private final ApplicationBatches applications;
  private final ApplicationRecord record;
  private final Clock clock;

  public BatchSentListener(ApplicationBatches applications, ApplicationRecord record, Clock clock) {
    this.applications = applications;
    this.record = record;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!Boolean.TRUE.equals(BatchVariables.SENT.get(task))) {
      throw new DeclarationRefusedException("无法确认报送", List.of("请将" + BatchVariables.PAPERS.get(task)
          + "打印盖章，连同按花名册序号排列的评审表报送后，勾选“已报送”（报送清单：杭经信人事〔2023〕63号 附件4 二；评审表份数："
          + BatchVariables.EVALUATION_FORM_COPIES_SOURCE.get(task) + "）"));
    }
    DelegateExecution instance = task.getExecution().getProcessInstance();
    RecordedBatch batch = RecordedBatch.of(instance);
    String by = Actor.of(task);
    BatchVariables.SENT.remove(instance);
    BatchVariables.SENT_AT.set(instance, Date.from(clock.instant()));
    BatchVariables.SENT_BY.set(instance, by);
    RuntimeService runtime = task.getProcessEngineServices().getRuntimeService();
    for (String applicationId : applications.running(runtime, batch.id())) {
      record.addTrail(runtime, applicationId, batch.level(), by, "已报送", batch.heading() + "已报送"
          + batch.receivingBodies());
    }
  }
}
