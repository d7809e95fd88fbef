package zhicheng.application;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.process.Actor;
import zhicheng.process.DeclarationRefusedException;

/**
 * On completion of 退还评审表: the returning body confirms it handed the paper evaluation form back (seed 002 附件2
 * 十一; seed 004 四、5). Completing without the confirmation is refused and the task stays open, so the trail never
 * says a form went back that did not.
 */
@Component("evaluationFormReturned")
public class FormReturnedListener implements TaskListener {

  static final String LEVEL = "评审表归档";
  static final int NOTE_MAX = 500;

  private final ApplicationRecord record;

  public FormReturnedListener(ApplicationRecord record) {
    this.record = record;
  }

  @Override
  public void notify(DelegateTask task) {
    String note = ApplicationVariables.FORM_RETURN_NOTE.get(task);
    if (!Boolean.TRUE.equals(ApplicationVariables.FORM_RETURNED.get(task))) {
      throw new DeclarationRefusedException("无法确认退还评审表", List.of("请在评审表实际退还后勾选“已退还评审表”再提交"));
    }
    if (note != null && note.trim().length() > NOTE_MAX) {
      throw new DeclarationRefusedException("无法确认退还评审表", List.of("备注限" + NOTE_MAX + "字以内"));
    }
    DelegateExecution execution = task.getExecution();
    String to = ApplicationVariables.FORM_RETURN_TO.get(execution);
    ApplicationVariables.FORM_RETURNED.remove(execution);
    ApplicationVariables.FORM_RETURN_NOTE.remove(execution);
    String text = "《专业技术职务任职资格评审表》已退还" + to + "，存入个人人事档案"
        + (note == null || note.isBlank() ? "" : "；" + note.trim());
    record.addTrail(execution, LEVEL, Actor.of(task), "已退还评审表", text);
    record.set(execution, ApplicationStatus.ARCHIVED, text);
  }
}
