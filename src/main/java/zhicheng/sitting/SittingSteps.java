package zhicheng.sitting;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.application.ApplicationStatus;
import zhicheng.application.ApplicationVariables;
import zhicheng.committee.BallotRow;
import zhicheng.committee.Candidate;
import zhicheng.committee.Expert;
import zhicheng.committee.SittingStore;
import zhicheng.committee.SittingStore.State;
import zhicheng.publicity.PublicityVariables;

/**
 * Expressions of committee-session: the multi-instance collections (which applications go through a publicity,
 * who votes, whose result goes out) and what each application's publicity needs, e.g.
 * {@code ${sitting.keys(execution, 'LISTED')}}, {@code ${sitting.enter(execution, '评前公示')}}.
 */
@Component("sitting")
public class SittingSteps {

  private final SittingStore store;
  private final ApplicationRecord record;
  private final SittingRecord sitting;
  private final Clock clock;

  public SittingSteps(SittingStore store, ApplicationRecord record, SittingRecord sitting, Clock clock) {
    this.clock = clock;
    this.store = store;
    this.record = record;
    this.sitting = sitting;
  }

  /** The numbers of the sitting's applications in a state (LISTED, PASSED …), in the order they were listed. */
  public List<String> keys(DelegateExecution execution, String state) {
    return store.rows(SittingRecord.sittingId(execution)).stream()
        .filter(r -> r.state() == State.valueOf(state)).map(SittingStore.Row::businessKey).toList();
  }

  /** The applications still on the sitting after the result publicity: every one gets its result. */
  public List<String> toDeliver(DelegateExecution execution) {
    return store.rows(SittingRecord.sittingId(execution)).stream()
        .filter(r -> r.state() == State.PASSED || r.state() == State.NOT_PASSED)
        .map(SittingStore.Row::businessKey).toList();
  }

  public boolean anyListed(DelegateExecution execution) {
    return !keys(execution, State.LISTED.name()).isEmpty();
  }

  /**
   * The attending experts' user ids: one ballot each, except for an expert recused for every applicant on the
   * sitting, who has nothing to vote on and gets no ballot (the count needs no empty ballot from him).
   */
  public List<String> voters(DelegateExecution execution) {
    List<Candidate> listed = sitting.listed(SittingRecord.sittingId(execution));
    return SittingRecord.attendance(execution).stream().filter(e -> BallotRow.votesOnAnyone(e, listed))
        .map(Expert::id).toList();
  }

  /**
   * At the start of one application's publicity within the sitting: what the publicity needs, kept local to this
   * application's branch (its outcome comes back into this branch only), and the application's status.
   */
  public void enter(DelegateExecution execution, String publicityName) {
    SittingStore.Row row = row(execution);
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    SittingVariables.APPLICANT_NAME.setLocal(execution, row.name());
    SittingVariables.UNIT_NAME.setLocal(execution, row.unitName());
    SittingVariables.PLAN_TITLE.setLocal(execution, ApplicationVariables.PLAN_TITLE.get(runtime, row.applicationId()));
    PublicityVariables.NAME.setLocal(execution, publicityName);
    PublicityVariables.OUTCOME.setLocal(execution, null);
    PublicityVariables.REASON.setLocal(execution, null);
    // the result publicity hands its end back into this branch (an objection may have restarted it)
    PublicityVariables.END.setLocal(execution, null);
    record.set(runtime, row.applicationId(), ApplicationStatus.PUBLICITY, publicityName, null);
  }

  /** The publicity passed: the application waits for the vote, or (after the result publicity) for publication. */
  public void publicityPassed(DelegateExecution execution) {
    SittingStore.Row row = row(execution);
    boolean beforeReview = row.state() == State.LISTED;
    if (!beforeReview) {
      latestResultPublicityEnd(execution);
    }
    record.set(execution.getProcessEngineServices().getRuntimeService(), row.applicationId(),
        beforeReview ? ApplicationStatus.IN_SITTING : ApplicationStatus.AWAITING_PUBLICATION,
        beforeReview ? SittingVariables.SITTING_NAME.get(execution) : null, beforeReview ? null : row.reason());
  }

  /**
   * The sitting keeps the latest end of its result publicities: publication may not be dated before it. The end is
   * the period's (an objection may have restarted it), or now when the period was ended early (an administrator's
   * repair, the demo): the publicity is over when its branch passes here.
   */
  private void latestResultPublicityEnd(DelegateExecution execution) {
    Date now = Date.from(clock.instant());
    Date period = PublicityVariables.END.get(execution);
    Date end = period == null || period.after(now) ? now : period;
    Date latest = SittingVariables.RESULT_PUBLICITY_END.get(execution.getProcessInstance());
    if (latest == null || end.after(latest)) {
      SittingVariables.RESULT_PUBLICITY_END.set(execution.getProcessInstance(), end);
    }
  }

  /** Every result went out: the sitting's record says so and shows each application's final state. */
  public void closed(DelegateExecution execution) {
    long delivered = store.rows(SittingRecord.sittingId(execution)).stream()
        .filter(r -> r.state() == State.DELIVERED).count();
    sitting.trail(execution, "系统", "送达评审结果", "评审结果及发文已送达" + delivered + "份申报");
    sitting.refresh(execution);
  }

  SittingStore.Row row(DelegateExecution execution) {
    String key = SittingVariables.APPLICATION_KEY.get(execution);
    return store.row(SittingRecord.sittingId(execution), key)
        .orElseThrow(() -> new IllegalStateException("评审会中没有申报 " + key));
  }
}
