package zhicheng.levels;

import static zhicheng.levels.LevelVariables.PASS;
import static zhicheng.levels.LevelVariables.REJECT;
import static zhicheng.levels.LevelVariables.RETURN;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.application.ApplicationStatus;
import zhicheng.application.ApplicationVariables;
import zhicheng.application.DeclaredContent;
import zhicheng.process.Actor;
import zhicheng.process.DeclarationRefusedException;

/**
 * On completion of a level's review task: checks the decision (通过 / 退回 / 不通过) carries its opinion or
 * reason, records who decided what and when, and sets the level's outcome. A decision without its words is
 * refused and the task stays open, as is a completion that tries to change what the applicant declared.
 * Seed 004, 附件3: 不具备申报资格的，点击“不通过”并说明理由；资料提供不完整或有误的，
 * 点击“退回”并说明理由；符合申报条件的，点击“通过”按钮，并填写审核通过意见。
 */
@Component("reviewCompleted")
public class ReviewCompletedListener implements TaskListener {

  static final int OPINION_MAX = 500;
  /** Set while the applicant holds a returned declaration, so a deadline can say whose step was late. */

  private final ApplicationRecord record;

  public ReviewCompletedListener(ApplicationRecord record) {
    this.record = record;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = LevelVariables.DECISION.get(task);
    String opinion = LevelVariables.OPINION.get(task);
    List<String> findings = check(decision, opinion);
    if (!DeclaredContent.read(task).equals(DeclaredContent.read(ApplicationRecord.root(task.getExecution())))) {
      // the form sends only the decision; anything else came from a hand-made call
      findings.add("审核人不能修改申报人填写的内容，请只提交审核结论和意见");
    }
    if (!findings.isEmpty()) {
      throw new DeclarationRefusedException("无法提交审核结论", findings);
    }
    DelegateExecution execution = task.getExecution();
    String level = ApplicationVariables.LEVEL_NAME.get(task);
    String actor = Actor.of(task);
    opinion = opinion.trim();
    // each completion must bring its own decision; a stale one must never decide the next round
    LevelVariables.DECISION.remove(execution);
    LevelVariables.OPINION.remove(execution);
    LevelVariables.REVIEW_ACTION.set(execution, decision);
    switch (decision) {
      case PASS -> {
        ApplicationVariables.LEVEL_OUTCOME.set(execution, ApplicationVariables.OUTCOME_PASSED);
        ApplicationVariables.LEVEL_REASON.set(execution, opinion);
        record.addTrail(execution, level, actor, "通过", opinion);
      }
      case RETURN -> {
        LevelVariables.RETURN_REASON.set(execution, opinion);
        LevelVariables.AWAITING_CORRECTION.set(execution, true);
        record.addTrail(execution, level, actor, "退回", opinion);
        record.set(execution, ApplicationStatus.CORRECTION_REQUIRED, opinion);
      }
      default -> {
        ApplicationVariables.LEVEL_OUTCOME.set(execution, ApplicationVariables.OUTCOME_REJECTED);
        ApplicationVariables.LEVEL_REASON.set(execution, opinion);
        record.addTrail(execution, level, actor, "不通过", opinion);
      }
    }
  }

  static List<String> check(String decision, String opinion) {
    List<String> findings = new ArrayList<>();
    if (!PASS.equals(decision) && !RETURN.equals(decision) && !REJECT.equals(decision)) {
      findings.add("请选择审核结论：通过、退回或不通过");
      return findings;
    }
    if (opinion == null || opinion.isBlank()) {
      findings.add(switch (decision) {
        case PASS -> "请填写审核通过意见";
        case RETURN -> "请填写退回理由，说明需完善的内容";
        default -> "请填写不通过的理由";
      });
    } else if (opinion.trim().length() > OPINION_MAX) {
      findings.add("审核意见限" + OPINION_MAX + "字以内");
    }
    return findings;
  }
}
