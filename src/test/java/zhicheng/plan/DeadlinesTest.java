package zhicheng.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeadlinesTest {

  private static Instant at(String iso) {
    return OffsetDateTime.parse(iso).toInstant();
  }

  @Test
  void aDeadlineDateEndsAtMidnightBeijingTime() {
    // seed 004: 用人单位网上审核推荐截止时间为2023年9月7日 -> too late from 2023-09-08 00:00 +08:00 (16:00 UTC the 7th)
    LocalDate unit = LocalDate.of(2023, 9, 7);
    assertThat(Deadlines.endOf(unit)).isEqualTo(Instant.parse("2023-09-07T16:00:00Z"));
    assertThat(Deadlines.isPast(unit, at("2023-09-07T23:59:59+08:00"))).isFalse();
    assertThat(Deadlines.isPast(unit, at("2023-09-08T00:00:00+08:00"))).isTrue();
  }

  @Test
  void aRehearsalMovesEveryDateByTheSameDaysSoTheNoticesGapsStay() {
    Plan real = new Plan("p", "计划", "杭经信人事〔2023〕63号", "seed", "c", "委员会", LocalDate.of(2023, 8, 27),
        List.of("正常申报"), List.of(
            new PlanLevel("unit", "用人单位审核", "unit:{unit}", LocalDate.of(2023, 9, 7), 5, ""),
            new PlanLevel("county", "区县审核", "county:{county}", LocalDate.of(2023, 9, 22), 0, "")),
        false);
    Plan demo = Rehearsal.of(real, LocalDate.of(2026, 11, 23), 14);
    assertThat(demo.id()).isEqualTo("p-demo");
    assertThat(demo.rehearsal()).isTrue();
    assertThat(demo.applicantDeadline()).isEqualTo(LocalDate.of(2026, 12, 7));
    // 11 and 15 days between the levels, as in the notice
    assertThat(demo.chain()).extracting(PlanLevel::deadline)
        .containsExactly(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 2));
  }
}
