package zhicheng.publicity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;

/**
 * The outcome a publicity hands back to its caller: {@code passed} (公示无异议, or every objection found
 * unfounded) or {@code upheld} (an objection found true: the finding is the reason). For listeners on the end
 * events: {@code ${publicityResult.passed(execution)}}, {@code ${publicityResult.upheld(execution)}}.
 */
@Component("publicityResult")
public class PublicityResult {

  private final ApplicationRecord record;

  public PublicityResult(ApplicationRecord record) {
    this.record = record;
  }

  public void passed(DelegateExecution execution) {
    int objections = Publicity.count(execution, PublicityVariables.OBJECTION_COUNT);
    String reason = objections == 0 ? "公示期满无异议"
        : "公示期满，收到的" + objections + "件异议经核查均不属实";
    PublicityVariables.OUTCOME.set(execution, PublicityVariables.PASSED);
    PublicityVariables.REASON.set(execution, reason);
    record.addTrail(execution, Publicity.name(execution), "系统", "公示期满", reason);
  }

  /**
   * The terminate end event runs on the publicity instance, not on the investigation's own execution, so the
   * reason was set by {@link ObjectionInvestigatedListener} when the finding came.
   */
  public void upheld(DelegateExecution execution) {
    record.addTrail(execution, Publicity.name(execution), "系统", "公示终止",
        PublicityVariables.REASON.get(execution));
  }

  static String upheldReason(String publisher, String finding) {
    return "公示期间收到异议，经" + publisher + "核查属实：" + finding;
  }
}
