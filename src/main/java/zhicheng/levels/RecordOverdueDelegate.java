package zhicheng.levels;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.application.ApplicationVariables;
import zhicheng.eligibility.DeclarationCheck;
import zhicheng.vocabulary.ChinaTime;

/**
 * 逾期不予受理: the level's deadline passed with its review, or the applicant's correction, undone. Seed 004
 * 三、1: 逾期不再受理. Records whose step was late; title-application then closes the application.
 */
@Component("recordOverdue")
public class RecordOverdueDelegate implements JavaDelegate {

  private final ApplicationRecord record;

  public RecordOverdueDelegate(ApplicationRecord record) {
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String level = ApplicationVariables.LEVEL_NAME.get(execution);
    Date deadline = (Date) ApplicationVariables.LEVEL_DEADLINE.get(execution);
    // the deadline instant is 00:00 of the day after the deadline date
    LocalDate lastDay = LocalDate.ofInstant(deadline.toInstant(), ChinaTime.ZONE).minusDays(1);
    boolean applicantLate = Boolean.TRUE.equals(LevelVariables.AWAITING_CORRECTION.get(execution));
    String reason = (applicantLate ? "申报人未在" : "本级未在") + DeclarationCheck.chinese(lastDay) + "前"
        + (applicantLate ? "重新提交退回修改的材料" : "完成" + level) + "，逾期不予受理";
    ApplicationVariables.LEVEL_OUTCOME.set(execution, ApplicationVariables.OUTCOME_OVERDUE);
    ApplicationVariables.LEVEL_REASON.set(execution, reason);
    record.addTrail(execution, level, "系统", "逾期", reason);
  }
}
