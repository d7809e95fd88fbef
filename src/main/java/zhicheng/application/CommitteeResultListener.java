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

  static final String LEVEL = ApplicationRecord.COMMITTEE_LEVEL;

  private final ApplicationRecord record;

  public CommitteeResultListener(ApplicationRecord record) {
    this.record = record;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String result = ApplicationVariables.COMMITTEE_RESULT.get(execution);
    String sitting = ApplicationVariables.SITTING_NAME.get(execution);
    String by = ApplicationVariables.PUBLISHED_BY.get(execution);
    switch (result) {
      case ApplicationVariables.RESULT_PASSED, ApplicationVariables.RESULT_NOT_PASSED -> {
        String text = sitting + "　" + ApplicationVariables.COMMITTEE_TALLY.get(execution) + "；"
            + ApplicationVariables.ISSUER.get(execution) + "发文公布："
            + ApplicationVariables.DOCUMENT_NUMBER.get(execution) + "（" + ApplicationVariables.DOCUMENT_DATE.get(execution) + "）";
        if (ApplicationVariables.RESULT_NOT_PASSED.equals(result)) {
          ApplicationVariables.LEVEL_REASON.set(execution, text);
        }
        record.addTrail(execution, LEVEL, by, ApplicationVariables.RESULT_PASSED.equals(result) ? "评审通过" : "评审未通过", text);
      }
      case ApplicationVariables.RESULT_REJECTED -> record.addTrail(execution, LEVEL, "系统", "移出评审会",
          sitting + "：" + ApplicationVariables.LEVEL_REASON.get(execution));
      default -> throw new IllegalStateException("未知的评审结果：" + result);
    }
  }
}
