package zhicheng.application;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import zhicheng.plan.Deadlines;
import zhicheng.plan.LevelStep;

/**
 * 进入下一审核层级: takes the next level of the application's own chain and sets what level-review needs:
 * the candidate group, the level's name and its deadline (from the plan's data, never from the BPMN).
 */
@Component("enterLevel")
public class EnterLevelDelegate implements JavaDelegate {

  private final ApplicationRecord record;

  public EnterLevelDelegate(ApplicationRecord record) {
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int index = ((Number) execution.getVariable(Vars.LEVEL_INDEX)).intValue();
    List<LevelStep> chain = Vars.chain(execution.getVariableTyped(Vars.CHAIN, false));
    LevelStep level = chain.get(index);

    execution.setVariable(Vars.LEVEL_KEY, level.key());
    execution.setVariable(Vars.LEVEL_NAME, level.name());
    execution.setVariable(Vars.REVIEW_GROUP, level.group());
    execution.setVariable(Vars.LEVEL_DEADLINE, Date.from(Deadlines.endOf(LocalDate.parse(level.deadline()))));
    execution.setVariable(Vars.PUBLICITY_DAYS, level.publicityDays());
    execution.setVariable(Vars.LEVEL_INDEX, index + 1);
    execution.removeVariable(Vars.LEVEL_OUTCOME);
    execution.removeVariable(Vars.LEVEL_REASON);
    record.set(execution, ApplicationStatus.IN_REVIEW, null);
  }
}
