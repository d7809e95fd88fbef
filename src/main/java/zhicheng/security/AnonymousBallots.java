package zhicheng.security;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

import zhicheng.sitting.SittingVariables;

/**
 * The secret ballot (人社部令第40号 第二十一条: 无记名投票表决) against the engine's history. With history level full,
 * a task completed with a variable leaves it in ACT_HI_VARINST and ACT_HI_DETAIL (and, through a form, as a form
 * property), next to the task's assignee: whoever reads the history could link each expert to his votes. This
 * plugin wraps the engine's history event handler and drops every variable and form-property event of the ballot's
 * variables, so the ballot never reaches history; the completion listener stores the votes without the voter and
 * removes the variable in the same transaction (BallotCastListener). Everything else is recorded as before.
 *
 * <p>Wrapped after the engine built its handler (postInit), so other handlers registered with it keep working.
 */
@Component
public class AnonymousBallots implements ProcessEnginePlugin {

  /** The variables a ballot travels in: the applicants voted 同意, 不同意, 弃权. */
  public static final Set<String> BALLOT_VARIABLES = Set.of(SittingVariables.BALLOT_AGREE.name(),
      SittingVariables.BALLOT_DISAGREE.name(), SittingVariables.BALLOT_ABSTAIN.name());

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // nothing before the engine is built
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new Filter(configuration.getHistoryEventHandler()));
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    // nothing after
  }

  /** Passes every history event on except those that carry the ballot. */
  static final class Filter implements HistoryEventHandler {

    private final HistoryEventHandler next;

    Filter(HistoryEventHandler next) {
      this.next = next;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isBallot(event)) {
        next.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      next.handleEvents(events.stream().filter(e -> !isBallot(e)).toList());
    }

    static boolean isBallot(HistoryEvent event) {
      return event instanceof HistoricVariableUpdateEventEntity v && BALLOT_VARIABLES.contains(v.getVariableName())
          || event instanceof HistoricFormPropertyEventEntity f && BALLOT_VARIABLES.contains(f.getPropertyId());
    }
  }
}
