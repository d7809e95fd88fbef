package zhicheng.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The standard of seed 000 附件2 (浙经信消费〔2022〕35号) and its caps at every level. */
class ScoreCalculatorTest {

  private static ScoringStandard standard;

  @BeforeAll
  static void load() throws IOException {
    standard = new ScoringStandards("file:scoring/*.json").find("zj-2021-senior-arts-crafts").orElseThrow();
  }

  private static Score score(Object... itemCount) {
    List<ScoreClaim> claims = new ArrayList<>();
    for (int i = 0; i < itemCount.length; i += 2) {
      claims.add(new ScoreClaim((String) itemCount[i], (Integer) itemCount[i + 1]));
    }
    return ScoreCalculator.score(standard, claims);
  }

  private static Score.IndicatorScore indicator(Score s, String id) {
    return s.groups().stream().flatMap(g -> g.indicators().stream()).filter(i -> i.id().equals(id)).findFirst()
        .orElseThrow();
  }

  @Test
  void theTableCarriesTheNoticesPointsAndCaps() {
    assertThat(standard.threshold()).isEqualTo(70);
    assertThat(standard.groups()).extracting(ScoringStandard.Group::name, ScoringStandard.Group::cap)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("基础条件", 20), org.assertj.core.groups.Tuple.tuple("工作业绩", 90),
            org.assertj.core.groups.Tuple.tuple("加分条件", 20));
    assertThat(standard.groups().stream().flatMap(g -> g.indicators().stream()).map(ScoringStandard.Indicator::cap))
        .containsExactly(10, 10, 20, 30, 20, 20, 20);
  }

  @Test
  void aRuleIsCappedAtItsOwnMaximum() {
    // 论文每篇2分，累计最多得10分: 6 papers = 12 → 10
    Score s = score("theory.papers", 6);
    assertThat(indicator(s, "theory-ip").claimed()).isEqualTo(10);
    assertThat(s.total()).isEqualTo(10);
    assertThat(score("theory.papers", 5).total()).isEqualTo(10);
    assertThat(score("theory.papers", 4).total()).isEqualTo(8);
  }

  @Test
  void anIndicatorIsCappedAtItsPoints() {
    // 职业道德 (10分): training 5×2 = 10 and a national honour 10 → 20 claimed, 10 counted
    Score s = score("ethics.training.professional", 5, "ethics.honours.national", 1);
    assertThat(indicator(s, "ethics").claimed()).isEqualTo(20);
    assertThat(indicator(s, "ethics").subtotal()).isEqualTo(10);
    // 项目及获奖 (30分): provincial science award 30 + contest gold 5 → 30
    Score p = score("awards.science.provincial", 1, "awards.contests.gold", 1);
    assertThat(indicator(p, "projects-awards").subtotal()).isEqualTo(30);
    assertThat(indicator(score("awards.contests.gold", 5, "awards.contests.silver", 1), "projects-awards").subtotal())
        .isEqualTo(28);
  }

  @Test
  void onlyTheHighestEducationCounts() {
    Score s = score("education.doctor", 1, "education.master", 1, "education.bachelor", 1);
    assertThat(indicator(s, "education-years").claimed()).isEqualTo(10);
    assertThat(score("education.master", 3).total()).isEqualTo(6);
  }

  @Test
  void theBonusIsCappedAt20() {
    Score s = score("bonus.national", 1, "bonus.provincial", 1);
    Score.GroupScore bonus = s.groups().get(2);
    assertThat(bonus.name()).isEqualTo("加分条件");
    assertThat(bonus.claimed()).isEqualTo(20);
    assertThat(indicator(s, "bonus").claimed()).isEqualTo(30);
    assertThat(bonus.subtotal()).isEqualTo(20);
    assertThat(score("bonus.provincial", 1, "bonus.studios.provincial", 1, "bonus.associations.local-vice", 1).total())
        .isEqualTo(17);
  }

  @Test
  void everythingAtItsCapGives130AndQualifies() {
    Score s = score("ethics.training.professional", 5, "education.doctor", 1, "years.20", 1,
        "collections.exhibitions.first", 2, "collections.collected.first", 2, "awards.science.provincial", 1,
        "theory.standards.national", 1, "apprentices.heritage.lead", 1, "bonus.national", 1);
    assertThat(s.groups()).extracting(Score.GroupScore::subtotal).containsExactly(20, 90, 20);
    assertThat(s.total()).isEqualTo(130);
    assertThat(s.qualifies()).isTrue();
  }

  @Test
  void thresholdIs70() {
    // 博士 10 + 省级科技成果奖 30 + 参与省级科研项目 10 (项目及获奖 capped at 30) + 论文 5篇 10 + 外观专利 n
    assertThat(score("education.doctor", 1, "awards.science.provincial", 1, "theory.papers", 5,
        "apprentices.heritage.lead", 1, "theory.patents.design", 9).total()).isEqualTo(79);
    Score s69 = score("education.doctor", 1, "awards.science.provincial", 1, "apprentices.heritage.lead", 1,
        "theory.papers", 4, "theory.patents.design", 1);
    assertThat(s69.total()).isEqualTo(69);
    assertThat(s69.qualifies()).isFalse();
    Score s70 = score("education.doctor", 1, "awards.science.provincial", 1, "apprentices.heritage.lead", 1,
        "theory.papers", 5);
    assertThat(s70.total()).isEqualTo(70);
    assertThat(s70.qualifies()).isTrue();
  }

  @Test
  void unknownItemsAndCountsBelowOneAreNamed() {
    assertThat(ScoreCalculator.problems(standard, List.of(new ScoreClaim("no.such", 1),
        new ScoreClaim("theory.papers", 0)))).containsExactly(
        "评分项“no.such”不在《浙江省高级工艺美术师职务任职资格量化评分标准》中",
        "评分项“作为第一撰写人或作者在专业期刊上发表论文”的数量应为正整数");
    assertThatThrownBy(() -> score("no.such", 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
