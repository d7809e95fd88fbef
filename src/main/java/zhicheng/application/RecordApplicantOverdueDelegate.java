package zhicheng.application;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import zhicheng.eligibility.DeclarationCheck;
import zhicheng.vocabulary.ChinaTime;

/**
 * The applicant deadline passed before the materials were uploaded or the unmet conditions fixed: the
 * application closes as 逾期不予受理 (seed 004 三、1: 截止时间为2023年8月27日，逾期不再受理), through the same end
 * as a late level.
 */
@Component("recordApplicantOverdue")
public class RecordApplicantOverdueDelegate implements JavaDelegate {

  private final ApplicationRecord record;

  public RecordApplicantOverdueDelegate(ApplicationRecord record) {
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date deadline = ApplicationVariables.APPLICANT_DEADLINE.get(execution);
    LocalDate lastDay = LocalDate.ofInstant(deadline.toInstant(), ChinaTime.ZONE).minusDays(1);
    String reason = "申报人未在" + DeclarationCheck.chinese(lastDay) + "网上个人申报截止前完成申报材料上传和资格条件补正，"
        + "逾期不予受理（" + ApplicationVariables.PLAN_NOTICE.get(execution) + "）";
    ApplicationVariables.LEVEL_OUTCOME.set(execution, ApplicationVariables.OUTCOME_OVERDUE);
    ApplicationVariables.LEVEL_REASON.set(execution, reason);
    record.addTrail(execution, "资格核验", "系统", "逾期", reason);
  }
}
