package zhicheng.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import zhicheng.plan.FormReturn;

/**
 * On the way to 退还评审表 (after the certificate): which body hands the paper evaluation form back and to whom,
 * from the plan (seed 002 附件2 十一: 评委会办公室将评审表退还给申报人; seed 004 四、5: 纸质材料受理部门领取评审表后返还申报单位
 * 存入个人人事档案).
 */
@Component("formReturnDue")
public class FormReturnDueListener implements ExecutionListener {

  private final PlanTerms terms;

  public FormReturnDueListener(PlanTerms terms) {
    this.terms = terms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormReturn formReturn = terms.plan(execution).formReturn();
    execution.setVariable(CommitteeVars.FORM_RETURN_GROUP, PlanTerms.group(execution, formReturn.group()));
    String whom = FormReturn.TO_UNIT.equals(formReturn.to())
        ? Vars.string(execution, Vars.UNIT_NAME) : Vars.string(execution, Vars.APPLICANT_NAME);
    execution.setVariable(CommitteeVars.FORM_RETURN_TO, formReturn.to() + " " + whom);
    // the form cites the plan's own clause (seed 002 附件2 十一 or seed 004 四、5), not every notice's
    execution.setVariable(CommitteeVars.FORM_RETURN_SOURCE, formReturn.source());
  }
}
