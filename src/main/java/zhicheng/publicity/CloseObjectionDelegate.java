package zhicheng.publicity;

import static zhicheng.publicity.PublicityVariables.OPEN_OBJECTIONS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 异议核查完毕: one investigation fewer is open. The period's 异议均已核查 waits for this count to reach zero,
 * so a publicity never ends while an objection is being investigated.
 */
@Component("closeObjection")
public class CloseObjectionDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    OPEN_OBJECTIONS.set(execution, Math.max(0, Publicity.count(execution, OPEN_OBJECTIONS) - 1));
  }
}
