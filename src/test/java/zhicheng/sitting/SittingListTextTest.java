package zhicheng.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import zhicheng.committee.SittingStore;

/** The sitting's list, as 发文公布 shows it, says the state once. */
class SittingListTextTest {

  private static SittingStore.Row row(SittingStore.State state, String reason) {
    return new SittingStore.Row("a1", "ZC-1", "张三", "xihu-chem", "西湖精细化工", state, reason);
  }

  @Test
  void aCountedRowSaysEvaluationPassedOnce() {
    assertThat(SittingRecord.stateWithReason(row(SittingStore.State.PASSED,
        "评审通过：同意6票、不同意1票、弃权1票（出席评委9人，回避1人；同意票须不少于6票）")))
        .isEqualTo("评审通过：同意6票、不同意1票、弃权1票（出席评委9人，回避1人；同意票须不少于6票）");
    assertThat(SittingRecord.stateWithReason(row(SittingStore.State.REMOVED, "评前公示：异议属实")))
        .isEqualTo("已移出（公示异议属实）：评前公示：异议属实");
    assertThat(SittingRecord.stateWithReason(row(SittingStore.State.LISTED, null))).isEqualTo("待评审");
  }
}
