package zhicheng.sitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import zhicheng.calendar.Period;
import zhicheng.committee.Candidate;
import zhicheng.documents.PublicityListData;
import zhicheng.eligibility.ApplicantProfile;
import zhicheng.organisation.Organisation;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;

/**
 * The sitting's 评前公示表, engine-free, on the shipped plans: each row as its own plan reads it, with the same
 * 申报资格 as the application's own documents (DocumentData).
 */
class SittingOpenerTest {

  private static final PlanRepository PLANS = plans();

  @Test
  void anAnjiRowOfThePreReviewListPublishesTheDeclaredTitleNotThePlansCertificate() {
    // 安人社通〔2021〕9号 附件1 第3行: 所评 技术员、助理工程师、工程师；推荐 高级工程师. The table confers nothing by itself
    // (no certificate terms): the title applied for is the one each applicant declared from the row, else “—”.
    Plan row3 = PLANS.find("aj-2021-titles:3").orElseThrow();
    assertThat(row3.certificate()).isNull();
    Plan seed004 = PLANS.find("hz-2023-hgqf-senior-engineer").orElseThrow();
    Organisation.Committee committee = new Organisation.Committee(row3.committeeCode(), row3.committeeName(),
        List.of());
    List<SittingOpener.Listed> listed = List.of(
        listed("ZC-20210701-1", "张三", row3, "{\"targetTitle\": \" 高级工程师 \"}"),
        listed("ZC-20210701-2", "李四", row3, "{}"),
        listed("ZC-20230820-3", "王五", seed004, "{}"));
    Instant start = Instant.parse("2021-11-01T02:00:00Z");
    Period publicity = new Period(start, 5, LocalDate.of(2021, 11, 5), Instant.parse("2021-11-05T16:00:00Z"),
        new TreeSet<>());

    PublicityListData list = SittingOpener.preReviewList("SITTING-1", "2021年度快递工程评审会", committee, row3, listed,
        PLANS::find, publicity);

    assertThat(list.title()).isEqualTo("评前公示表：2021年度快递工程评审会");
    assertThat(list.entries()).extracting(PublicityListData.Entry::name, PublicityListData.Entry::appliedQualification)
        .containsExactly(tuple("张三", "高级工程师"), tuple("李四", null), tuple("王五", "高级工程师"));
    assertThat(list.from()).isEqualTo(LocalDate.of(2021, 11, 1));
    assertThat(list.to()).isEqualTo(LocalDate.of(2021, 11, 5));
  }

  private static SittingOpener.Listed listed(String key, String name, Plan plan, String profile) {
    try {
      return new SittingOpener.Listed(new Candidate("pi-" + key, key, name, "aj-chair", "安吉某单位"), plan.id(), "工程师",
          "正常申报", "从事快递设备工程技术工作。", new ObjectMapper().readValue(profile, ApplicantProfile.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PlanRepository plans() {
    try {
      return new PlanRepository("file:plans/*.json", false, Clock.systemUTC());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
