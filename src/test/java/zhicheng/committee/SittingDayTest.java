package zhicheng.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Attendance and votes wait for the declared 评审会日期; publication waits for the end of the result publicity. */
class SittingDayTest {

  private static final LocalDate SITTING = LocalDate.of(2023, 11, 29);

  @Test
  void attendanceAndVotesOpenOnTheSittingDayNotBefore() {
    assertThat(SittingDay.tooEarly("提交表决票", SITTING, LocalDate.of(2023, 11, 16))).hasValue(
        "评审会日期为2023年11月29日（开评审会时登记），提交表决票须在评审会当天或之后办理，今天是2023年11月16日；评审会日期有误的，请管理员更正后再办理");
    assertThat(SittingDay.tooEarly("确定出席评委", SITTING, SITTING.minusDays(1))).isPresent();
    assertThat(SittingDay.tooEarly("确定出席评委", SITTING, SITTING)).isEmpty();
    assertThat(SittingDay.tooEarly("提交表决票", SITTING, SITTING.plusDays(2))).isEmpty();
  }

  @Test
  void publicationIsNotDatedBeforeTheResultPublicityEnds() {
    Instant end = Instant.parse("2023-12-06T16:00:00Z"); // 2023-12-07 00:00 Beijing: the publicity ran through 12-06
    assertThat(SittingDay.publishedBeforePublicityEnded(LocalDate.of(2023, 12, 6), end)).hasValue(
        "发文日期2023-12-06早于评审结果公示期满（2023年12月6日24时）：评审结果须公示期满无异议后方可发文公布");
    assertThat(SittingDay.publishedBeforePublicityEnded(LocalDate.of(2023, 12, 7), end)).isEmpty();
    // a publicity that ran out during a day (ended early at 15:30): a document of that day comes after it
    Instant afternoon = Instant.parse("2023-12-08T07:30:00Z");
    assertThat(SittingDay.publishedBeforePublicityEnded(LocalDate.of(2023, 12, 7), afternoon)).isPresent();
    assertThat(SittingDay.publishedBeforePublicityEnded(LocalDate.of(2023, 12, 8), afternoon)).isEmpty();
    assertThat(SittingDay.publishedBeforePublicityEnded(LocalDate.of(2023, 12, 1), null)).isEmpty();
  }
}
