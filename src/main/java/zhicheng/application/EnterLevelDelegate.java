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
    int index = ((Number) ApplicationVariables.LEVEL_INDEX.get(execution)).intValue();
    List<LevelStep> chain = ApplicationVariables.CHAIN.get(execution, List.of());
    LevelStep level = chain.get(index);

    ApplicationVariables.LEVEL_KEY.set(execution, level.key());
    ApplicationVariables.LEVEL_NAME.set(execution, level.name());
    ApplicationVariables.REVIEW_GROUP.set(execution, level.group());
    ApplicationVariables.LEVEL_DEADLINE.set(execution, Date.from(Deadlines.endOf(LocalDate.parse(level.deadline()))));
    ApplicationVariables.PUBLICITY_DAYS.set(execution, level.publicityDays());
    ApplicationVariables.LEVEL_INDEX.set(execution, index + 1);
    ApplicationVariables.LEVEL_OUTCOME.remove(execution);
    ApplicationVariables.LEVEL_REASON.remove(execution);
    record.set(execution, ApplicationStatus.IN_REVIEW, null);
  }
}
