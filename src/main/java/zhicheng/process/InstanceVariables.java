package zhicheng.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * A few variables of many process instances in a handful of queries (one per {@value #BATCH} instances) instead of one
 * per instance: for the readers that look at every open application at once (the gauges, the reminders). Only each
 * instance's own variables, not a task's or a scope's copy of the same name; binary and Java-object values are not
 * fetched.
 */
public final class InstanceVariables {

  /** The query takes the ids as an IN list: batches keep it within every database's limits. */
  static final int BATCH = 500;

  private InstanceVariables() {}

  public static Map<String, Map<String, Object>> read(RuntimeService runtime, Collection<String> instanceIds,
      List<ProcessVariable<?>> variables) {
    String[] names = variables.stream().map(ProcessVariable::name).toArray(String[]::new);
    List<String> ids = new ArrayList<>(instanceIds);
    Map<String, Map<String, Object>> values = new HashMap<>();
    for (int i = 0; i < ids.size(); i += BATCH) {
      List<VariableInstance> batch = runtime.createVariableInstanceQuery()
          .processInstanceIdIn(ids.subList(i, Math.min(i + BATCH, ids.size())).toArray(String[]::new))
          .variableNameIn(names)
          .disableBinaryFetching().disableCustomObjectDeserialization()
          .list();
      for (VariableInstance v : batch) {
        if (v.getExecutionId().equals(v.getProcessInstanceId()) && v.getValue() != null) {
          values.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
        }
      }
    }
    return values;
  }
}
