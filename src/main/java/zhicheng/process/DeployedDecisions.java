package zhicheng.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

import zhicheng.eligibility.Decisions;

/** The latest deployed version of each decision table, evaluated by the process engine. */
@Component
public class DeployedDecisions implements Decisions {

  private final DecisionService decisions;

  public DeployedDecisions(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> inputs) {
    return decisions.evaluateDecisionTableByKey(decisionKey, new HashMap<>(inputs)).getResultList();
  }
}
