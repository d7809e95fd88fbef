package zhicheng.achievements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The windows the notices state for the achievements an application goes with, each boundary from the notice's own
 * dates: an achievement outside is a finding citing the clause; inside, none.
 */
class AchievementWindowTest {

  static final String S000 = "浙经信消费〔2022〕35号";
  static final String S004 = "杭经信人事〔2023〕63号";
  static final String S003 = "安人社通〔2021〕9号";

  @Test
  void seniorArtsCraftsTakesWhatFollowsTheTitleOrTheLastFiveYears() {
    // 个人申报截止 2022-04-10: 近五年 from 2017-04-10
    AchievementWindow w = AchievementWindow.of(S000).orElseThrow();
    LocalDate deadline = LocalDate.of(2022, 4, 10);
    assertThat(w.outside(S000, "2016-03-01", "2015-07-01", deadline)).as("after the title").isEmpty();
    assertThat(w.outside(S000, "2018-06-01", "2019-01-01", deadline)).as("before the title, in the five years").isEmpty();
    assertThat(w.outside(S000, "2017-04-10", "2019-01-01", deadline)).as("the first day of the five years").isEmpty();
    assertThat(w.outside(S000, "2017-04-09", "2019-01-01", deadline)).hasValue("取得于2017-04-09，早于任现职（2019-01-01），"
        + "也不在近五年内（2017-04-10以后）（浙经信消费〔2022〕35号 附件1（八）：提交的工作业绩、专业学术成果等均应为任现职后或近五年取得）");
    assertThat(AchievementWindow.of("浙经信消费〔2022〕34号")).as("the 正高级 notice says the same").hasValue(w);
  }

  @Test
  void hangzhouTakesWhatFollowsTheTitleUpToTheCutOff() {
    AchievementWindow w = AchievementWindow.of(S004).orElseThrow();
    LocalDate deadline = LocalDate.of(2023, 8, 27);
    assertThat(w.outside(S004, "2017-06-30", "2017-06-30", deadline)).as("the day of the title").isEmpty();
    assertThat(w.outside(S004, "2023-08-27", "2017-06-30", deadline)).as("the cut-off day").isEmpty();
    assertThat(w.outside(S004, "2017-06-29", "2017-06-30", deadline)).hasValue("取得于2017-06-29，早于任现职（2017-06-30），"
        + "不是任现职以来的业绩（杭经信人事〔2023〕63号 附件2 二、5.（9）：任现职以来的有关著作、论文、项目等材料）");
    assertThat(w.outside(S004, "2023-08-28", "2017-06-30", deadline)).hasValue("取得于2023-08-28，晚于业绩与成果材料的截止时间"
        + "（2023-08-27），不应随本次申报提交（杭经信人事〔2023〕63号 附件2 三、4：业绩与成果等相关材料截止时间为2023年8月27日）");
  }

  @Test
  void anjiTakesWhatFollowsTheTitleAndTheOtherNoticesStateNoWindow() {
    AchievementWindow w = AchievementWindow.of(S003).orElseThrow();
    assertThat(w.outside(S003, "2016-01-01", "2017-06-30", LocalDate.of(2021, 4, 30))).get().asString()
        .startsWith("取得于2016-01-01，早于任现职（2017-06-30），不是任现职以来的业绩（安人社通〔2021〕9号 附件3 二、4");
    assertThat(w.outside(S003, "2018-01-01", "2017-06-30", LocalDate.of(2021, 4, 30))).isEmpty();
    assertThat(AchievementWindow.of("丽人社函〔2021〕150号")).isEmpty();
    assertThat(AchievementWindow.of("杭州工艺美术中级评审附件")).isEmpty();
  }
}
