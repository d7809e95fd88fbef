package zhicheng.sitting;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import zhicheng.committee.BallotRow;
import zhicheng.committee.Candidate;
import zhicheng.committee.Expert;
import zhicheng.committee.Recusal;
import zhicheng.documents.DocumentKind;
import zhicheng.documents.DocumentLinks;
import zhicheng.documents.DocumentService;

/**
 * When an expert's 评审表决 task is created: the rows of his ballot table (every applicant on the sitting with a short
 * number and the newest evaluation form; those of his own unit marked 回避 and taking no vote), the applicants he
 * votes on as choices, links to their evaluation forms, and which applicants he is recused for. All task-local, so
 * each expert sees his own sheet only.
 */
@Component("ballotSheet")
public class BallotSheetListener implements TaskListener {

  private final SittingRecord sitting;
  private final DocumentService documents;

  public BallotSheetListener(SittingRecord sitting, DocumentService documents) {
    this.sitting = sitting;
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    Expert expert = SittingRecord.expert(task);
    List<Candidate> listed = sitting.listed(task.getProcessInstanceId());
    List<SittingVariables.Choice> choices = new ArrayList<>();
    List<String> links = new ArrayList<>();
    for (Candidate c : Recusal.ballotOf(expert, listed)) {
      String label = c.name() + "（" + c.unitName() + "，" + c.businessKey() + "）";
      choices.add(new SittingVariables.Choice(label, c.businessKey()));
      links.add("- " + HtmlUtils.htmlEscape(label) + "："
          + documents.documentsOf(c.applicationId()).stream().filter(d -> d.kind() == DocumentKind.EVALUATION_FORM)
              .findFirst().map(d -> "<a href=\"" + DocumentLinks.url(c.applicationId(), d.id())
                  + "\" target=\"_blank\">评审表（第" + d.version() + "版，PDF）</a>").orElse("（暂无评审表）"));
    }
    List<BallotRow> rows = BallotRow.of(expert, listed, c -> documents.documentsOf(c.applicationId())
        .stream().filter(d -> d.kind() == DocumentKind.EVALUATION_FORM).findFirst()
        .map(d -> new String[] {DocumentLinks.url(c.applicationId(), d.id()), "评审表（第" + d.version() + "版）"})
        .orElse(null));
    // by the table's short number, not the 30-odd characters of the 申报编号
    List<String> recused = rows.stream().filter(BallotRow::recused).map(r -> r.name() + "（序号" + r.no() + "）").toList();
    SittingVariables.BALLOT_ROWS.setLocal(task, rows);
    SittingVariables.BALLOT_CHOICES.setLocal(task, choices);
    // the three lists start empty on the task itself, so the form's submission lands here and nowhere else
    SittingVariables.BALLOT_LISTS.forEach(list -> list.variable().setLocal(task, List.of()));
    SittingVariables.BALLOT_LINKS.setLocal(task, String.join("\n", links));
    SittingVariables.BALLOT_NOTE.setLocal(task, recused.isEmpty() ? "本次评审会您无须回避。"
        : "您与" + String.join("、", recused) + "同一工作单位，依规回避，不参与对其表决。");
  }
}
