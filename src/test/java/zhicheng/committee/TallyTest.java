package zhicheng.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 人社部令第40号 第二十一条: 同意票数达到出席评审会议的评审专家总数2/3以上的即为评审通过. */
class TallyTest {

  @ParameterizedTest(name = "出席{0}人：同意{1}票通过，{2}票不通过")
  @CsvSource({"9, 6, 5", "6, 4, 3", "7, 5, 4", "8, 6, 5", "25, 17, 16", "2, 2, 1"})
  void passesAtTwoThirdsOfTheAttendingAndNotJustBelow(int attending, int atThreshold, int below) {
    Tally pass = new Tally(atThreshold, attending - atThreshold, 0, 0, attending);
    Tally fail = new Tally(below, 0, attending - below, 0, attending);
    assertThat(pass.passed()).isTrue();
    assertThat(pass.agreeNeeded()).isEqualTo(atThreshold);
    assertThat(fail.passed()).isFalse();
  }

  @Test
  void aRecusedExpertStillCountsInTheDenominator() {
    // 9 attend, 1 recused: 8 vote. 6 of 8 agree pass (6 ≥ 2/3 of 9); 5 of 8 (62.5 % of the voters) do not
    assertThat(new Tally(6, 2, 0, 1, 9).passed()).isTrue();
    assertThat(new Tally(5, 3, 0, 1, 9).passed()).isFalse();
    // 6 attend, 3 recused for this applicant: even 3 unanimous votes stay below 4
    assertThat(new Tally(3, 0, 0, 3, 6).passed()).isFalse();
  }

  @Test
  void countsVotesAndSaysTheResultInWords() {
    List<Vote> votes = new ArrayList<>(Collections.nCopies(6, Vote.AGREE));
    votes.add(Vote.DISAGREE);
    votes.add(Vote.ABSTAIN);
    Tally t = Tally.of(votes, 1, 9);
    assertThat(t).isEqualTo(new Tally(6, 1, 1, 1, 9));
    assertThat(t.result()).isEqualTo("评审通过：同意6票、不同意1票、弃权1票（出席评委9人，回避1人；同意票须不少于6票）");
    assertThat(new Tally(5, 2, 2, 0, 9).result()).startsWith("评审未通过：同意5票");
  }

  @Test
  void votesThatDoNotAddUpToTheAttendingAreAnError() {
    assertThatThrownBy(() -> Tally.of(List.of(Vote.AGREE), 0, 9)).isInstanceOf(IllegalArgumentException.class);
  }
}
