package zhicheng.sitting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.application.ApplicationStatus;
import zhicheng.committee.Candidate;
import zhicheng.committee.Expert;
import zhicheng.committee.Recusal;
import zhicheng.committee.SittingStore;
import zhicheng.committee.Tally;
import zhicheng.committee.Vote;
import zhicheng.vocabulary.ChinaTime;

/**
 * 计票: every attending expert has voted; the votes are counted per applicant from the vote table (they exist
 * nowhere else), with the pass mark of {@link Tally} (人社部令第40号 第二十一条: 同意票数达到出席评审会议的评审专家总数
 * 2/3以上). The tallies go on the sitting's record and each applicant's trail.
 */
@Component("countVotes")
public class CountVotesDelegate implements JavaDelegate {

  private final SittingStore store;
  private final SittingRecord sitting;
  private final ApplicationRecord record;
  private final Clock clock;

  public CountVotesDelegate(SittingStore store, SittingRecord sitting, ApplicationRecord record, Clock clock) {
    this.store = store;
    this.sitting = sitting;
    this.record = record;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String sittingId = SittingRecord.sittingId(execution);
    List<Expert> attending = SittingRecord.attendance(execution);
    Map<String, List<Vote>> votes = store.votes(sittingId);
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    List<SittingVariables.TallyRow> tallies = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    int passed = 0;
    for (SittingStore.Row row : store.rows(sittingId)) {
      if (row.state() != SittingStore.State.LISTED) {
        continue;
      }
      Candidate c = row.candidate();
      int recused = Recusal.recusedFor(c, attending).size();
      List<Vote> cast = votes.getOrDefault(c.businessKey(), List.of());
      if (cast.size() != attending.size() - recused) {
        throw new IllegalStateException("申报 " + c.businessKey() + " 的票数 " + cast.size() + " 与应投票评委数 "
            + (attending.size() - recused) + " 不符，计票中止");
      }
      Tally tally = Tally.of(cast, recused, attending.size());
      passed += tally.passed() ? 1 : 0;
      store.mark(c.applicationId(), tally.passed() ? SittingStore.State.PASSED : SittingStore.State.NOT_PASSED,
          tally.result());
      record.addTrail(runtime, c.applicationId(), ApplicationRecord.COMMITTEE_LEVEL, "系统", "评审表决", tally.result());
      if (!tally.passed()) {
        record.set(runtime, c.applicationId(), ApplicationStatus.AWAITING_PUBLICATION, null, tally.result());
      }
      tallies.add(new SittingVariables.TallyRow(c.businessKey(), c.name(), c.unitName(), tally.agree(),
          tally.disagree(), tally.abstain(), recused, attending.size(), tally.passed()));
      lines.add(c.name() + "（" + c.businessKey() + "）" + tally.result());
    }
    SittingVariables.REVIEWED_ON.set(execution, LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE).toString());
    SittingVariables.TALLIES.set(execution, tallies);
    SittingVariables.TALLIES_TEXT.set(execution, String.join("\n", lines));
    sitting.trail(execution, "系统", "计票", "出席评委" + attending.size() + "人全部投票；表决" + tallies.size() + "人，通过"
        + passed + "人，未通过" + (tallies.size() - passed) + "人");
    sitting.refresh(execution);
  }
}
