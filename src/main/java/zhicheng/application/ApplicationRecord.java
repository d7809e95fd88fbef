package zhicheng.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import zhicheng.documents.DocumentLinks;
import zhicheng.documents.DocumentService;
import zhicheng.vocabulary.ChinaTime;
import zhicheng.vocabulary.Messages;
import zhicheng.vocabulary.ProcessKeys;

/**
 * Writes an application's readable status and review trail on the title-application instance, whichever
 * process (title-application or a level-review under it) the step runs in. The trail is JSON (Cockpit shows
 * it) with a plain-text copy for the Tasklist forms, which cannot render lists.
 */
@Component("applicationStatus")
public class ApplicationRecord {

  /** The trail's level column for the committee's steps (sitting, vote, result, certificate). */
  public static final String COMMITTEE_LEVEL = "评委会评审";

  private final Clock clock;
  private final ApplicationIndex index;

  public ApplicationRecord(Clock clock, ApplicationIndex index) {
    this.clock = clock;
    this.index = index;
  }

  /** The application table, which every status change here keeps in step. */
  public ApplicationIndex index() {
    return index;
  }

  /** For BPMN listeners: {@code ${applicationStatus.set(execution, 'REJECTED')}}. */
  public void set(DelegateExecution execution, String status) {
    set(execution, ApplicationStatus.valueOf(status), null);
  }

  public void set(DelegateExecution execution, ApplicationStatus status, String reason) {
    DelegateExecution root = root(execution);
    ApplicationVariables.STATUS.set(root, status.name());
    Object level = ApplicationVariables.LEVEL_NAME.get(execution);
    boolean atLevel = level != null
        && (status == ApplicationStatus.IN_REVIEW || status == ApplicationStatus.CORRECTION_REQUIRED
            || status == ApplicationStatus.PUBLICITY);
    String text = status.text() + (atLevel ? "：" + level : "");
    ApplicationVariables.STATUS_TEXT.set(root, text);
    String statusReason = null;
    if (reason != null) {
      statusReason = reason;
      ApplicationVariables.STATUS_REASON.set(root, reason);
    } else if (status == ApplicationStatus.REJECTED || status == ApplicationStatus.OVERDUE
        || status == ApplicationStatus.NOT_PASSED || status == ApplicationStatus.WITHDRAWN) {
      // the reason was written by the level that decided
      statusReason = ApplicationVariables.LEVEL_REASON.get(execution);
      ApplicationVariables.STATUS_REASON.set(root, statusReason);
    } else {
      // back in review: an old return reason would tell the applicant something that no longer holds
      ApplicationVariables.STATUS_REASON.remove(root);
    }
    String id = root.getProcessInstanceId();
    // name and ID number as they stand: a correction may have changed them
    index.statusChanged(id, status, text, statusReason, ApplicationVariables.LEVEL_KEY.get(execution),
        level == null ? null : level.toString(), due(execution, root, status, atLevel),
        ApplicationVariables.APPLICANT_NAME.get(root), ApplicationVariables.ID_NUMBER.get(root));
    if (status == ApplicationStatus.IN_REVIEW) {
      // entering a level (or back in it): its reviewers list the application from now on
      index.addReader(id, ApplicationVariables.REVIEW_GROUP.get(execution));
    } else if (status == ApplicationStatus.AWAITING_PAPER_FORMS) {
      index.addReader(id, ApplicationVariables.PAPER_FORMS_GROUP.get(root));
    }
  }

  /** What the applicant or the reviewers must do next is due by then; none once nobody has to act by a date. */
  private static Date due(DelegateExecution execution, DelegateExecution root, ApplicationStatus status,
      boolean atLevel) {
    return switch (status) {
      case AWAITING_MATERIALS -> ApplicationVariables.APPLICANT_DEADLINE.get(root);
      case IN_REVIEW, CORRECTION_REQUIRED, PUBLICITY -> atLevel ? ApplicationVariables.LEVEL_DEADLINE.get(execution)
          : ApplicationVariables.APPLICANT_DEADLINE.get(root);
      case AWAITING_PAYMENT -> ApplicationVariables.PAYMENT_DEADLINE.get(root);
      case AWAITING_PAPER_FORMS -> ApplicationVariables.PAPER_FORMS_DEADLINE.get(root);
      default -> null;
    };
  }

  /** {@code group} works a task of the application from now on (e.g. returning its evaluation form): it may list it. */
  public void addReader(DelegateExecution execution, String group) {
    index.addReader(root(execution).getProcessInstanceId(), group);
  }

  public void addTrail(DelegateExecution execution, String level, String actor, String action, String text) {
    DelegateExecution root = root(execution);
    if (root != execution.getProcessInstance() && isSitting(root)) {
      // a publicity a sitting runs for one of its applications: the trail is that application's
      addTrail(execution.getProcessEngineServices().getRuntimeService(), applicationOf(execution), level, actor,
          action, text);
      return;
    }
    List<TrailEntry> trail = trail(root);
    trail.add(entry(level, actor, action, text));
    String text0 = text(trail);
    ApplicationVariables.REVIEW_TRAIL.set(root, trail);
    ApplicationVariables.REVIEW_TRAIL_TEXT.set(root, text0);
    if (root != execution.getProcessInstance()) {
      // the reviewer's form reads the level-review instance's own copy
      ApplicationVariables.REVIEW_TRAIL_TEXT.set(execution.getProcessInstance(), text0);
    }
  }

