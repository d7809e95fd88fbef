package zhicheng.sitting;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 开评审会 ({@link SittingOpener}): reads the start form, opens the sitting, and records it on the sitting's
 * instance: its business key, committee and office, the members to choose from, its trail and its applications.
 * Any refusal rolls the start back: no sitting, nothing taken.
 */
@Component("openSitting")
public class OpenSittingDelegate implements JavaDelegate {

  private final SittingOpener opener;
  private final SittingRecord sitting;

  public OpenSittingDelegate(SittingOpener opener, SittingRecord sitting) {
    this.opener = opener;
    this.sitting = sitting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String convener = SittingVariables.CONVENER.get(execution);
    SittingOpener.Opened opened = opener.open(new SittingOpener.Request(execution.getProcessInstanceId(), convener,
        SittingVariables.COMMITTEE_CODE.get(execution), SittingVariables.SITTING_NAME.get(execution),
        SittingVariables.SITTING_DATE.get(execution)));

    execution.setProcessBusinessKey(opened.businessKey());
    SittingVariables.COMMITTEE_CODE.set(execution, opened.committee().code());
    SittingVariables.SITTING_NAME.set(execution, opened.name());
    SittingVariables.SITTING_DATE.set(execution, opened.date().toString());
    SittingVariables.OPENED_AT.set(execution, Date.from(opened.publicity().start()));
    SittingVariables.OFFICE_NAME.set(execution, opened.committee().name());
    SittingVariables.OFFICE_GROUP.set(execution, opened.committee().groupId());
    SittingVariables.COMMITTEE_NAME.set(execution, opened.committeeName());
    SittingVariables.ISSUER.set(execution, opened.issuer());
    SittingVariables.MEMBER_COUNT.set(execution, opened.committee().members().size());
    SittingVariables.COMMITTEE_MEMBERS.set(execution, opened.committee().members().stream()
        .map(m -> new SittingVariables.Choice(m.name() + "（" + m.unitName() + "）", m.id())).toList());
    SittingVariables.DOCUMENT_LINKS.set(execution, opened.documentLinks());
    sitting.trail(execution, convener, "开评审会", opened.summary());
    sitting.refresh(execution);
  }
}
