package zhicheng.publicity;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationVariables;
import zhicheng.calendar.ChineseTime;
import zhicheng.vocabulary.Messages;
import zhicheng.vocabulary.ProcessKeys;

/**
 * Files an objection (异议) against the publicity running for an application: the message {@code Objection},
 * correlated by the application's business key, carrying what was said, by whom and when. When no publicity is
 * running the objection is refused with the reason (ended when, or not in publicity at all); during the period
 * the publicity itself registers it (RegisterObjectionDelegate) or refuses it once the period is over.
 */
@Component
public class ObjectionFiling {

  /** Two objections to the same publicity at the same moment: one transaction wins, the other tries again. */
  private static final int ATTEMPTS = 3;

  public record Filed(String publicityInstanceId, int number, String publisher) {}

  private final RuntimeService runtime;
  private final HistoryService history;
  private final Clock clock;

  public ObjectionFiling(RuntimeService runtime, HistoryService history, Clock clock) {
    this.runtime = runtime;
    this.history = history;
    this.clock = clock;
  }

  public Filed file(String businessKey, String userId, String name, String text) {
    Map<String, Object> payload = new HashMap<>();
    PublicityVariables.OBJECTION_BY.putIn(payload, userId);
    PublicityVariables.OBJECTION_NAME.putIn(payload, name);
    PublicityVariables.OBJECTION_TEXT.putIn(payload, text);
    PublicityVariables.OBJECTION_AT.putIn(payload, Date.from(clock.instant()));
    for (int attempt = 1; ; attempt++) {
      try {
        MessageCorrelationResult r = runtime.createMessageCorrelation(Messages.OBJECTION)
            .processInstanceBusinessKey(businessKey)
            .setVariablesToTriggeredScope(payload)
            .correlateWithResult();
        String instance = r.getExecution().getProcessInstanceId();
        int number = PublicityVariables.OBJECTION_COUNT.get(runtime, instance);
        String publisher = PublicityVariables.PUBLISHER.get(runtime, instance);
        return new Filed(instance, number,
            publisher == null ? String.valueOf(PublicityVariables.GROUP.get(runtime, instance)) : publisher);
      } catch (MismatchingMessageCorrelationException e) {
        throw new PublicityClosedException(notInPublicity(businessKey));
      } catch (OptimisticLockingException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** Why nothing takes the objection: the last publicity's end, or the application's status. */
  private String notInPublicity(String businessKey) {
    HistoricProcessInstance last = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.PUBLICITY).processInstanceBusinessKey(businessKey).finished()
        .orderByProcessInstanceEndTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
    if (last != null) {
      return "该申报的公示已于" + ChineseTime.instant(last.getEndTime().toInstant()) + "结束，不再受理异议";
    }
    HistoricVariableInstance status = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).list().stream()
        .flatMap(p -> history.createHistoricVariableInstanceQuery().processInstanceId(p.getId())
            .variableName(ApplicationVariables.STATUS_TEXT.name()).list().stream())
        .findFirst().orElse(null);
    return "该申报当前不在公示期" + (status == null ? "" : "（当前状态：" + status.getValue() + "）") + "，不受理异议";
  }
}
