package zhicheng.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** 人社部令第40号 第二十六条 (回避): an expert of the applicant's own unit does not vote on that applicant. */
class RecusalTest {

  static final Expert HUANG = new Expert("expert3", "黄志强", "hz-xihu-chem", "杭州西湖精细化工有限公司（演示）");
  static final Expert CHEN = new Expert("expert1", "陈建华", "zju-chem", "浙江大学化学工程与生物工程学院（演示）");
  static final Candidate ZHANG = new Candidate("p1", "ZC-1", "张三", "hz-xihu-chem", "杭州西湖精细化工有限公司（演示）");
  static final Candidate WANG = new Candidate("p2", "ZC-2", "王五", "hz-xiaoshan-textile", "杭州萧山纺织印染有限公司（演示）");

  @Test
  void anExpertOfTheApplicantsUnitIsRecusedForThatApplicantOnly() {
    assertThat(Recusal.recused(HUANG, ZHANG)).isTrue();
    assertThat(Recusal.recused(HUANG, WANG)).isFalse();
    assertThat(Recusal.ballotOf(HUANG, List.of(ZHANG, WANG))).containsExactly(WANG);
    assertThat(Recusal.ballotOf(CHEN, List.of(ZHANG, WANG))).containsExactly(ZHANG, WANG);
    assertThat(Recusal.recusedFor(ZHANG, List.of(CHEN, HUANG))).containsExactly(HUANG);
    assertThat(Recusal.recusedFor(WANG, List.of(CHEN, HUANG))).isEmpty();
  }

  @Test
  void anExpertWithoutAKnownUnitIsRecusedForNobody() {
    Expert unknown = new Expert("x", "某专家", "", "");
    assertThat(Recusal.recused(unknown, new Candidate("p", "ZC", "某人", "", ""))).isFalse();
  }
}
