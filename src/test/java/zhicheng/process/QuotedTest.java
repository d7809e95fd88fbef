package zhicheng.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuotedTest {

  @Test
  void aShortQuotationAndTheAppsOwnTitlesStayWhole() {
    String title = "浙江省经济和信息化厅 浙江省人力资源和社会保障厅关于开展2021年度浙江省正高级工艺美术师职务任职资格评审工作的通知";
    assertThat(Quoted.in("未知的申报计划“hz-2023”，请从列表中选择")).isEqualTo("未知的申报计划“hz-2023”，请从列表中选择");
    assertThat(Quoted.in("“" + title + "”没有量化评分标准")).isEqualTo("“" + title + "”没有量化评分标准");
  }

  @Test
  void aHugeQuotationKeepsItsFirstCharactersAndItsLength() {
    String huge = "工".repeat(1_000_000);
    assertThat(Quoted.in("姓名“" + huge + "”格式错误；单位“x”未知"))
        .isEqualTo("姓名“" + "工".repeat(Quoted.SHOWN) + "…（共1000000字）”格式错误；单位“x”未知");
    assertThat(Quoted.in("没有闭合的引号“" + huge)).hasSizeLessThan(60);
  }

  @Test
  void everyRefusalIsShortened() {
    DeclarationRefusedException e = new DeclarationRefusedException("申报未受理",
        List.of("未知的用人单位“" + "x".repeat(500_000) + "”"));
    assertThat(e.getMessage()).hasSizeLessThan(80);
    assertThat(e.findings().get(0)).endsWith("…（共500000字）”");
  }
}
