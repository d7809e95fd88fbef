package zhicheng.forwarding;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import zhicheng.documents.EntrustmentData;
import zhicheng.documents.RosterData;

/**
 * One batch a body forwards (报送) to the next level: the applications it passed, numbered from 1 in the order of
 * their 申报编号 (the declaration day, then the instance), and the two documents that travel with the paper forms
 * (seed 004 附件4 二、1–3): the 花名册 and the 委托书. The same batch gives the same documents.
 *
 * @param key           the batch's business key, e.g. ROSTER-county:330106-hz-2023-hgqf-senior-engineer-1
 * @param number        1, 2, … per body and plan (第1批, 第2批: applications passed after a batch go in the next)
 * @param body          the forwarding body's name (报送单位), e.g. 西湖区发展改革和经济信息化局（职称受理点）
 * @param qualification what the plan confers, for the roster's title (高级工程师); null: the generic title
 * @param committeeName the committee the letter entrusts
 * @param date          the day the batch is made (Beijing time)
 * @param asOf          the instant it is made: the PDFs' date
 */
public record Batch(
    String key, int number, String body, String planTitle, String notice, String qualification, String committeeName,
    LocalDate date, OffsetDateTime asOf, List<Member> members) {

  public Batch {
    members = List.copyOf(members);
  }

  /** One application in the batch, as the roster prints it; {@code seq} is its 序号. */
  public record Member(int seq, String applicationId, String businessKey, String name, String idNumber,
      String unitName, String education, String currentTitle, String currentTitleDate, String route) {}

  /** 《申报评审…资格人员花名册》 (seed 004 附件4 二、2), rows in the batch's order. */
  public RosterData roster() {
    return new RosterData(key, qualification, body, planTitle, notice, date,
        members.stream().map(m -> new RosterData.Entry(m.businessKey(), m.name(), m.idNumber(), m.unitName(),
            m.education(), m.currentTitle(), day(m.currentTitleDate()), m.route())).toList(), asOf);
  }

  /** 《申报专业技术职务资格评审委托书》 (seed 004 附件4 二、1), the persons in the roster's order. */
  public EntrustmentData entrustment() {
    return new EntrustmentData(key, committeeName, body, planTitle, notice,
        members.stream().map(m -> new EntrustmentData.Person(m.name(), m.unitName(),
            qualification == null ? planTitle : qualification)).toList(), date, asOf);
  }

  /** 第1批（3人）. */
  public String title() {
    return "第" + number + "批（" + members.size() + "人）";
  }

  private static String day(String value) {
    return value == null || value.length() < 10 ? value : value.substring(0, 10);
  }
}
