package zhicheng.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * What the deployed model says about a task or a start: which variables its form lets the user write, and whether
 * the model gives the task to the applicant ({@code camunda:assignee="${applicant}"}). Read from the deployment the
 * task or start belongs to, so a form an administrator changes in Modeler and deploys is what counts; cached per
 * process definition and form (a model may give one task different forms by an expression), which never change once
 * deployed.
 *
 * <p>Every lookup runs without the caller's authentication: the guard reads the model and the form whether or not
 * the caller may (the engine still decides the caller's own request).
 */
final class DeployedForms {

  /** The rules of one user task of one process definition. */
  record TaskRule(FormFields.Writable writable, boolean applicantsOwn) {}

  static final String APPLICANT_ASSIGNEE = "${applicant}";

  private final IdentityService identity;
  private final FormService forms;
  private final RepositoryService repository;
  private final TaskService taskService;
  private final Map<String, TaskRule> tasks = new ConcurrentHashMap<>();
  private final Map<String, FormFields.Writable> starts = new ConcurrentHashMap<>();

  DeployedForms(IdentityService identity, FormService forms, RepositoryService repository, TaskService taskService) {
    this.identity = identity;
    this.forms = forms;
    this.repository = repository;
    this.taskService = taskService;
  }

  TaskRule task(Task task) {
    // the form a task of a model has may depend on the task's variables (level-review: the unit's own form)
    String form = task.getCamundaFormRef() != null ? task.getCamundaFormRef().getKey() : task.getFormKey();
    String key = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey() + "#" + form;
    return tasks.computeIfAbsent(key, k -> asSystem(() -> rule(task)));
  }

  private TaskRule rule(Task task) {
    UserTask model = repository.getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    boolean applicantsOwn = model != null && APPLICANT_ASSIGNEE.equals(model.getCamundaAssignee());
    FormFields.Writable writable;
    if (task.getCamundaFormRef() != null) {
      writable = FormFields.ofCamundaForm(text(deployedForm(task)));
    } else if (task.getFormKey() != null && task.getFormKey().startsWith("embedded:")) {
      writable = FormFields.ofEmbeddedForm(text(deployedForm(task)));
    } else {
      writable = FormFields.Writable.NOTHING;
    }
    return new TaskRule(writable, applicantsOwn);
  }

  /**
   * The task's deployed form. The engine reads it through the task, and answers a task completed a moment ago by
   * another request (on this node or another) with a NullPointerException: that is a lost race, said as the engine
   * says a task that is gone (NotFoundException), which the API answers with 409 (zhicheng.web.LostRace).
   */
  private InputStream deployedForm(Task task) {
    try {
      return forms.getDeployedTaskForm(task.getId());
    } catch (RuntimeException e) {
      if (taskService.createTaskQuery().taskId(task.getId()).count() == 0) {
        throw new NotFoundException("任务已不存在（已由他人处理）：" + task.getId(), e);
      }
      throw e;
    }
  }

  FormFields.Writable start(String processDefinitionId) {
    return starts.computeIfAbsent(processDefinitionId, id -> asSystem(() -> {
      var form = forms.getStartFormData(id);
      if (form == null || form.getCamundaFormRef() == null && form.getFormKey() == null) {
        return FormFields.Writable.NOTHING;
      }
      String text = text(forms.getDeployedStartForm(id));
      return form.getCamundaFormRef() != null ? FormFields.ofCamundaForm(text) : FormFields.ofEmbeddedForm(text);
    }));
  }

  /** Runs {@code lookup} as the system, then gives the caller's authentication back. */
  <T> T asSystem(Supplier<T> lookup) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private static String text(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
