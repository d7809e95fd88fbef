package zhicheng.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import zhicheng.organisation.Organisation;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.LevelStep;
import zhicheng.plan.PlanRepository;

/** Who forwards what: the levels of the shipped plans' chains for the demo units, and an application's position. */
class ForwardingTest {

  /** Seed 004's chain for 西湖区: unit (5 working days' publicity) → district → office. */
  private static final List<LevelStep> CHAIN = List.of(
      new LevelStep("unit", "用人单位审核", "unit:hz-xihu-chem", "2023-09-07", 5),
      new LevelStep("county", "区县（市）职称受理点审核", "county:330106", "2023-09-22", 0),
      new LevelStep("office", "高评委办公室资格审查", "office:hz-hgqf-senior", "2023-10-31", 0));

  @Test
  void aLevelForwardsOnlyWhatItPassedAndTheNextLevelHasEntered() {
    // levelIndex counts the levels entered: 1 at the unit (also during its publicity), 2 at the district, 3 at the office
    assertThat(Forwarding.receiver(CHAIN, 1, "unit:hz-xihu-chem")).isEmpty();
    assertThat(Forwarding.receiver(CHAIN, 2, "unit:hz-xihu-chem")).contains(CHAIN.get(1));
    assertThat(Forwarding.receiver(CHAIN, 2, "county:330106")).isEmpty();
    assertThat(Forwarding.receiver(CHAIN, 3, "county:330106")).contains(CHAIN.get(2));
    // the last level forwards nothing; a body not on the chain neither
    assertThat(Forwarding.receiver(CHAIN, 3, "office:hz-hgqf-senior")).isEmpty();
    assertThat(Forwarding.receiver(CHAIN, 3, "county:330109")).isEmpty();
    assertThat(Forwarding.levelOf(CHAIN, "county:330106")).contains(CHAIN.get(1));
  }

  @Test
  void onlyABatchToTheCommitteesOfficeCarriesTheLetterAndItsDocumentsAreReadByBothEnds() {
    // seed 004 附件4 二、1: the bodies that send to the 高评委办公室 send the 委托书
    assertThat(Forwarding.entrusts("office:hz-hgqf-senior")).isTrue();
    for (String midChain : List.of("county:330106", "hr:330523", "dept:330523-jxj", "precommittee:331121", "city:3301",
        "province:33-jxt")) {
      assertThat(Forwarding.entrusts(midChain)).as(midChain).isFalse();
    }
    assertThat(Forwarding.entrusts(null)).isFalse();
    List<String> office = List.of("office:hz-hgqf-senior");
    assertThat(Forwarding.mayRead("county:330106", office, List.of("county:330106"))).isTrue();
    assertThat(Forwarding.mayRead("county:330106", office, List.of("applicant", "office:hz-hgqf-senior"))).isTrue();
    for (List<String> stranger : List.of(List.of("applicant"), List.of("unit:hz-xihu-chem"), List.of("county:330109"),
        List.<String>of())) {
      assertThat(Forwarding.mayRead("county:330106", office, stranger)).as(stranger.toString()).isFalse();
    }
  }

  @Test
  void theForwardingBodiesOfAPlanAreItsLevelsButTheLastForEveryUnitInItsArea() throws Exception {
    PlanRepository plans = new PlanRepository("file:plans/*.json", false, Clock.systemUTC());
    Organisation org = new OrganisationRepository("classpath:organisation/demo.json").get();
    assertThat(Forwarding.forwardingGroups(plans.find("hz-2023-hgqf-senior-engineer").orElseThrow(), org))
        .containsExactlyInAnyOrder("unit:hz-xihu-chem", "unit:hz-xiaoshan-textile", "unit:hz-xihu-chem-institute",
            "unit:hz-xihu-arts-crafts", "county:330106", "county:330109");
    // seed 001: the 初评委 only for 青田 and 龙泉 (四（一）3), and it forwards to the 中评委
    assertThat(Forwarding.forwardingGroups(plans.find("ls-2021-arts-crafts-intermediate").orElseThrow(), org))
        .contains("hr:331102", "hr:331121", "precommittee:331121", "precommittee:331181")
        .doesNotContain("office:ls-gmy-mid", "precommittee:331102");
    // a plan table forwards by its rows
    assertThat(Forwarding.forwardingGroups(plans.find("aj-2021-titles").orElseThrow(), org)).isEmpty();
    assertThat(Forwarding.forwardingGroups(plans.find("aj-2021-titles:15").orElseThrow(), org))
        .contains("unit:aj-chair", "dept:330523-jxj", "hr:330523");
  }
}
