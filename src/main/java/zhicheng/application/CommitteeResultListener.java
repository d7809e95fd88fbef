package zhicheng.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The committee's result arrived (message {@code CommitteeResult}, sent by the sitting to this application alone,
 * by its business key): recorded in the review trail with the tally and the publishing document. Not passed and
 * rejected carry their reason to the end event that sets the status.
 */
@Component("committeeResultReceived")
public class CommitteeResultListener implements ExecutionListener {

  public static final String LEVEL = "评委会评审";

  private final ApplicationRecord record;

  public CommitteeResultListener(ApplicationRecord record) {
    this.record = record;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String result = Vars.string(execution, CommitteeVars.COMMITTEE_RESULT);
    String sitting = Vars.string(execution, CommitteeVars.SITTING_NAME);
    String by = Vars.string(execution, CommitteeVars.PUBLISHED_BY);
    switch (result) {
      case CommitteeVars.RESULT_PASSED, CommitteeVars.RESULT_NOT_PASSED -> {
        String text = sitting + "　" + Vars.string(execution, CommitteeVars.COMMITTEE_TALLY) + "；"
            + Vars.string(execution, CommitteeVars.ISSUER) + "发文公布："
            + Vars.string(execution, CommitteeVars.DOCUMENT_NUMBER) + "（" + Vars.string(execution,
                CommitteeVars.DOCUMENT_DATE) + "）";
        if (CommitteeVars.RESULT_NOT_PASSED.equals(result)) {
          execution.setVariable(Vars.LEVEL_REASON, text);
        }
        record.addTrail(execution, LEVEL, by, CommitteeVars.RESULT_PASSED.equals(result) ? "评审通过" : "评审未通过", text);
      }
      case CommitteeVars.RESULT_REJECTED -> record.addTrail(execution, LEVEL, "系统", "移出评审会",
          sitting + "：" + Vars.string(execution, Vars.LEVEL_REASON));
      default -> throw new IllegalStateException("未知的评审结果：" + result);
    }
  }
}
