package zhicheng.publicity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import zhicheng.application.ApplicationRecord;
import zhicheng.application.Vars;
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

  @Override
  public void notify(DelegateTask task) {
    String finding = Vars.string(task, PublicityVars.FINDING);
    String text = Vars.string(task, PublicityVars.FINDING_TEXT);
    boolean restart = Boolean.TRUE.equals(task.getVariable(PublicityVars.RESTART));
    List<String> findings = check(finding, text, restart);
    if (!findings.isEmpty()) {
      throw new DeclarationRefusedException("无法提交核查结论", findings);
    }
    DelegateExecution execution = task.getExecution();
    // each completion brings its own finding; a stale one must never decide the next investigation
    for (String v : List.of(PublicityVars.FINDING, PublicityVars.FINDING_TEXT, PublicityVars.RESTART)) {
      execution.removeVariable(v);
    }
    boolean upheld = PublicityVars.UPHELD.equals(finding);
    execution.setVariableLocal(PublicityVars.OBJECTION_FINDING, finding);
    execution.setVariableLocal(PublicityVars.OBJECTION_FINDING_TEXT, text.trim());
    execution.setVariableLocal(PublicityVars.OBJECTION_RESTART, restart);
    if (upheld) {
      // the outcome the caller reads: the application ends rejected with this finding
      execution.setVariable(PublicityVars.OUTCOME, PublicityVars.UPHELD);
      execution.setVariable(PublicityVars.REASON, PublicityResult.upheldReason(Publicity.publisher(execution), text.trim()));
    }
    int number = Publicity.number(execution, PublicityVars.OBJECTION_NUMBER);
    record.addTrail(execution, Publicity.name(execution), Actor.of(task), upheld ? "异议属实" : "异议不属实",
        "第" + number + "号异议：" + text.trim() + (restart ? "（重新公示）" : ""));
  }

  static List<String> check(String finding, String text, boolean restart) {
    List<String> findings = new ArrayList<>();
    if (!PublicityVars.UPHELD.equals(finding) && !PublicityVars.DISMISSED.equals(finding)) {
      findings.add("请选择核查结论：属实或不属实");
      return findings;
    }
    if (text == null || text.isBlank()) {
      findings.add(PublicityVars.UPHELD.equals(finding)
          ? "请填写核查情况：异议属实的事实依据（将作为申报不予通过的理由）"
          : "请填写核查情况：异议不属实的依据");
    } else if (text.trim().length() > FINDING_MAX) {
      findings.add("核查情况限" + FINDING_MAX + "字以内");
    }
    if (restart && PublicityVars.UPHELD.equals(finding)) {
      findings.add("异议属实时公示终止，不能选择重新公示");
    }
    return findings;
  }
}
