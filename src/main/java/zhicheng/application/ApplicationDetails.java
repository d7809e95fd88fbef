package zhicheng.application;

import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * What an application's row in {@link ApplicationIndex} does not carry, read from the engine for the rows of one page
 * at once (two queries, whatever the page's length): the review trail (JSON, as the variable has it), the
 * certificate's code and link, and when the instance ended. The trail grows with every step and belongs to the
 * process, so it stays a variable rather than a second copy in the table.
 */
@Component
public class ApplicationDetails {

  /** {@code trail} is the review trail's JSON text ({@code null} before the first entry). */
  public record Details(String trail, String certificateCode, String certificateUrl, Date endedAt) {
    static final Details NONE = new Details(null, null, null, null);
  }

  private final HistoryService history;

  public ApplicationDetails(HistoryService history) {
    this.history = history;
  }

  /** By application id; every id given has an entry. */
  public Map<String, Details> of(Collection<String> applicationIds) {
    Map<String, Details> details = new HashMap<>();
    if (applicationIds.isEmpty()) {
      return details;
    }
    String[] ids = new HashSet<>(applicationIds).toArray(String[]::new);
    Map<String, Map<String, Object>> values = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
        .variableNameIn(ApplicationVariables.REVIEW_TRAIL.name(), ApplicationVariables.CERTIFICATE_CODE.name(),
            ApplicationVariables.CERTIFICATE_URL.name()).list()) {
      if (v.getValue() != null) {
        values.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).put(v.getName(), v.getValue());
      }
    }
    Map<String, Date> ended = new HashMap<>();
    for (HistoricProcessInstance p : history.createHistoricProcessInstanceQuery()
        .processInstanceIds(new HashSet<>(List.of(ids))).list()) {
      ended.put(p.getId(), p.getEndTime());
    }
    for (String id : ids) {
      Map<String, Object> v = values.getOrDefault(id, Map.of());
      details.put(id, new Details(str(v.get(ApplicationVariables.REVIEW_TRAIL.name())),
          str(v.get(ApplicationVariables.CERTIFICATE_CODE.name())), str(v.get(ApplicationVariables.CERTIFICATE_URL.name())),
          ended.get(id)));
    }
    return details;
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
