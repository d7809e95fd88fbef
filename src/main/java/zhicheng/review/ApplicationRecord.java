package zhicheng.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import zhicheng.plan.Deadlines;

/**
 * Writes an application's readable status and review trail on the title-application instance, whichever
 * process (title-application or a level-review under it) the step runs in. The trail is JSON (Cockpit shows
 * it) with a plain-text copy for the Tasklist forms, which cannot render lists.
 */
@Component("applicationStatus")
public class ApplicationRecord {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Clock clock;

  public ApplicationRecord(Clock clock) {
    this.clock = clock;
  }

  /** For BPMN listeners: {@code ${applicationStatus.set(execution, 'REJECTED')}}. */
  public void set(DelegateExecution execution, String status) {
    set(execution, ApplicationStatus.valueOf(status), null);
  }

  public void set(DelegateExecution execution, ApplicationStatus status, String reason) {
    DelegateExecution root = root(execution);
    root.setVariable(Vars.STATUS, status.name());
    Object level = execution.getVariable(Vars.LEVEL_NAME);
    boolean atLevel = level != null
        && (status == ApplicationStatus.IN_REVIEW || status == ApplicationStatus.CORRECTION_REQUIRED
            || status == ApplicationStatus.PUBLICITY);
    root.setVariable(Vars.STATUS_TEXT, status.text() + (atLevel ? "：" + level : ""));
    if (reason != null) {
      root.setVariable(Vars.STATUS_REASON, reason);
    } else if (status == ApplicationStatus.REJECTED || status == ApplicationStatus.OVERDUE) {
      // the reason was written by the level that decided
      root.setVariable(Vars.STATUS_REASON, execution.getVariable(Vars.LEVEL_REASON));
    } else {
      // back in review: an old return reason would tell the applicant something that no longer holds
      root.removeVariable(Vars.STATUS_REASON);
    }
  }

  public void addTrail(DelegateExecution execution, String level, String actor, String action, String text) {
    String at = OffsetDateTime.now(clock.withZone(Deadlines.CHINA)).truncatedTo(ChronoUnit.SECONDS).toString();
    DelegateExecution root = root(execution);
    List<TrailEntry> trail = trail(root);
    trail.add(new TrailEntry(at, level, actor, action, text == null ? "" : text.trim()));
    String text0 = trail.stream().map(TrailEntry::line).collect(Collectors.joining("\n"));
    try {
      root.setVariable(Vars.REVIEW_TRAIL, SpinValues.jsonValue(JSON.writeValueAsString(trail)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    root.setVariable(Vars.REVIEW_TRAIL_TEXT, text0);
    if (root != execution.getProcessInstance()) {
      // the reviewer's form reads the level-review instance's own copy
      execution.getProcessInstance().setVariable(Vars.REVIEW_TRAIL_TEXT, text0);
    }
  }

  static List<TrailEntry> trail(DelegateExecution root) {
    SerializableValue value = root.getVariableTyped(Vars.REVIEW_TRAIL, false);
    if (value == null || value.getValueSerialized() == null) {
      return new ArrayList<>();
    }
    try {
      return new ArrayList<>(JSON.readValue(value.getValueSerialized(), new TypeReference<List<TrailEntry>>() {}));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("审核记录无法读取", e);
    }
  }

  /** The title-application instance above a (possibly nested) execution. */
  static DelegateExecution root(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    while (instance.getSuperExecution() != null) {
      instance = instance.getSuperExecution().getProcessInstance();
    }
    return instance;
  }
}
