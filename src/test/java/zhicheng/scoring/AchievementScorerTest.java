package zhicheng.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Achievements scored by seed 000 附件2 (浙经信消费〔2022〕35号), one test per rule and cap, with the table's own
 * numbers. The applicant became 工艺美术师 on 2015-06-30; scoring is on 2022-04-01 (the round of the notice).
 */
class AchievementScorerTest {

  private static final String TITLE = "2015-06-30";
  private static final LocalDate AS_OF = LocalDate.of(2022, 4, 1);
  private static ScoringStandard standard;

  @BeforeAll
  static void load() throws IOException {
    standard = new ScoringStandards("file:scoring/*.json").find("zj-2021-senior-arts-crafts").orElseThrow();
  }

  private static AchievementClaim a(String item, String work, String date) {
    return new AchievementClaim(null, item, null, work, date, null, null);
  }

  private static AchievementClaim a(String item, String work, String date, String status, String role) {
    return new AchievementClaim(null, item, null, work, date, status, role);
  }

  private static AchievementScore score(AchievementClaim... achievements) {
    AchievementScore s = AchievementScorer.score(standard, TITLE, List.of(achievements), AS_OF);
    // whatever the rules: the findings' points add up to the total
    assertThat(s.findings().stream().mapToInt(AchievementFinding::points).sum()).isEqualTo(s.total());
    return s;
  }

  private static Score.IndicatorScore indicator(AchievementScore s, String id) {
    return s.groups().stream().flatMap(g -> g.indicators().stream()).filter(i -> i.id().equals(id)).findFirst()
        .orElseThrow();
  }

  @Test
  void note5OnlyAchievementsAfterTheTitleScore() {
    AchievementScore s = score(a("awards.contests.gold", "《春江》", "2015-06-29"),
        a("awards.contests.gold", "《秋山》", "2015-06-30"));
    assertThat(s.total()).isEqualTo(5);
    AchievementFinding before = s.findings().get(0);
    assertThat(before.points()).isZero();
    assertThat(before.counted()).isFalse();
    assertThat(before.message()).contains("早于取得工艺美术师职称的2015-06-30");
    assertThat(before.source()).isEqualTo("浙经信消费〔2022〕35号 附件2 说明5：获得工艺美术师职称后取得的业绩成果方可计分");
    assertThat(s.findings().get(1).message()).startsWith("计5分：");
    assertThat(s.findings().get(1).source()).isEqualTo("浙经信消费〔2022〕35号 附件2 工作业绩·项目及获奖");
  }

  @Test
  void note5DoesNotApplyToEducationYearsOrOfficesHeld() {
    // a doctorate before the title, an office held since before it: not achievements obtained at a date
    AchievementScore s = score(a("education.doctor", null, "2005-07-01"),
        a("bonus.associations.provincial-president", null, "2010-01-01"));
    assertThat(s.findings()).extracting(AchievementFinding::points).containsExactly(10, 3);
    assertThat(s.total()).isEqualTo(13);
  }

  @Test
  void note4AnAcceptedPatentScoresNothing() {
    AchievementScore s = score(a("theory.patents.invention", "一种青瓷釉料", "2019-03-01", "受理", null),
        a("theory.patents.invention", "一种木雕刀具", "2019-05-01", "授权", null),
        a("theory.patents.utility", "雕刻夹具", "2020-05-01", "授权", null));
    assertThat(s.total()).isEqualTo(15);
    assertThat(s.findings().get(0).points()).isZero();
    assertThat(s.findings().get(0).message()).contains("受理", "未获授权");
    assertThat(s.findings().get(0).source()).contains("说明4：获专利授权的按表中计分标准计分，获得专利受理的不予计分");
  }