  /**
   * The same on an application a committee sitting works on (another process instance, waiting for its result):
   * a step of the sitting records who did what in that application's own trail.
   */
  public void addTrail(RuntimeService runtime, String applicationId, String level, String actor, String action,
      String text) {
    List<TrailEntry> trail = new ArrayList<>(ApplicationVariables.REVIEW_TRAIL.get(runtime, applicationId, List.of()));
    trail.add(entry(level, actor, action, text));
    ApplicationVariables.REVIEW_TRAIL.set(runtime, applicationId, trail);
    ApplicationVariables.REVIEW_TRAIL_TEXT.set(runtime, applicationId, text(trail));
  }

  /** The status of an application a sitting works on; {@code detail} follows the status text (公示中：评前公示). */
  public void set(RuntimeService runtime, String applicationId, ApplicationStatus status, String detail,
      String reason) {
    String text = status.text() + (detail == null ? "" : "：" + detail);
    ApplicationVariables.STATUS.set(runtime, applicationId, status.name());
    ApplicationVariables.STATUS_TEXT.set(runtime, applicationId, text);
    if (reason == null) {
      ApplicationVariables.STATUS_REASON.remove(runtime, applicationId);
    } else {
      ApplicationVariables.STATUS_REASON.set(runtime, applicationId, reason);
    }
    index.statusChanged(applicationId, status, text, reason, null, null, null);
  }

  private TrailEntry entry(String level, String actor, String action, String text) {
    String at = OffsetDateTime.now(clock.withZone(ChinaTime.ZONE)).truncatedTo(ChronoUnit.SECONDS).toString();
    return new TrailEntry(at, level, actor, action, text == null ? "" : text.trim());
  }

  private static String text(List<TrailEntry> trail) {
    return TrailText.of(trail);
  }

  public static boolean isSitting(DelegateExecution root) {
    return ProcessKeys.COMMITTEE_SESSION.equals(root.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(root.getProcessDefinitionId()).getKey());
  }

  /** The title-application whose business key the (publicity) execution carries. */
  public static String applicationOf(DelegateExecution execution) {
    ProcessInstance application = execution.getProcessEngineServices().getRuntimeService()
        .createProcessInstanceQuery().processDefinitionKey(ProcessKeys.TITLE_APPLICATION)
        .processInstanceBusinessKey(execution.getProcessBusinessKey()).singleResult();
    if (application == null) {
      throw new IllegalStateException("评审会的公示找不到业务键为 " + execution.getProcessBusinessKey() + " 的申报");
    }
    return application.getId();
  }

  static List<TrailEntry> trail(DelegateExecution root) {
    return new ArrayList<>(ApplicationVariables.REVIEW_TRAIL.get(root, List.of()));
  }

  /** The title-application instance above a (possibly nested) execution. */
  public static DelegateExecution root(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    while (instance.getSuperExecution() != null) {
      instance = instance.getSuperExecution().getProcessInstance();
    }
    return instance;
  }

  // ---- the committee's result, which a sitting sends to an application waiting for it (message CommitteeResult) ----

  /** The sitting and the document that publishes its results (发文公布), as each application records them. */
  public record SittingPublication(String sittingName, String documentNumber, String documentDate, String issuer,
      String publishedBy) {}

  /** A sitting's result for one of its applications, to it alone by its business key: passed or not, with the tally. */
  public void deliverResult(RuntimeService runtime, String businessKey, boolean passed, String tally,
      SittingPublication publication) {
    Map<String, Object> result = new HashMap<>();
    ApplicationVariables.COMMITTEE_RESULT.putIn(result,
        passed ? ApplicationVariables.RESULT_PASSED : ApplicationVariables.RESULT_NOT_PASSED);
    ApplicationVariables.COMMITTEE_TALLY.putIn(result, tally);
    ApplicationVariables.SITTING_NAME.putIn(result, publication.sittingName());
    ApplicationVariables.DOCUMENT_NUMBER.putIn(result, publication.documentNumber());
    ApplicationVariables.DOCUMENT_DATE.putIn(result, publication.documentDate());
    ApplicationVariables.ISSUER.putIn(result, publication.issuer());
    ApplicationVariables.PUBLISHED_BY.putIn(result, publication.publishedBy());
    runtime.createMessageCorrelation(Messages.COMMITTEE_RESULT).processInstanceBusinessKey(businessKey)
        .setVariables(result).correlate();
  }

  /** An objection upheld in one of a sitting's publicities: the application leaves it and ends 不予通过 with the reason. */
  public void removeFromSitting(RuntimeService runtime, String applicationId, String sittingName, String reason) {
    Map<String, Object> result = new HashMap<>();
    ApplicationVariables.COMMITTEE_RESULT.putIn(result, ApplicationVariables.RESULT_REJECTED);
    ApplicationVariables.SITTING_NAME.putIn(result, sittingName);
    ApplicationVariables.LEVEL_REASON.putIn(result, reason);
    runtime.createMessageCorrelation(Messages.COMMITTEE_RESULT).processInstanceId(applicationId)
        .setVariables(result).correlate();
  }

  /**
   * Writes the application's document links on the application and, when the step runs in a called instance
   * (level-review, publicity), on that instance too: its task forms read their own copy.
   */
  public static void refreshLinks(DocumentService documents, DelegateExecution execution, DelegateExecution application) {
    String id = application.getProcessInstanceId();
    String links = DocumentLinks.markdown(id, documents.documentsOf(id));
    ApplicationVariables.DOCUMENT_LINKS.set(application, links);
    if (execution.getProcessInstance() != application) {
      ApplicationVariables.DOCUMENT_LINKS.set(execution.getProcessInstance(), links);
    }
  }
}
