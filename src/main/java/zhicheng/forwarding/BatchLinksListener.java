package zhicheng.forwarding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import zhicheng.documents.DocumentLinks;
import zhicheng.documents.DocumentService;
import zhicheng.documents.StoredDocument;
import zhicheng.forwarding.Forwarding;
import zhicheng.application.ApplicationRecord;

/**
 * The batches an application was forwarded in (报送花名册), as links on the forms of the levels that read them: the
 * 花名册 and 委托书 a committee office receives with the paper forms (seed 004 附件4 二、1–3) are in Tasklist beside
 * the application they cover. Each review task (本级审核, level-review.form) and 确认收到纸质评审表 (paper-forms.form) gets
 * its own task variable {@value BatchVars#ROSTER_LINKS}, made for its candidate groups: only the batches those groups
 * may read ({@link Forwarding#mayRead}: the body that forwarded it, the levels it went to), the same rule as the REST
 * check, so a form never links a PDF its reader gets 404 for. A task variable, not one of the application: the
 * applicant's and the unit's tasks (修改申报材料, the unit's review before any batch) never see it.
 *
 * <p>Written when such a task is created, and again for the open ones when a batch is made or withdrawn.
 */
@Component("batchLinks")
public class BatchLinksListener implements TaskListener {

  /** The tasks whose forms show the links (level-review.bpmn, title-application.bpmn). */
  static final Set<String> TASKS = Set.of("UserTask_Review", "UserTask_ConfirmPaperForms");

  private final DocumentService documents;

  public BatchLinksListener(DocumentService documents) {
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    String application = ApplicationRecord.root(task.getExecution()).getProcessInstanceId();
    String links = links(task.getProcessEngineServices().getRuntimeService(), application, groups(task.getCandidates()));
    if (links != null) {
      task.setVariableLocal(BatchVars.ROSTER_LINKS, links);
    }
  }

  /** After a batch of the application was made or withdrawn: its open review and paper-form tasks. */
  void refresh(ProcessEngineServices engine, String applicationId) {
    RuntimeService runtime = engine.getRuntimeService();
    TaskService tasks = engine.getTaskService();
    List<String> instances = new ArrayList<>(List.of(applicationId));
    runtime.createProcessInstanceQuery().superProcessInstanceId(applicationId).list().stream()
        .map(ProcessInstance::getId).forEach(instances::add);
    for (Task t : tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).list()) {
      if (!TASKS.contains(t.getTaskDefinitionKey())) {
        continue;
      }
      String links = links(runtime, applicationId, groups(tasks.getIdentityLinksForTask(t.getId())));
      if (links != null) {
        tasks.setVariableLocal(t.getId(), BatchVars.ROSTER_LINKS, links);
      } else {
        tasks.removeVariableLocal(t.getId(), BatchVars.ROSTER_LINKS);
      }
    }
  }

  private String links(RuntimeService runtime, String applicationId, Collection<String> readers) {
    try {
      return markdown(CollectBatchDelegate.rosterBatches(runtime, applicationId), readers, documents::documentsOf);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("申报的花名册批次（rosterBatches）无法读取", e);
    }
  }

  private static Set<String> groups(Collection<? extends IdentityLink> links) {
    return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId).collect(Collectors.toSet());
  }

  /**
   * The links of the batches ({@code rosterBatches} entries) that a reader of these groups may read, each with its
   * documents; null when there is none. Engine-free.
   */
  static String markdown(List<Map<String, Object>> batches, Collection<String> readers,
      Function<String, List<StoredDocument>> documentsOf) {
    List<DocumentLinks.BatchDocuments> readable = new ArrayList<>();
    for (Map<String, Object> b : batches) {
      if (!Forwarding.mayRead(String.valueOf(b.get("group")), receivers(b.get("receivingGroups")), readers)) {
        continue;
      }
      String batchId = String.valueOf(b.get("batchId"));
      List<StoredDocument> docs = documentsOf.apply(batchId);
      if (!docs.isEmpty()) {
        readable.add(new DocumentLinks.BatchDocuments(batchId, b.get("body") + "花名册第" + b.get("batchNumber") + "批第"
            + b.get("seq") + "号（" + b.get("batchKey") + "）", docs));
      }
    }
    return readable.isEmpty() ? null : DocumentLinks.batches(readable);
  }

  private static List<String> receivers(Object value) {
    if (value instanceof Collection<?> c) {
      return c.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(String.valueOf(value).split(","));
  }
}