  @Test
  void oneWorkScoresOnceAtItsHighestAward() {
    // the example: one work with a gold and a silver counts 5, not 8
    AchievementScore s = score(a("awards.contests.silver", "《西湖印象》", "2018-10-01"),
        a("awards.contests.gold", "《西湖印象》", "2019-10-01"));
    assertThat(s.total()).isEqualTo(5);
    assertThat(s.findings().get(0).points()).isZero();
    assertThat(s.findings().get(0).message())
        .contains("同一作品“《西湖印象》”已按所获最高奖项“省（部）级以上专业大赛特等奖或金奖（一等奖）”计5分");
    assertThat(s.findings().get(0).source()).contains("同一作品按所获得最高奖项计分一次");
    // the same work spelled with other spaces is the same work; two works count both
    assertThat(score(a("awards.contests.silver", "西湖 印象", "2018-10-01"),
        a("awards.contests.gold", "西湖印象", "2019-10-01")).total()).isEqualTo(5);
    assertThat(score(a("awards.contests.silver", "《孤山》", "2018-10-01"),
        a("awards.contests.gold", "《西湖印象》", "2019-10-01")).total()).isEqualTo(8);
  }

  @Test
  void aRuleIsCappedAtItsOwnMaximumTheLeastScoringCut() {
    // 大赛累计最多得30分: 6 golds (30) and a bronze → 30; the bronze is the one cut
    List<AchievementClaim> list = new ArrayList<>();
    list.add(a("awards.contests.bronze", "作品0", "2016-01-01"));
    for (int i = 1; i <= 6; i++) {
      list.add(a("awards.contests.gold", "作品" + i, "2016-01-0" + i));
    }
    AchievementScore s = score(list.toArray(AchievementClaim[]::new));
    assertThat(s.total()).isEqualTo(30);
    assertThat(s.findings().get(0).points()).isZero();
    assertThat(s.findings().get(0).message()).contains("本条累计最多得30分，已计满，本项不再计分");
    assertThat(s.findings().subList(1, 7)).allSatisfy(f -> assertThat(f.points()).isEqualTo(5));
    // 论文每篇2分，累计最多得10分
    assertThat(score(a("theory.papers", null, "2016-01-01"), a("theory.papers", null, "2016-02-01"),
        a("theory.papers", null, "2016-03-01"), a("theory.papers", null, "2016-04-01"),
        a("theory.papers", null, "2016-05-01"), a("theory.papers", null, "2016-06-01")).total()).isEqualTo(10);
  }

  @Test
  void anIndicatorIsCappedAtItsPointsNote6() {
    // 项目及获奖 (30分): a provincial science award (30) and a gold (5) → 30, the gold cut
    AchievementScore s = score(a("awards.contests.gold", "《秋山》", "2017-01-01"),
        a("awards.science.provincial", null, "2018-01-01"));
    assertThat(indicator(s, "projects-awards").claimed()).isEqualTo(35);
    assertThat(s.total()).isEqualTo(30);
    assertThat(s.findings().get(0).points()).isZero();
    assertThat(s.findings().get(0).message()).contains("二级指标“项目及获奖”最多得30分，已计满");
    assertThat(s.findings().get(0).source()).contains("说明6");
    // partly cut: a city second prize (15) and a provincial research project led (20) → 30: 20 + 10 of 15
    AchievementScore partly = score(a("awards.science.city-second", null, "2017-01-01"),
        a("awards.research.provincial-lead", null, "2018-01-01"));
    assertThat(partly.total()).isEqualTo(30);
    assertThat(partly.findings().get(0).points()).isEqualTo(10);
    assertThat(partly.findings().get(0).message()).contains("本项只计10分（超出的5分不计）");
  }

  @Test
  void theBonusGroupIsCappedAt20() {
    AchievementScore s = score(a("bonus.national", null, "2016-01-01"), a("bonus.provincial", null, "2017-01-01"),
        a("bonus.contests.city", null, "2018-01-01"));
    assertThat(s.groups().get(2).claimed()).isEqualTo(20);
    assertThat(s.total()).isEqualTo(20);
    assertThat(s.findings()).extracting(AchievementFinding::points).containsExactly(20, 0, 0);
  }

  @Test
  void aParticipantScoresAsTheParticipantsRowOrNothing() {
    // 为主完成省级科研项目20分，参与10分; 作为主创人员的收藏 only for the lead creator
    AchievementScore s = score(a("awards.research.provincial-lead", "非遗课题", "2017-01-01", null, "参与"),
        a("collections.collected.first", "《秋山》", "2018-01-01", null, "参与"),
        a("theory.books.professional-lead", "《青瓷技艺》", "2019-01-01", null, "为主"));
    assertThat(s.findings()).extracting(AchievementFinding::points).containsExactly(10, 0, 5);
    assertThat(s.findings().get(0).message()).contains("本人为参与，按“参与完成省（部）级以上科研项目或课题研究”计10分");
    assertThat(s.findings().get(1).message()).contains("须本人为主", "不计分");
  }

