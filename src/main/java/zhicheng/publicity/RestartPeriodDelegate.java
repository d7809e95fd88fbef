package zhicheng.publicity;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.calendar.ChineseTime;
import zhicheng.calendar.Period;
import zhicheng.process.CalendarIncident;

/**
 * 重新起算公示期: the investigator found the objection unfounded and ticked 重新公示. The period starts again now.
 * If the period's timer is waiting, its due date is recalculated from the new start (the timer's own expression,
 * re-evaluated); if the period had already run out and waits only for open investigations, {@code restartPending}
 * makes the period's loop start a new timer once they are closed. The 公示表 is posted again with the new dates.
 */
@Component("restartPeriod")
public class RestartPeriodDelegate implements JavaDelegate {

  private final ApplicationRecord record;
  private final PublicityDocuments documents;
  private final PublicityPeriods periods;

  public RestartPeriodDelegate(ApplicationRecord record, PublicityDocuments documents, PublicityPeriods periods) {
    this.record = record;
    this.documents = documents;
    this.periods = periods;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int days = Publicity.days(execution);
    Period period = periods.start(execution, days);

    ManagementService management = execution.getProcessEngineServices().getManagementService();
    Job timer = management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
        .activityId(PublicityVariables.TIMER).singleResult();
    PublicityVariables.RESTART_PENDING.set(execution, timer == null);
    if (timer != null) {
      management.recalculateJobDuedate(timer.getId(), false);
      if (!period.certain()) {
        CalendarIncident.raiseOnce(execution.getProcessEngineServices().getRuntimeService(), timer.getExecutionId(),
            period.yearsWithoutData(), period.end());
      }
    }
    record.addTrail(execution, Publicity.name(execution), "系统", "重新公示",
        "第" + Publicity.count(execution, PublicityVariables.OBJECTION_NUMBER) + "号异议经核查不属实，公示期自"
            + ChineseTime.instant(period.start()) + "起重新计算" + days + "个工作日，至" + ChineseTime.end(period.end()));
    // the list posted again carries the new period
    documents.publish(execution, period);
  }
}
