package zhicheng.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BallotTest {

  static final List<Candidate> LISTED = List.of(
      new Candidate("p1", "ZC-1", "张三", "u1", "单位一"), new Candidate("p2", "ZC-2", "王五", "u2", "单位二"));

  @Test
  void aVoteOnEveryListedApplicantIsValid() {
    Ballot.Checked c = Ballot.check(LISTED, List.of(new Ballot.Line("ZC-2", "abstain"), new Ballot.Line("ZC-1", "agree")));
    assertThat(c.valid()).isTrue();
    assertThat(c.votes()).isEqualTo(Map.of("ZC-1", Vote.AGREE, "ZC-2", Vote.ABSTAIN));
  }

  @Test
  void everyMistakeIsNamedAndNothingIsCounted() {
    Ballot.Checked c = Ballot.check(LISTED, List.of(new Ballot.Line("ZC-1", "agree"), new Ballot.Line("ZC-1", "disagree"),
        new Ballot.Line("ZC-9", "agree")));
    assertThat(c.valid()).isFalse();
    assertThat(c.votes()).isEmpty();
    assertThat(c.findings()).containsExactly("对张三（ZC-1）只能投一票", "表决票中的申报“ZC-9”不在您本次可表决的名单中",
        "表决票缺少对王五（ZC-2）的表决");
    assertThat(Ballot.check(LISTED, List.of(new Ballot.Line("ZC-1", "yes"), new Ballot.Line("ZC-2", null))).findings())
        .containsExactly("请对张三（ZC-1）选择同意、不同意或弃权", "请对王五（ZC-2）选择同意、不同意或弃权");
  }
}
