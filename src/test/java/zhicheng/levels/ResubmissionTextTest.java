package zhicheng.levels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 重新提交 line of the trail says what it answers: its 意见 column was empty. */
class ResubmissionTextTest {

  @Test
  void theResubmissionNamesTheReturnItAnswers() {
    assertThat(CorrectionSubmittedListener.resubmissionText("请补充2022年度考核登记表"))
        .isEqualTo("已按退回意见修改申报材料并重新提交（退回意见：请补充2022年度考核登记表）");
    assertThat(CorrectionSubmittedListener.resubmissionText(null)).isEqualTo("已按退回意见修改申报材料并重新提交");
    assertThat(CorrectionSubmittedListener.resubmissionText("  ")).isNotBlank().doesNotContain("（");
  }

  @Test
  void itNamesTheMaterialsReplacedByNewFiles() {
    assertThat(CorrectionSubmittedListener.resubmissionText("照片模糊", java.util.List.of("证件照", "年度考核登记表")))
        .isEqualTo("已按退回意见修改申报材料并重新提交，更换了证件照、年度考核登记表（退回意见：照片模糊）");
  }
}
