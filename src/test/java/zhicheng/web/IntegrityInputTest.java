package zhicheng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import zhicheng.security.CurrentUser;

/** Who may record, and the messages naming each field of an entry. */
class IntegrityInputTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-09-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  @Test
  void onlyHrBureausCommitteeOfficesAndAdministratorsRecord() {
    assertThat(IntegrityRecordController.mayWrite(new CurrentUser("xihu-rsj", List.of("hr:330106")))).isTrue();
    assertThat(IntegrityRecordController.mayWrite(new CurrentUser("hgqf-office", List.of("office:hz-hgqf-senior"))))
        .isTrue();
    assertThat(IntegrityRecordController.mayWrite(new CurrentUser("admin", List.of("camunda-admin")))).isTrue();
    for (String group : List.of("unit:hz-xihu-chem", "county:330106", "city:3301", "dept:330523-jxj",
        "province:33-jxt", "precommittee:331121", "expert:hz-hgqf-senior", "applicant")) {
      assertThat(IntegrityRecordController.mayWrite(new CurrentUser("x", List.of(group)))).as(group).isFalse();
    }
  }

  @Test
  void aNewEntryNeedsEveryFieldAndEachProblemNamesItsField() {
    List<String> problems = IntegrityInput.problems(null, " ", "x".repeat(1001), 2024, null, null, true, CLOCK);
    assertThat(problems).containsExactly(
        "被记录人身份证号码（idNumber）：身份证号码不能为空",
        "请填写被记录人姓名（personName），30字以内",
        "查实的弄虚作假行为（finding）限1000字以内，现为1001字",
        "评审年度（roundYear）应为2000至2023年之间的年份",
        "请填写该评审的通知文号（notice），200字以内",
        "请填写处理依据（basis，作出处理的决定或文件及其条款），200字以内");
  }

  @Test
  void aCorrectionChecksOnlyTheFieldsGivenButNeverABlankOne() {
    assertThat(IntegrityInput.problems(null, null, null, null, null, null, false, CLOCK)).isEmpty();
    assertThat(IntegrityInput.problems(null, null, null, null, null, "", false, CLOCK))
        .containsExactly("请填写处理依据（basis，作出处理的决定或文件及其条款），200字以内");
    assertThat(IntegrityInput.reason("  ", "撤销")).containsExactly("请填写撤销理由（reason），500字以内");
  }
}
