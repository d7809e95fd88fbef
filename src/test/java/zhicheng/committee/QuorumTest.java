package zhicheng.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 人社部令第40号 第二十条: 出席评审会议的专家人数应当不少于职称评审委员会人数的2/3. */
class QuorumTest {

  @ParameterizedTest(name = "委员{0}人：{1}人出席可以开会，{2}人不可")
  @CsvSource({
      // the demo committee: 9 members, 6 is exactly 2/3
      "9, 6, 5",
      // 2/3 of 11 is 7.33…: 8 is the first number at or above it
      "11, 8, 7",
      // 工程系列高评委不少于25人: 2/3 is 16.67…
      "25, 17, 16",
      "3, 2, 1",
      "1, 1, 0"})
  void opensAtTwoThirdsOfTheMembersAndNotJustBelow(int members, int atThreshold, int below) {
    assertThat(new Quorum(members, atThreshold).met()).isTrue();
    assertThat(new Quorum(members, atThreshold).refusal()).isEmpty();
    assertThat(new Quorum(members, atThreshold).minimum()).isEqualTo(atThreshold);
    assertThat(new Quorum(members, below).met()).isFalse();
    assertThat(new Quorum(members, members).met()).isTrue();
  }

  @ParameterizedTest(name = "委员{0}人、出席{1}人的拒绝理由")
  @CsvSource({"9, 5, 6"})
  void theRefusalNamesTheNumbersAndTheRule(int members, int attending, int minimum) {
    assertThat(new Quorum(members, attending).refusal()).hasValueSatisfying(r -> assertThat(r)
        .startsWith("出席评委" + attending + "人，不足评委会委员" + members + "人的2/3（至少须" + minimum + "人出席），评审会不能召开")
        .contains("《职称评审管理暂行规定》（人社部令第40号）第二十条")
        .contains("出席评审会议的专家人数应当不少于职称评审委员会人数的2/3"));
  }

  @ParameterizedTest(name = "委员{0}人、出席{1}人不合理")
  @CsvSource({"9, 10", "0, 0", "9, -1"})
  void impossibleNumbersAreAnError(int members, int attending) {
    assertThatThrownBy(() -> new Quorum(members, attending)).isInstanceOf(IllegalArgumentException.class);
  }
}
