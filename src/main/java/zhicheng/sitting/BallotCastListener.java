package zhicheng.sitting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.committee.Ballot;
import zhicheng.committee.Expert;
import zhicheng.committee.Recusal;
import zhicheng.committee.SittingDay;
import zhicheng.committee.SittingStore;
import zhicheng.process.Actor;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.vocabulary.ChinaTime;

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

  private final SittingStore store;
  private final SittingRecord sitting;
  private final Clock clock;

  public BallotCastListener(SittingStore store, SittingRecord sitting, Clock clock) {
    this.store = store;
    this.sitting = sitting;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Expert expert = SittingRecord.expert(task);
    String sittingId = task.getProcessInstanceId();
    if (!expert.id().equals(Actor.of(task))) {
      throw refused("表决票只能由评委本人（" + expert.name() + "）提交，不能代为投票（人社部令第40号 第二十一条：不得委托他人投票）");
    }
    SittingDay.tooEarly("提交表决票", SittingRecord.sittingDay(task), LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE))
        .ifPresent(r -> {
          throw refused(r);
        });
    if (store.hasVoted(sittingId, expert.id())) {
      throw refused("您已提交过本次评审会的表决票，不能再次投票");
    }
    List<Ballot.Line> lines = new ArrayList<>();
    for (SittingVariables.BallotList list : SittingVariables.BALLOT_LISTS) {
      list.variable().get(task, List.of()).forEach(key -> lines.add(new Ballot.Line(key, list.vote().code())));
    }
    Ballot.Checked checked = Ballot.check(Recusal.ballotOf(expert, sitting.listed(sittingId)), lines);
    if (!checked.valid()) {
      throw new DeclarationRefusedException("表决票无效，请修改后重新提交", checked.findings());
    }
    store.cast(sittingId, expert.id(), checked.votes());
    // task-local as the sheet set them; a hand-made call may have put them on the execution or the sitting: gone
    for (SittingVariables.BallotList list : SittingVariables.BALLOT_LISTS) {
      list.variable().removeLocal(task);
      list.variable().removeLocal(task.getExecution());
      list.variable().removeLocal(task.getExecution().getProcessInstance());
    }
  }

  private static DeclarationRefusedException refused(String finding) {
    return new DeclarationRefusedException("无法提交表决票", List.of(finding));
  }
}
