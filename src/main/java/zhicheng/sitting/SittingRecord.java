package zhicheng.sitting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import zhicheng.application.TrailEntry;
import zhicheng.application.Vars;
import zhicheng.committee.Expert;
import zhicheng.committee.SittingStore;
import zhicheng.process.LongText;
import zhicheng.vocabulary.ChinaTime;

/**
 * The sitting's own record on its committee-session instance, for Cockpit and the office's forms: its trail (who
 * opened it, who chose the experts, the count, the publication), its applications with where each stands, and
 * typed reading of its JSON variables.
 */
@Component
public class SittingRecord {

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final SittingStore store;
  private final Clock clock;

  public SittingRecord(SittingStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The sitting's id: its committee-session instance. Every step of the sitting runs in that instance. */
  static String sittingId(DelegateExecution execution) {
    return execution.getProcessInstanceId();
  }

  public void trail(DelegateExecution execution, String actor, String action, String text) {
    DelegateExecution sitting = execution.getProcessInstance();
    List<TrailEntry> trail = read(sitting, SittingVars.SITTING_TRAIL, new TypeReference<List<TrailEntry>>() {});
    String at = OffsetDateTime.now(clock.withZone(ChinaTime.ZONE)).truncatedTo(ChronoUnit.SECONDS).toString();
    trail.add(new TrailEntry(at, "评审会", actor, action, text == null ? "" : text.trim()));
    sitting.setVariable(SittingVars.SITTING_TRAIL, json(trail));
    sitting.setVariable(SittingVars.SITTING_TRAIL_TEXT,
        longText(trail.stream().map(TrailEntry::line).collect(Collectors.joining("\n"))));
  }

  /**
   * Rewrites the variables {@code applications} (JSON, for Cockpit) and {@code applicationsText} (for the office's
   * forms) from the sitting's table: number, name, unit, state, reason.
   */
  public void refresh(DelegateExecution execution) {
    List<Map<String, String>> view = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (SittingStore.Row r : store.rows(sittingId(execution))) {
      lines.add(r.businessKey() + "　" + r.name() + "　" + r.unitName() + "　" + r.state().text()
          + (r.reason() == null ? "" : "：" + r.reason()));
      Map<String, String> row = new LinkedHashMap<>();
      row.put("businessKey", r.businessKey());
      row.put("name", r.name());
      row.put("unit", r.unitName());
      row.put("state", r.state().text());
      row.put("reason", r.reason() == null ? "" : r.reason());
      row.put("applicationId", r.applicationId());
      view.add(row);
    }
    execution.getProcessInstance().setVariable(SittingVars.APPLICATIONS, json(view));
    execution.getProcessInstance().setVariable(SittingVars.APPLICATIONS_TEXT, longText(String.join("\n", lines)));
  }

  /** The attending experts as the office chose them. */
  static List<Expert> attendance(VariableScope sitting) {
    return read(sitting, SittingVars.ATTENDANCE, new TypeReference<List<Expert>>() {});
  }

  /**
   * A JSON value of anything.
   *
   * @deprecated declare the variable as a typed JSON {@link zhicheng.process.ProcessVariable} and set it through
   *     that; kept while forwarding still writes its variables by name.
   */
  @Deprecated
  public static Object json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Text for a form that may be longer than a string variable holds.
   *
   * @deprecated use {@link LongText}: a {@link LongText#longText} variable, or {@link LongText#value}.
   */
  @Deprecated
  public static Object longText(String text) {
    return LongText.value(text);
  }

  static <T> List<T> read(VariableScope scope, String name, TypeReference<List<T>> type) {
    Object raw = scope.getVariableTyped(name, false);
    String text = raw instanceof SerializableValue s ? s.getValueSerialized() : Vars.string(scope, name);
    if (text == null || text.isBlank()) {
      return new ArrayList<>();
    }
    try {
      return new ArrayList<>(JSON.readValue(text, type));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("评审会变量 " + name + " 无法读取：" + e.getOriginalMessage(), e);
    }
  }
}
