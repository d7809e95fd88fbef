package zhicheng.forwarding;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.forwarding.RosterStore;
import zhicheng.application.ApplicationRecord;
import zhicheng.application.Vars;
import zhicheng.process.Actor;
import zhicheng.process.DeclarationRefusedException;

/**
 * 确认已报送: the body has printed and stamped the 花名册 (and, to the committee's office, the 委托书) and sent them
 * with the evaluation forms in the roster's order, in the plan's copies (seed 004 附件4 二). It must say so by ticking
 * 已报送; then who and when are recorded on the batch and in the trail of each of its applications still under way.
 */
@Component("batchSent")
public class BatchSentListener implements TaskListener {

  private final RosterStore store;
  private final ApplicationRecord record;
  private final Clock clock;

  public BatchSentListener(RosterStore store, ApplicationRecord record, Clock clock) {
    this.store = store;
    this.record = record;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable(BatchVars.SENT))) {
      throw new DeclarationRefusedException("无法确认报送", List.of("请将" + Vars.string(task, BatchVars.PAPERS)
          + "打印盖章，连同按花名册序号排列的评审表报送后，勾选“已报送”（报送清单：杭经信人事〔2023〕63号 附件4 二；评审表份数："
          + Vars.string(task, BatchVars.EVALUATION_FORM_COPIES_SOURCE) + "）"));
    }
    DelegateExecution batch = task.getExecution().getProcessInstance();
    String by = Actor.of(task);
    batch.removeVariable(BatchVars.SENT);
    batch.setVariable(BatchVars.SENT_AT, Date.from(clock.instant()));
    batch.setVariable(BatchVars.SENT_BY, by);
    RuntimeService runtime = task.getProcessEngineServices().getRuntimeService();
    String level = Vars.string(batch, BatchVars.FORWARDING_LEVEL);
    for (String applicationId : store.applications(batch.getProcessInstanceId())) {
      if (runtime.createProcessInstanceQuery().processInstanceId(applicationId).count() > 0) {
        record.addTrail(runtime, applicationId, level, by, "已报送",
            Vars.string(batch, BatchVars.BATCH_TITLE) + "（" + batch.getProcessBusinessKey() + "）已报送"
                + Vars.string(batch, BatchVars.RECEIVING_BODIES));
      }
    }
  }
}
