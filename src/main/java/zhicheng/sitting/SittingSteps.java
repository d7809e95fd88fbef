package zhicheng.sitting;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.application.ApplicationStatus;
import zhicheng.application.ApplicationVariables;
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

  public SittingSteps(SittingStore store, ApplicationRecord record, SittingRecord sitting) {
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

  /** The attending experts' user ids: one ballot each. */
  public List<String> voters(DelegateExecution execution) {
    return SittingRecord.attendance(execution).stream().map(Expert::id).toList();
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
    record.set(runtime, row.applicationId(), ApplicationStatus.PUBLICITY, publicityName, null);
  }

  /** The publicity passed: the application waits for the vote, or (after the result publicity) for publication. */
  public void publicityPassed(DelegateExecution execution) {
    SittingStore.Row row = row(execution);
    boolean beforeReview = row.state() == State.LISTED;
    record.set(execution.getProcessEngineServices().getRuntimeService(), row.applicationId(),
        beforeReview ? ApplicationStatus.IN_SITTING : ApplicationStatus.AWAITING_PUBLICATION,
        beforeReview ? SittingVariables.SITTING_NAME.get(execution) : null, beforeReview ? null : row.reason());
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
