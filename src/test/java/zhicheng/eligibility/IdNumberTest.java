package zhicheng.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 11643-1999 check character (ISO 7064 MOD 11-2); seed 003 requires a valid ID number. */
class IdNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "11010519491231002x", " 11010519491231002X ", "440524198001010013"})
  void validNumbersPass(String id) {
    assertThat(IdNumber.problem(id)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      // the standard's own example 11010519491231002X, computed by hand: weighted sum 167, 167 mod 11 = 2 -> 'X'
      "11010519491231002, X",
      "44052418800101001, 4"})
  void checkCharacterFollowsMod11_2(String first17, char expected) {
    assertThat(IdNumber.checkCharacter(first17)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "110105194912310021 | 校验位错误",
      "11010519491231002  | 应为18位",
      "1101051949123100AX | 应为18位",
      "110105194902300027 | 出生日期不存在",
      "110105189912310028 | 出生日期不合理",
      "'' | 不能为空"})
  void malformedNumbersAreNamedInChinese(String id, String message) {
    assertThat(IdNumber.problem(id)).hasValueSatisfying(p -> assertThat(p).contains(message));
  }
}
