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

  // ---- the table of 附件2 item by item: each item's points, each rule's 累计最多, each indicator's cap ----

  /** Every item of 附件2 with the points the notice gives it; together they are the whole table. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} = {1}分")
  @org.junit.jupiter.params.provider.CsvSource({
      "ethics.training.professional, 2", "ethics.training.youth, 1",
      "ethics.honours.national, 10", "ethics.honours.provincial, 8", "ethics.honours.city, 5",
      "ethics.honours.county, 3", "ethics.honours.unit, 2",
      "education.doctor, 10", "education.master, 6", "education.bachelor, 4",
      "years.20, 10", "years.10-19, 6", "years.5-9, 3",
      "collections.exhibitions.first, 5", "collections.exhibitions.second, 3",
      "collections.collected.first, 5", "collections.collected.second, 3",
      "awards.contests.gold, 5", "awards.contests.silver, 3", "awards.contests.bronze, 2", "awards.state-events, 2",
      "awards.science.provincial, 30", "awards.science.city-first, 20", "awards.science.city-second, 15",
      "awards.science.city-third, 10",
      "awards.research.provincial-part, 10", "awards.research.provincial-lead, 20", "awards.research.city-part, 5",
      "awards.research.city-lead, 10",
      "theory.standards.national, 20", "theory.standards.group-part, 10", "theory.standards.group-lead, 20",
      "theory.books.government-part, 5", "theory.books.government-lead, 10", "theory.books.professional-part, 3",
      "theory.books.professional-lead, 5", "theory.papers, 2",
      "theory.patents.invention, 10", "theory.patents.utility, 5", "theory.patents.design, 1",
      "apprentices.titles.city, 3", "apprentices.titles.county, 2", "apprentices.heritage.part, 10",
      "apprentices.heritage.lead, 20",
      "bonus.national, 20", "bonus.provincial, 10", "bonus.city, 5", "bonus.contests.national, 10",
      "bonus.contests.provincial, 6", "bonus.contests.city, 3", "bonus.studios.national, 10",
      "bonus.studios.provincial, 6", "bonus.studios.city, 3", "bonus.associations.provincial-president, 3",
      "bonus.associations.provincial-vice, 2", "bonus.associations.local-president, 2",
      "bonus.associations.local-vice, 1"})
  void eachItemScoresItsPointsOnce(String item, int points) {
    assertThat(score(item, 1).total()).isEqualTo(points);
  }

  @Test
  void theTableHasExactlyTheItemsOfTheNotice() {
    assertThat(standard.groups().stream().flatMap(g -> g.indicators().stream()).flatMap(i -> i.rules().stream())
        .mapToLong(r -> r.items().size()).sum()).isEqualTo(57);
  }

  /** 累计最多得…分 of each rule (三级指标) that sets one; the rest are bounded by their indicator. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}×{2} → {3}")
  @org.junit.jupiter.params.provider.CsvSource({
      "ethics.training.professional, 5, ethics, 10", "ethics.training.professional, 6, ethics, 10",
      "ethics.training.youth, 9, ethics, 9", "ethics.honours.unit, 6, ethics, 10",
      "collections.exhibitions.first, 3, collections, 10", "collections.exhibitions.second, 3, collections, 9",
      "collections.collected.first, 3, collections, 10", "collections.collected.second, 4, collections, 10",
      "awards.contests.gold, 7, projects-awards, 30", "awards.contests.bronze, 14, projects-awards, 28",
      "awards.state-events, 5, projects-awards, 10", "awards.state-events, 6, projects-awards, 10",
      "awards.science.city-third, 4, projects-awards, 30", "awards.research.city-part, 7, projects-awards, 30",
      "theory.books.professional-part, 4, theory-ip, 10", "theory.papers, 5, theory-ip, 10",
      "theory.patents.utility, 5, theory-ip, 20", "apprentices.titles.city, 4, apprentices, 10",
      "apprentices.titles.county, 4, apprentices, 8", "apprentices.heritage.part, 3, apprentices, 20"})
  void eachRuleIsCappedAtItsAccumulatedMaximum(String item, int count, String indicator, int claimed) {
    assertThat(indicator(score(item, count), indicator).claimed()).isEqualTo(claimed);
  }

  /** Each indicator (二级指标) at, just below and above its cap: 职业道德10、学历及从业年限10、馆藏20、项目30、理论20、授徒20、加分20. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1} → {2}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "ethics|ethics.honours.provincial:1|8", "ethics|ethics.honours.provincial:1,ethics.training.youth:2|10",
      "ethics|ethics.honours.provincial:1,ethics.training.professional:2|10",
      "education-years|education.bachelor:1,years.5-9:1|7", "education-years|education.doctor:1,years.20:1|10",
      "collections|collections.exhibitions.first:2,collections.collected.second:3|19",
      "collections|collections.exhibitions.first:2,collections.collected.first:2|20",
      "collections|collections.exhibitions.first:3,collections.collected.first:3|20",
      "projects-awards|awards.science.city-first:1,awards.state-events:4|28",
      "projects-awards|awards.science.city-first:1,awards.state-events:5|30",
      "projects-awards|awards.science.city-first:1,awards.research.city-lead:1,awards.contests.gold:1|30",
      "theory-ip|theory.standards.group-part:1,theory.papers:4|18",
      "theory-ip|theory.standards.group-part:1,theory.papers:5|20",
      "theory-ip|theory.standards.national:1,theory.patents.design:1|20",
      "apprentices|apprentices.heritage.part:1,apprentices.titles.city:3|19",
      "apprentices|apprentices.heritage.lead:1|20", "apprentices|apprentices.heritage.lead:1,apprentices.titles.county:1|20",
      "bonus|bonus.provincial:1,bonus.contests.provincial:1,bonus.associations.local-president:1|18",
      "bonus|bonus.provincial:1,bonus.studios.national:1|20", "bonus|bonus.national:1,bonus.associations.local-vice:1|20"})
  void eachIndicatorIsCappedAtItsPoints(String indicator, String claims, int subtotal) {
    List<Object> args = new ArrayList<>();
    for (String c : claims.split(",")) {
      args.add(c.split(":")[0]);
      args.add(Integer.valueOf(c.split(":")[1]));
    }
    assertThat(indicator(score(args.toArray()), indicator).subtotal()).isEqualTo(subtotal);
  }

  @Test
  void aHugeCountNeverOverflowsIntoANegativeScoreAndAnEmptyClaimIsNamed() {
    Score s = score("bonus.national", Integer.MAX_VALUE, "theory.standards.national", Integer.MAX_VALUE);
    assertThat(s.total()).isEqualTo(40);
    assertThat(indicator(s, "bonus").claimed()).isEqualTo(Integer.MAX_VALUE);
    List<ScoreClaim> withNull = new ArrayList<>();
    withNull.add(null);
    assertThat(ScoreCalculator.problems(standard, withNull)).containsExactly("评分项不能为空");
  }
}
