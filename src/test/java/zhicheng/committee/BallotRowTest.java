package zhicheng.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ballot as one table: a row per applicant, short numbers, recused rows kept but taking no vote. */
class BallotRowTest {

  private static final Candidate ZHANG = new Candidate("a1", "ZC-20230820-0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
      "张三", "xihu-chem", "西湖精细化工");
  private static final Candidate WANG = new Candidate("a2", "ZC-20230820-1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809",
      "王五", "xiaoshan-fibre", "萧山化纤");
  private static final Expert HUANG = new Expert("expert3", "黄志强", "xihu-chem", "西湖精细化工");

  @Test
  void everyApplicantIsARowWithAShortNumberAndTheRecusedRowTakesNoVote() {
    List<BallotRow> rows = BallotRow.of(HUANG, List.of(ZHANG, WANG),
        c -> c == ZHANG ? new String[] {"/api/applications/a1/documents/7", "评审表（第5版）"} : null);
    assertThat(rows).extracting(BallotRow::no, BallotRow::name, BallotRow::recused, BallotRow::formLabel)
        .containsExactly(tuple(1, "张三", true, "评审表（第5版）"), tuple(2, "王五", false, null));
    // the long number is the value voted on, never the label
    assertThat(rows.get(1).key()).isEqualTo(WANG.businessKey());
  }

  @Test
  void anExpertRecusedForEveryApplicantHasNoBallot() {
    assertThat(BallotRow.votesOnAnyone(HUANG, List.of(ZHANG))).isFalse();
    assertThat(BallotRow.votesOnAnyone(HUANG, List.of(ZHANG, WANG))).isTrue();
    assertThat(BallotRow.votesOnAnyone(new Expert("expert1", "陈建华", "", ""), List.of(ZHANG))).isTrue();
  }
}
