package zhicheng.sitting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.committee.Ballot;
import zhicheng.committee.Expert;
import zhicheng.committee.Recusal;
import zhicheng.committee.SittingStore;
import zhicheng.committee.Vote;
import zhicheng.process.Actor;
import zhicheng.process.DeclarationRefusedException;

/**
 * On completion of 评审表决: the secret ballot (人社部令第40号 第二十一条: 无记名投票表决). The expert's form sends three
 * lists, the applicants he votes 同意, 不同意 and 弃权 on; every applicant listed for him must be in exactly one of
 * them, and nobody else. The ballot must be his own: a ballot submitted by anyone but the expert, or a second
 * ballot, is refused. A valid ballot is stored as votes without the voter and without time
 * ({@link SittingStore#cast}); that he voted is kept, not how; and the lists are removed in this same transaction, so
 * they never land in the engine's tables. Their history never existed: {@code AnonymousBallots} drops it before the
 * history is written.
 */
@Component("ballotCast")
public class BallotCastListener implements TaskListener {

  /** The variables that carry a ballot, by vote. */
  static final Map<String, Vote> LIST_VOTES = Map.of(SittingVars.BALLOT_AGREE, Vote.AGREE,
      SittingVars.BALLOT_DISAGREE, Vote.DISAGREE, SittingVars.BALLOT_ABSTAIN, Vote.ABSTAIN);
  static final List<String> LISTS = List.of(SittingVars.BALLOT_AGREE, SittingVars.BALLOT_DISAGREE,
      SittingVars.BALLOT_ABSTAIN);

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
    List<Ballot.Line> lines = new ArrayList<>();
    for (String list : LISTS) {
      String vote = LIST_VOTES.get(list).code();
      SittingRecord.read(task, list, new TypeReference<List<String>>() {})
          .forEach(key -> lines.add(new Ballot.Line(key, vote)));
    }
    Ballot.Checked checked = Ballot.check(Recusal.ballotOf(expert, sheet.listed(task)), lines);
    if (!checked.valid()) {
      throw new DeclarationRefusedException("表决票无效，请修改后重新提交", checked.findings());
    }
    store.cast(sittingId, expert.id(), checked.votes());
    // task-local as the sheet set them; a hand-made call may have put them on the execution or the sitting: gone
    for (String list : LISTS) {
      task.removeVariableLocal(list);
      task.getExecution().removeVariableLocal(list);
      task.getExecution().getProcessInstance().removeVariableLocal(list);
    }
  }

  private static DeclarationRefusedException refused(String finding) {
    return new DeclarationRefusedException("无法提交表决票", List.of(finding));
  }
}
