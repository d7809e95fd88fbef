package zhicheng.publicity;

import static zhicheng.publicity.PublicityVariables.DISMISSED;
import static zhicheng.publicity.PublicityVariables.FINDING;
import static zhicheng.publicity.PublicityVariables.FINDING_TEXT;
import static zhicheng.publicity.PublicityVariables.RESTART;
import static zhicheng.publicity.PublicityVariables.UPHELD;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.process.Actor;
import zhicheng.process.DeclarationRefusedException;

/**
 * On completion of 核查异议: the finding (属实 / 不属实) must come with its reasons, and 重新公示 only goes with
 * 不属实. The finding is recorded in the review trail with who found it, and kept on this investigation only
 * (another may be open at the same time). A finding without its words is refused and the task stays open.
 */
@Component("objectionInvestigated")
public class ObjectionInvestigatedListener implements TaskListener {

  static final int FINDING_MAX = 500;

  private final ApplicationRecord record;

  public ObjectionInvestigatedListener(ApplicationRecord record) {
    this.record = record;
  }

  /** The investigator's form. */
  record Conclusion(String finding, String text, boolean restart) {

    static Conclusion of(DelegateTask task) {
      return new Conclusion(FINDING.get(task), FINDING_TEXT.get(task), RESTART.get(task, false));
    }

    boolean upheld() {
      return UPHELD.equals(finding);
    }
  }

  @Override
  public void notify(DelegateTask task) {
    Conclusion f = Conclusion.of(task);
    List<String> findings = check(f.finding(), f.text(), f.restart());
    if (!findings.isEmpty()) {
      throw new DeclarationRefusedException("无法提交核查结论", findings);
    }
    DelegateExecution execution = task.getExecution();
    // each completion brings its own finding; a stale one must never decide the next investigation
    FINDING.remove(execution);
    FINDING_TEXT.remove(execution);
    RESTART.remove(execution);
    String text = f.text().trim();
    PublicityVariables.OBJECTION_FINDING.setLocal(execution, f.finding());
    PublicityVariables.OBJECTION_FINDING_TEXT.setLocal(execution, text);
    PublicityVariables.OBJECTION_RESTART.setLocal(execution, f.restart());
    if (f.upheld()) {
      // the outcome the caller reads: the application ends rejected with this finding
      PublicityVariables.OUTCOME.set(execution, UPHELD);
      PublicityVariables.REASON.set(execution, PublicityResult.upheldReason(Publicity.publisher(execution), text));
    }
    int number = Publicity.count(execution, PublicityVariables.OBJECTION_NUMBER);
    record.addTrail(execution, Publicity.name(execution), Actor.of(task), f.upheld() ? "异议属实" : "异议不属实",
        "第" + number + "号异议：" + text + (f.restart() ? "（重新公示）" : ""));
  }

  static List<String> check(String finding, String text, boolean restart) {
    List<String> findings = new ArrayList<>();
    if (!UPHELD.equals(finding) && !DISMISSED.equals(finding)) {
      findings.add("请选择核查结论：属实或不属实");
      return findings;
    }
    if (text == null || text.isBlank()) {
      findings.add(UPHELD.equals(finding)
          ? "请填写核查情况：异议属实的事实依据（将作为申报不予通过的理由）"
          : "请填写核查情况：异议不属实的依据");
    } else if (text.trim().length() > FINDING_MAX) {
      findings.add("核查情况限" + FINDING_MAX + "字以内");
    }
    if (restart && UPHELD.equals(finding)) {
      findings.add("异议属实时公示终止，不能选择重新公示");
    }
    return findings;
  }
}
