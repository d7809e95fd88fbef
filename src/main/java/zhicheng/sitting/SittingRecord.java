package zhicheng.sitting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import zhicheng.application.TrailEntry;
import zhicheng.committee.Candidate;
import zhicheng.committee.Expert;
import zhicheng.committee.SittingStore;
import zhicheng.vocabulary.ChinaTime;

/**
 * The sitting's own record on its committee-session instance, for Cockpit and the office's forms: its trail (who
 * opened it, who chose the experts, the count, the publication), its applications with where each stands, and
 * who attends.
 */
@Component
public class SittingRecord {

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
    List<TrailEntry> trail = new ArrayList<>(SittingVariables.SITTING_TRAIL.get(sitting, List.of()));
    String at = OffsetDateTime.now(clock.withZone(ChinaTime.ZONE)).truncatedTo(ChronoUnit.SECONDS).toString();
    trail.add(new TrailEntry(at, "评审会", actor, action, text == null ? "" : text.trim()));
    SittingVariables.SITTING_TRAIL.set(sitting, trail);
    SittingVariables.SITTING_TRAIL_TEXT.set(sitting,
        trail.stream().map(TrailEntry::line).collect(Collectors.joining("\n")));
  }

  /**
   * Rewrites the variables {@code applications} (JSON, for Cockpit) and {@code applicationsText} (for the office's
   * forms) from the sitting's table: number, name, unit, state, reason.
   */
  public void refresh(DelegateExecution execution) {
    List<SittingVariables.Listed> view = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (SittingStore.Row r : store.rows(sittingId(execution))) {
      lines.add(r.businessKey() + "　" + r.name() + "　" + r.unitName() + "　" + stateWithReason(r));
      view.add(new SittingVariables.Listed(r.businessKey(), r.name(), r.unitName(), r.state().text(),
          r.reason() == null ? "" : r.reason(), r.applicationId()));
    }
    SittingVariables.APPLICATIONS.set(execution.getProcessInstance(), view);
    SittingVariables.APPLICATIONS_TEXT.set(execution.getProcessInstance(), String.join("\n", lines));
  }

  /** The applications still before the sitting (voting opens on them). */
  List<Candidate> listed(String sittingId) {
    return store.rows(sittingId).stream().filter(r -> r.state() == SittingStore.State.LISTED)
        .map(SittingStore.Row::candidate).collect(Collectors.toList());
  }

  /**
   * 评审通过：同意6票…, once: a counted row's reason is the tally's result, which already begins with the state (发文公布
   * once read 评审通过：评审通过：…).
   */
  static String stateWithReason(SittingStore.Row r) {
    String state = r.state().text();
    if (r.reason() == null || r.reason().isBlank()) {
      return state;
    }
    return r.reason().startsWith(state + "：") ? r.reason() : state + "：" + r.reason();
  }

  /** The 评审会日期 the office declared when it opened the sitting (yyyy-MM-dd), or null on a sitting without one. */
  static LocalDate sittingDay(VariableScope sitting) {
    String day = SittingVariables.SITTING_DATE.get(sitting);
    return day == null || day.isBlank() ? null : LocalDate.parse(day.trim().substring(0, 10));
  }

  /** The attending experts as the office chose them. */
  static List<Expert> attendance(VariableScope sitting) {
    return SittingVariables.ATTENDANCE.get(sitting, List.of());
  }

  /** The attending expert a ballot task is for (its assignee). */
  static Expert expert(DelegateTask ballot) {
    String id = ballot.getAssignee();
    return attendance(ballot).stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalStateException("评委 " + id + " 不在本次评审会的出席名单中"));
  }
}
