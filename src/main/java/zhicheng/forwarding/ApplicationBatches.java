package zhicheng.forwarding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import zhicheng.documents.DocumentLinks;
import zhicheng.documents.DocumentService;
import zhicheng.documents.StoredDocument;

/**
 * What forwarding keeps on the applications it forwards, which are other process instances than the batch: the
 * batches each was forwarded in (its variable {@code rosterBatches}) and, on its open 本级审核 (level-review.form) and
 * 确认收到纸质评审表 (paper-forms.form) tasks, the links to the 花名册 and 委托书 of those batches (the task variable
 * {@code rosterLinks}). Every write forwarding makes on an application goes through here, but its trail and status:
 * those are the application's own ({@code ApplicationRecord}).
 *
 * <p>The links a task gets are made for its candidate groups: only the batches those groups may read
 * ({@link Forwarding#mayRead}: the body that forwarded it, the levels it went to), the same rule as the REST check, so
 * a form never links a PDF its reader gets 404 for. A task variable, not one of the application: the applicant's and
 * the unit's tasks (修改申报材料, the unit's review before any batch) never see it.
 */
@Component
public class ApplicationBatches {

  /** The tasks whose forms show the links (level-review.bpmn, title-application.bpmn). */
  static final Set<String> LINKED_TASKS = Set.of("UserTask_Review", "UserTask_ConfirmPaperForms");

  private final RosterStore store;
  private final DocumentService documents;

  public ApplicationBatches(RosterStore store, DocumentService documents) {
    this.store = store;
    this.documents = documents;
  }

  /** The applications of a batch still under way, by 序号 (an application may have ended since). */
  public List<String> running(RuntimeService runtime, String batchId) {
    return store.applications(batchId).stream()
        .filter(id -> runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0).toList();
  }

  /** The application went into a batch: it records the batch, and its open tasks link the batch's documents. */
  public void add(ProcessEngineServices engine, String applicationId, RosterEntry batch) {
    List<RosterEntry> batches = batches(engine.getRuntimeService(), applicationId);
    batches.add(batch);
    write(engine, applicationId, batches);
  }

  /** A batch was withdrawn: the application and its open tasks no longer name it. */
  public void remove(ProcessEngineServices engine, String applicationId, String batchId) {
    List<RosterEntry> batches = batches(engine.getRuntimeService(), applicationId);
    batches.removeIf(b -> batchId.equals(b.batchId()));
    write(engine, applicationId, batches);
  }

  /** The links a task of the application shows to a reader of these groups; null when it may read no batch. */
  public String links(RuntimeService runtime, String applicationId, Collection<String> readers) {
    return markdown(batches(runtime, applicationId), readers, documents::documentsOf);
  }

  /** The candidate groups among a task's identity links: who the links are made for. */
  static Set<String> candidateGroups(Collection<? extends IdentityLink> links) {
    return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId).collect(Collectors.toSet());
  }

  private void write(ProcessEngineServices engine, String applicationId, List<RosterEntry> batches) {
    BatchVariables.ROSTER_BATCHES.set(engine.getRuntimeService(), applicationId, batches);
    relink(engine, applicationId);
  }

  /** The links on the application's open review and paper-form tasks, in its own instance or a level's under it. */
  private void relink(ProcessEngineServices engine, String applicationId) {
    RuntimeService runtime = engine.getRuntimeService();
    TaskService tasks = engine.getTaskService();
    List<String> instances = new ArrayList<>(List.of(applicationId));
    runtime.createProcessInstanceQuery().superProcessInstanceId(applicationId).list().stream()
        .map(ProcessInstance::getId).forEach(instances::add);
    for (Task t : tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).list()) {
      if (!LINKED_TASKS.contains(t.getTaskDefinitionKey())) {
        continue;
      }
      String links = links(runtime, applicationId, candidateGroups(tasks.getIdentityLinksForTask(t.getId())));
      if (links != null) {
        tasks.setVariablesLocal(t.getId(), BatchVariables.ROSTER_LINKS.putIn(new HashMap<>(), links));
      } else {
        tasks.removeVariableLocal(t.getId(), BatchVariables.ROSTER_LINKS.name());
      }
    }
  }

  private static List<RosterEntry> batches(RuntimeService runtime, String applicationId) {
    List<RosterEntry> batches = BatchVariables.ROSTER_BATCHES.get(runtime, applicationId);
    return batches == null ? new ArrayList<>() : new ArrayList<>(batches);
  }

  /**
   * The links of the batches (an application's {@code rosterBatches}) that a reader of these groups may read, each
   * with its documents; null when there is none. Engine-free.
   */
  static String markdown(List<RosterEntry> batches, Collection<String> readers,
      Function<String, List<StoredDocument>> documentsOf) {
    List<DocumentLinks.BatchDocuments> readable = new ArrayList<>();
    for (RosterEntry b : batches) {
      if (!Forwarding.mayRead(b.group(), b.receivingGroups(), readers)) {
        continue;
      }
      List<StoredDocument> docs = documentsOf.apply(b.batchId());
      if (!docs.isEmpty()) {
        readable.add(new DocumentLinks.BatchDocuments(b.batchId(), b.title(), docs));
      }
    }
    return readable.isEmpty() ? null : DocumentLinks.batches(readable);
  }
}
