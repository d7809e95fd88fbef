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
  private final ApplicationRecord record;

  public FormReturnDueListener(PlanTerms terms, ApplicationRecord record) {
    this.terms = terms;
    this.record = record;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormReturn formReturn = terms.plan(execution).formReturn();
    String group = PlanTerms.group(execution, formReturn.group());
    ApplicationVariables.FORM_RETURN_GROUP.set(execution, group);
    record.addReader(execution, group);
    String whom = FormReturn.TO_UNIT.equals(formReturn.to())
        ? ApplicationVariables.UNIT_NAME.get(execution) : ApplicationVariables.APPLICANT_NAME.get(execution);
    ApplicationVariables.FORM_RETURN_TO.set(execution, formReturn.to() + " " + whom);
    // the form cites the plan's own clause (seed 002 附件2 十一 or seed 004 四、5), not every notice's
    ApplicationVariables.FORM_RETURN_SOURCE.set(execution, formReturn.source());
  }
}
