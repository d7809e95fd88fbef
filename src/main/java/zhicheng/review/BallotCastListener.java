package zhicheng.review;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.committee.Ballot;
import zhicheng.committee.Expert;
import zhicheng.committee.Recusal;
import zhicheng.committee.SittingStore;

/**
 * On completion of 评审表决: the secret ballot (人社部令第40号 第二十一条: 无记名投票表决). The ballot must hold one vote
 * (同意 / 不同意 / 弃权) on every applicant listed for this expert and nothing else, and be his own: a ballot
 * submitted by anyone but the expert, or a second ballot, is refused. A valid ballot is stored as votes without the
 * voter and without time ({@link SittingStore#cast}); that he voted is kept, not how; and the ballot variable is
 * removed in this same transaction, so it never lands in the engine's tables. Its history never existed:
 * {@code AnonymousBallots} drops it before the history is written.
 */
@Component("ballotCast")
public class BallotCastListener implements TaskListener {

  record Line(String businessKey, String vote) {}

  private final SittingStore store;
  private final BallotSheetListener sheet;

  public BallotCastListener(SittingStore store, BallotSheetListener sheet) {
    this.store = store;
    this.sheet = sheet;
  }

  @Override
  public void notify(DelegateTask task) {
    Expert expert = BallotSheetListener.expert(task);
    String sittingId = task.getProcessInstanceId();
    if (!expert.id().equals(Actor.of(task))) {
      throw refused("表决票只能由评委本人（" + expert.name() + "）提交，不能代为投票（人社部令第40号 第二十一条：不得委托他人投票）");
    }
    if (store.hasVoted(sittingId, expert.id())) {
      throw refused("您已提交过本次评审会的表决票，不能再次投票");
    }
    List<Ballot.Line> lines = SittingRecord.read(task, SittingVars.BALLOT, new TypeReference<List<Line>>() {})
        .stream().map(l -> new Ballot.Line(l.businessKey(), l.vote())).toList();
    Ballot.Checked checked = Ballot.check(Recusal.ballotOf(expert, sheet.listed(task)), lines);
    if (!checked.valid()) {
      throw new DeclarationRefusedException("表决票无效，请修改后重新提交", checked.findings());
    }
    store.cast(sittingId, expert.id(), checked.votes());
    // the ballot was task-local; a hand-made call may have put it on the execution or the sitting: gone from all
    task.removeVariableLocal(SittingVars.BALLOT);
    task.getExecution().removeVariableLocal(SittingVars.BALLOT);
    task.getExecution().getProcessInstance().removeVariableLocal(SittingVars.BALLOT);
  }

  private static DeclarationRefusedException refused(String finding) {
    return new DeclarationRefusedException("无法提交表决票", List.of(finding));
  }
}