  @Test
  void anOlderUnitHonourThanFiveYearsScoresNothing() {
    AchievementScore s = score(a("ethics.honours.unit", null, "2017-03-31"), a("ethics.honours.unit", null, "2017-04-01"));
    assertThat(s.findings()).extracting(AchievementFinding::points).containsExactly(0, 2);
    assertThat(s.findings().get(0).message()).contains("不在近5年内（2017-04-01以后）");
  }

  @Test
  void theHighestEducationCountsOnce() {
    AchievementScore s = score(a("education.master", null, "2008-07-01"), a("education.doctor", null, "2012-07-01"));
    assertThat(s.findings()).extracting(AchievementFinding::points).containsExactly(0, 10);
    assertThat(s.findings().get(0).message()).contains("以最高者为准");
  }

  @Test
  void theTotalsAreThoseOfTheCountsForTheSameItems() {
    AchievementScore s = score(a("education.doctor", null, "2012-07-01"), a("awards.science.provincial", null, "2018-01-01"),
        a("theory.papers", null, "2016-01-01"), a("theory.papers", null, "2016-02-01"), a("bonus.national", null, "2016-01-01"),
        a("bonus.provincial", null, "2017-01-01"));
    Score counted = ScoreCalculator.score(standard, List.of(new ScoreClaim("education.doctor", 1),
        new ScoreClaim("awards.science.provincial", 1), new ScoreClaim("theory.papers", 2), new ScoreClaim("bonus.national", 1),
        new ScoreClaim("bonus.provincial", 1)));
    assertThat(s.total()).isEqualTo(counted.total()).isEqualTo(64);
    assertThat(s.groups()).isEqualTo(counted.groups());
    assertThat(s.qualifies()).isFalse();
  }

  @Test
  void badInputIsNamedByItsField() {
    List<String> problems = AchievementScorer.problems(standard, "2015-13-01", List.of(
        a("awards.contests.gold", " ", "2022-04-02"),
        a("no.such.item", null, "2020-01-01"),
        a("theory.patents.invention", null, "2020/01/01"),
        a("awards.contests.gold", "《秋山》", "2020-01-01", "公开", "主持")), AS_OF);
    assertThat(problems).containsExactly(
        "titleDate：“2015-13-01”不是有效日期，格式为 yyyy-MM-dd",
        "achievements[0].date：2022-04-02 晚于今天（2022-04-01），业绩的取得日期不能在将来",
        "achievements[0].work：获奖须写明获奖作品，浙经信消费〔2022〕35号 附件2 工作业绩·项目及获奖：同一作品按所获得最高奖项计分一次",
        "achievements[1].item：评分项“no.such.item”不在《浙江省高级工艺美术师职务任职资格量化评分标准》（浙经信消费〔2022〕35号 附件2）中",
        "achievements[2].date：“2020/01/01”不是有效日期，格式为 yyyy-MM-dd",
        "achievements[2].status：专利须注明状态（授权或受理），浙经信消费〔2022〕35号 附件2 说明4：获专利授权的按表中计分标准计分，获得专利受理的不予计分",
        "achievements[3].status：状态只能是“授权”或“受理”，不是“公开”",
        "achievements[3].role：本人作用只能是“为主”或“参与”，不是“主持”");
    assertThat(AchievementScorer.problems(standard, null, List.of(), AS_OF)).containsExactly(
        "titleDate：请填写取得工艺美术师职称的日期（yyyy-MM-dd），浙经信消费〔2022〕35号 附件2 说明5：获得工艺美术师职称后取得的业绩成果方可计分",
        "achievements：请至少列出一项业绩");
    assertThatThrownBy(() -> AchievementScorer.score(standard, TITLE, List.of(a("x", null, "2020-01-01")), AS_OF))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
