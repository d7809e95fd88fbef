package zhicheng.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrailTextTest {

  private static TrailEntry entry(int i) {
    return new TrailEntry("2023-09-0" + (1 + i % 9) + "T10:00:00+08:00", "区县（市）职称受理点审核", "xihu-jxj", "退回",
        "第" + i + "次退回：请补充继续教育学时证明，并附2021—2023年度学时登记表。".repeat(4));
  }

  @Test
  void aShortTrailIsEveryLine() {
    List<TrailEntry> trail = List.of(entry(1), entry(2));
    assertThat(TrailText.of(trail)).isEqualTo(entry(1).line() + "\n" + entry(2).line());
  }

  @Test
  void aLongTrailKeepsTheNewestLinesWithinWhatAStringVariableHoldsAndSaysWhatItLeftOut() {
    List<TrailEntry> trail = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      trail.add(entry(i));
    }
    String text = TrailText.of(trail);
    assertThat(text.length()).isLessThanOrEqualTo(4000);
    assertThat(text).endsWith(entry(40).line()).doesNotContain("第1次退回");
    String[] lines = text.split("\n");
    int omitted = 40 - (lines.length - 1);
    assertThat(lines[0]).isEqualTo("（较早的" + omitted + "条记录从略，完整记录见“我的申报”）");
    assertThat(lines[1]).isEqualTo(entry(omitted + 1).line());
  }
}
