package zhicheng.application;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.process.Actor;
import zhicheng.process.DeclarationRefusedException;

/**
 * On completion of 确认收到纸质评审表: the office confirms the number of copies the plan asks for (seed 004 附件4
 * 二、3: 评审表一式3份). Fewer or more is refused and the task stays open: the office confirms once the set is
 * complete, before the deadline.
 */
@Component("paperFormsReceived")
public class PaperFormsReceivedListener implements TaskListener {

  static final int NOTE_MAX = 500;

  private final ApplicationRecord record;

  public PaperFormsReceivedListener(ApplicationRecord record) {
    this.record = record;
  }

  @Override
  public void notify(DelegateTask task) {
    int copies = ((Number) ApplicationVariables.PAPER_FORMS_COPIES.get(task)).intValue();
    Object received = ApplicationVariables.COPIES_RECEIVED.get(task);
    String note = ApplicationVariables.PAPER_FORMS_NOTE.get(task);
    if (!(received instanceof Number n) || n.intValue() != copies) {
      throw new DeclarationRefusedException("无法确认收到纸质评审表", List.of("纸质评审表应一式" + copies + "份，现填写收到"
          + (received == null ? "0" : received) + "份：请收齐后再确认（未在截止日期前收齐的，逾期不予受理）"));
    }
    if (note != null && note.trim().length() > NOTE_MAX) {
      throw new DeclarationRefusedException("无法确认收到纸质评审表", List.of("备注限" + NOTE_MAX + "字以内"));
    }
    DelegateExecution execution = task.getExecution();
    ApplicationVariables.COPIES_RECEIVED.remove(execution);
    ApplicationVariables.PAPER_FORMS_NOTE.remove(execution);
    record.addTrail(execution, PaperFormsDueListener.LEVEL, Actor.of(task), "已收到",
        "收到纸质评审表" + copies + "份" + (note == null || note.isBlank() ? "" : "；" + note.trim()));
  }
}
