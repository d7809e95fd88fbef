package zhicheng.sitting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import zhicheng.committee.Candidate;
import zhicheng.committee.Expert;
import zhicheng.committee.Recusal;
import zhicheng.committee.SittingStore;
import zhicheng.documents.DocumentKind;
import zhicheng.documents.DocumentLinks;
import zhicheng.documents.DocumentService;

/**
 * When an expert's 评审表决 task is created: the applicants he votes on (without those of his own unit: 回避) as the
 * choices of his ballot's three lists (同意 / 不同意 / 弃权), links to their evaluation forms, and which applicants he
 * is recused for. All task-local, so each expert sees his own sheet only.
 */
@Component("ballotSheet")
public class BallotSheetListener implements TaskListener {

  private final SittingStore store;
  private final DocumentService documents;

  public BallotSheetListener(SittingStore store, DocumentService documents) {
    this.store = store;
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    Expert expert = expert(task);
    List<Candidate> listed = listed(task);
    List<Map<String, String>> choices = new ArrayList<>();
    List<String> links = new ArrayList<>();
    for (Candidate c : Recusal.ballotOf(expert, listed)) {
      Map<String, String> choice = new LinkedHashMap<>();
      choice.put("label", c.name() + "（" + c.unitName() + "，" + c.businessKey() + "）");
      choice.put("value", c.businessKey());
      choices.add(choice);
      links.add("- " + HtmlUtils.htmlEscape(c.name() + "（" + c.unitName() + "，" + c.businessKey() + "）") + "："
          + documents.documentsOf(c.applicationId()).stream().filter(d -> d.kind() == DocumentKind.EVALUATION_FORM)
              .findFirst().map(d -> "<a href=\"" + DocumentLinks.url(c.applicationId(), d.id())
                  + "\" target=\"_blank\">评审表（第" + d.version() + "版，PDF）</a>").orElse("（暂无评审表）"));
    }
    List<String> recused = listed.stream().filter(c -> Recusal.recused(expert, c))
        .map(c -> c.name() + "（" + c.businessKey() + "）").toList();
    task.setVariableLocal(SittingVars.BALLOT_CHOICES, SittingRecord.json(choices));
    // the three lists start empty on the task itself, so the form's submission lands here and nowhere else
    for (String list : BallotCastListener.LISTS) {
      task.setVariableLocal(list, SittingRecord.json(List.of()));
    }
    task.setVariableLocal(SittingVars.BALLOT_LINKS, SittingRecord.longText(String.join("\n", links)));
    task.setVariableLocal("ballotNote", recused.isEmpty() ? "本次评审会您无须回避。"
        : "您与" + String.join("、", recused) + "同一工作单位，依规回避，不参与对其表决。");
  }

  static Expert expert(DelegateTask task) {
    String id = task.getAssignee();
    return SittingRecord.attendance(task).stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalStateException("评委 " + id + " 不在本次评审会的出席名单中"));
  }

  /** The applications still before the sitting when voting opens. */
  List<Candidate> listed(DelegateTask task) {
    return store.rows(task.getProcessInstanceId()).stream().filter(r -> r.state() == SittingStore.State.LISTED)
        .map(SittingStore.Row::candidate).collect(Collectors.toList());
  }
}
