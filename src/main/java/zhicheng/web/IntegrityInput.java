package zhicheng.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import zhicheng.eligibility.IdNumber;
import zhicheng.vocabulary.ChinaTime;

/**
 * The checks of an integrity-record entry's fields, shared by recording and correcting: each problem names the
 * field (Chinese name and JSON name) so the caller knows what to fix. A field of a correction that is absent
 * (null) is not checked: it stays as it is.
 */
final class IntegrityInput {

  static final int NAME_MAX = 30;
  static final int FINDING_MAX = 1000;
  static final int NOTICE_MAX = 200;
  static final int BASIS_MAX = 200;
  static final int REASON_MAX = 500;

  private IntegrityInput() {}

  /** The problems of the fields given; {@code all}: every field is required (a new entry). */
  static List<String> problems(String idNumber, String personName, String finding, Integer roundYear, String notice,
      String basis, boolean all, Clock clock) {
    List<String> problems = new ArrayList<>();
    if (all || idNumber != null) {
      IdNumber.problem(idNumber).ifPresent(p -> problems.add("被记录人身份证号码（idNumber）：" + p));
    }
    text(personName, all, NAME_MAX, "被记录人姓名（personName）", problems);
    text(finding, all, FINDING_MAX, "查实的弄虚作假行为（finding）", problems);
    int thisYear = LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear();
    if ((all || roundYear != null) && (roundYear == null || roundYear < 2000 || roundYear > thisYear)) {
      problems.add("评审年度（roundYear）应为2000至" + thisYear + "年之间的年份");
    }
    text(notice, all, NOTICE_MAX, "该评审的通知文号（notice）", problems);
    text(basis, all, BASIS_MAX, "处理依据（basis，作出处理的决定或文件及其条款）", problems);
    return problems;
  }

  /** The reason of a correction or removal, required. */
  static List<String> reason(String reason, String what) {
    List<String> problems = new ArrayList<>();
    text(reason, true, REASON_MAX, what + "理由（reason）", problems);
    return problems;
  }

  static String trim(String s) {
    return s == null ? null : s.trim();
  }

  private static void text(String value, boolean required, int max, String field, List<String> problems) {
    if (value == null && !required) {
      return;
    }
    if (value == null || value.isBlank()) {
      problems.add("请填写" + field + "，" + max + "字以内");
    } else if (value.trim().codePointCount(0, value.trim().length()) > max) {
      problems.add(field + "限" + max + "字以内，现为" + value.trim().codePointCount(0, value.trim().length()) + "字");
    }
  }
}
