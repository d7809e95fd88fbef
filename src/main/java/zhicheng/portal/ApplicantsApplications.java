package zhicheng.portal;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationIndex;
import zhicheng.documents.DocumentLinks;
import zhicheng.documents.DocumentService;
import zhicheng.security.CurrentUser;
import zhicheng.web.ApplicationController;
import zhicheng.web.ApplicationController.ApplicationView;
import zhicheng.web.NotFoundException;

/**
 * What the pages read about the signed-in applicant's applications: the same views as {@code /api/applications}
 * (only the applicant's own; anything else is {@link NotFound}), the documents, and the applicant's open tasks as
 * the engine shows them to that person.
 */
@Component
public class ApplicantsApplications {

  /** The applicant's tasks the pages can do, by their BPMN ids. */
  static final String UPLOAD = "UserTask_UploadMaterials";
  static final String CORRECTION = "UserTask_Correction";
  /** More than anyone declares in years: 我的申报 shows them on one page. */
  static final int MY_APPLICATIONS = ApplicationIndex.MAX_PAGE_SIZE;

  public record Document(String title, int version, String fileName, String url) {}

  public record OpenTask(String id, String name, String kind, Date due) {}

  /** A line of the trail as a person reads it: the actor by name (“赵敏 西湖精细化工·人事”), not by login id. */
  public record TrailRow(String at, String level, String action, String actor, String text) {}

  private final ApplicationController applications;
  private final DocumentService documents;
  private final HistoryService history;
  private final TaskService tasks;
  private final AsApplicant as;

  public ApplicantsApplications(ApplicationController applications, DocumentService documents,
      HistoryService history, TaskService tasks, AsApplicant as) {
    this.applications = applications;
    this.documents = documents;
    this.history = history;
    this.tasks = tasks;
    this.as = as;
  }

  /** 我的申报: the signed-in person's own declarations, newest first, from the application table. */
  public List<ApplicationView> mine(HttpServletRequest request) {
    return applications.list(request, "0", String.valueOf(MY_APPLICATIONS), null, null, null, null, "true").items();
  }

  /**
   * The application if the signed-in person declared it, else {@link NotFound}: the pages are the applicant's, so a
   * reviewer who could read it over /api does not see it here either.
   */
  public ApplicationView one(String id, HttpServletRequest request) {
    ApplicationView view;
    try {
      view = applications.one(id, request);
    } catch (NotFoundException e) {
      throw new NotFound();
    }
    if (!CurrentUser.current().id().equals(view.applicant())) {
      throw new NotFound();
    }
    return view;
  }

  /** The view's trail, each actor by the name {@link ApplicationController} resolved for this request. */
  public List<TrailRow> trail(ApplicationView application) {
    List<TrailRow> rows = new ArrayList<>();
    for (JsonNode t : application.trail()) {
      String name = text(t, "actorName");
      rows.add(new TrailRow(text(t, "at"), text(t, "level"), text(t, "action"),
          name.isEmpty() ? text(t, "actor") : name, text(t, "text")));
    }
    return rows;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  public List<Document> documents(String applicationId) {
    return documents.documentsOf(applicationId).stream()
        .map(d -> new Document(d.kind().title(), d.version(), d.fileName(), DocumentLinks.url(applicationId, d.id())))
        .toList();
  }

  /** The application's variables as the process keeps them (the applicant's own application only). */
  public Map<String, Object> variables(String applicationId) {
    Map<String, Object> v = new HashMap<>();
    for (HistoricVariableInstance var : history.createHistoricVariableInstanceQuery()
        .processInstanceId(applicationId).disableBinaryFetching().list()) {
      v.put(var.getName(), var.getValue());
    }
    return v;
  }

  /** The application's tasks the engine gives this person (their own), as that person queries them. */
  public List<OpenTask> openTasks(CurrentUser user, ApplicationView application) {
    return as.call(user, () -> tasks.createTaskQuery().processInstanceBusinessKey(application.businessKey())
        .taskAssignee(user.id()).active().list()).stream()
        .map(t -> new OpenTask(t.getId(), t.getName(), kind(t), t.getDueDate())).toList();
  }

  /** One of them by id, else {@link NotFound}: a task of another application or person does not exist here. */
  public Task openTask(CurrentUser user, ApplicationView application, String taskId, String kind) {
    Task task = as.call(user, () -> tasks.createTaskQuery().taskId(taskId)
        .processInstanceBusinessKey(application.businessKey()).taskAssignee(user.id()).active().singleResult());
    if (task == null || !kind.equals(kind(task))) {
      throw new NotFound();
    }
    return task;
  }

  private static String kind(Task t) {
    return switch (t.getTaskDefinitionKey()) {
      case UPLOAD -> "materials";
      case CORRECTION -> "correction";
      default -> "other";
    };
  }
}
