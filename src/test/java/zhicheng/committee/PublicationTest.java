package zhicheng.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** 发文公布 (seed 004 四、4): the number and date printed on every certificate. */
class PublicationTest {

  static final LocalDate REVIEWED = LocalDate.of(2023, 11, 20);
  static final LocalDate TODAY = LocalDate.of(2023, 12, 15);

  @Test
  void documentNumbersAsTheNoticesWriteThemAreAccepted() {
    assertThat(Publication.check("浙人社发〔2023〕99号", "2023-12-15", REVIEWED, TODAY)).isEmpty();
    assertThat(Publication.check("杭经信人事〔2023〕63号", "2023-11-20", REVIEWED, TODAY)).isEmpty();
    // seed 004 types 浙人社发[2020]47号 with square brackets
    assertThat(Publication.check(" 浙人社发[2023]99号 ", "2023-12-01", REVIEWED, TODAY)).isEmpty();
    assertThat(Publication.normalized(" 浙人社发[2023]99号 ")).isEqualTo("浙人社发〔2023〕99号");
  }

  @Test
  void aMalformedNumberOrAnImpossibleDateIsRefusedWithEveryFinding() {
    assertThat(Publication.check("第99号", "2023-12-16", REVIEWED, TODAY)).containsExactly(
        "发文文号“第99号”格式不对：应为发文机关代字、〔年份〕、序号和“号”，如 浙人社发〔2023〕99号",
        "发文日期2023-12-16晚于今天：请在文件印发后录入");
    assertThat(Publication.check("浙人社发〔2022〕99号", "2023-11-19", REVIEWED, TODAY)).containsExactly(
        "发文日期2023-11-19早于评审表决日期2023-11-20：评审结果须经评审、公示后方可发文公布",
        "文号中的年份〔2022〕与发文日期的年份2023不一致");
    assertThat(Publication.check("浙人社发〔2023〕99号", "12/15/2023", REVIEWED, TODAY))
        .containsExactly("发文日期“12/15/2023”格式错误（应为 yyyy-MM-dd）");
    assertThat(Publication.check(null, " ", REVIEWED, TODAY)).hasSize(2);
  }
}
