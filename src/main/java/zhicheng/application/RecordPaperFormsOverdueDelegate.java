package zhicheng.application;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import zhicheng.calendar.ChineseTime;
import zhicheng.vocabulary.ChinaTime;

/**
 * 纸质评审表逾期未报送: seed 002 七 (于2020年11月10日前……报送……逾期不再受理) and seed 003 二、(四)2 (逾期不再受理). The
 * application then ends as OVERDUE (逾期不予受理), like a level that missed its deadline.
 */
@Component("recordPaperFormsOverdue")
public class RecordPaperFormsOverdueDelegate implements JavaDelegate {

  private final ApplicationRecord record;

  public RecordPaperFormsOverdueDelegate(ApplicationRecord record) {
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date deadline = (Date) ApplicationVariables.PAPER_FORMS_DEADLINE.get(execution);
    // the deadline instant is 00:00 of the day after the deadline date
    LocalDate lastDay = LocalDate.ofInstant(deadline.toInstant(), ChinaTime.ZONE).minusDays(1);
    String reason = "未在" + ChineseTime.date(lastDay) + "前报送纸质评审表（一式"
        + ApplicationVariables.PAPER_FORMS_COPIES.get(execution) + "份），逾期不予受理";
    ApplicationVariables.LEVEL_REASON.set(execution, reason);
    record.addTrail(execution, PaperFormsDueListener.LEVEL, "系统", "逾期", reason);
  }
}
