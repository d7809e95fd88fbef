package zhicheng.forwarding;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import zhicheng.documents.EntrustmentData;
import zhicheng.documents.RosterData;

/**
 * One batch a body forwards (报送) to the next level: the applications it passed, numbered from 1 in the order of
 * their 申报编号 (the declaration day, then the instance), and the documents that travel with the paper forms (seed
 * 004 附件4 二、1–3): the 花名册 always; the 委托书 only for the applications it sends to the committee's office (附件4
 * 二、1: the bodies that send the paper materials to the 高评委办公室 send it; 附件3 二、2: 审核推荐，提交高评委办公室
 * 审核). A mid-chain batch (安吉: 行业主管部门 → 县人社部门, seed 003 二、（三）逐级上报) carries the roster only. The
 * same batch gives the same documents.
 *
 * @param key           the batch's business key, e.g. ROSTER-county:330106-hz-2023-hgqf-senior-engineer-1
 * @param number        1, 2, … per body and plan (第1批, 第2批: applications passed after a batch go in the next)
 * @param body          the forwarding body's name (报送单位), e.g. 西湖区发展改革和经济信息化局（职称受理点）
 * @param planTitle     the plan's title as declared against (for a row of a plan table, with the row)
 * @param tableTitle    the evaluation the letter entrusts: the plan's title without a table's row (seed 003: 2021年度
 *                      安吉县专业技术资格评审（推荐）)
 * @param committeeName the committee the letter entrusts
 * @param date          the day the batch is made (Beijing time)
 * @param asOf          the instant it is made: the PDFs' date
 */
public record Batch(
    String key, int number, String body, String planTitle, String tableTitle, String notice, String committeeName,
    LocalDate date, OffsetDateTime asOf, List<Member> members) {

  public Batch {
    members = List.copyOf(members);
  }

  /**
   * One application in the batch, as the roster prints it; {@code seq} is its 序号.
   *
   * @param appliedQualification 申报资格: the declared title of a plan-table row, else what the plan confers; null: —
   * @param receivingGroup       the level it goes to (the group of the next level of its chain)
   */
  public record Member(int seq, String applicationId, String businessKey, String name, String idNumber,
      String unitName, String education, String currentTitle, String currentTitleDate, String route,
      String appliedQualification, String receivingGroup) {}

  /** A member as the batch's variable {@code batchMembers} lists it for Cockpit, with the batch's key. */
  public record Row(int seq, String businessKey, String name, String unit, String applicationId, String batchKey) {}

  /** The members, for Cockpit. */
  public List<Row> rows() {
    return members.stream()
        .map(m -> new Row(m.seq(), m.businessKey(), m.name(), m.unitName(), m.applicationId(), key)).toList();
  }

  /**
   * 《申报评审…资格人员花名册》 (seed 004 附件4 二、2), rows in the batch's order, each with its 申报资格; the title names
   * the qualification when every row applies for the same one (seed 004: 申报评审高级工程师资格人员花名册).
   */
  public RosterData roster() {
    return new RosterData(key, commonQualification(), body, planTitle, notice, date,
        members.stream().map(m -> new RosterData.Entry(m.businessKey(), m.name(), m.idNumber(), m.unitName(),
            m.education(), m.currentTitle(), day(m.currentTitleDate()), m.route(), m.appliedQualification()))
            .toList(), asOf);
  }

  /**
   * 《申报专业技术职务资格评审委托书》 (seed 004 附件4 二、1) for the members sent to the committee's office, with their
   * roster 序号; empty when none is (a batch to a level in the middle of the chain).
   */
  public Optional<EntrustmentData> entrustment() {
    List<EntrustmentData.Person> persons = members.stream()
        .filter(m -> Forwarding.entrusts(m.receivingGroup()))
        .map(m -> new EntrustmentData.Person(m.seq(), m.name(), m.unitName(), m.appliedQualification()))
        .toList();
    return persons.isEmpty() ? Optional.empty()
        : Optional.of(new EntrustmentData(key, committeeName, body, tableTitle, notice, persons, date, asOf));
  }

  /** 第1批（3人）. */
  public String title() {
    return "第" + number + "批（" + members.size() + "人）";
  }

  /** The qualification every member applies for, or null when they differ (the roster's title is then generic). */
  String commonQualification() {
    List<String> all = members.stream().map(Member::appliedQualification).distinct().toList();
    return all.size() == 1 && all.get(0) != null && !all.get(0).isBlank() ? all.get(0) : null;
  }

  private static String day(String value) {
    return value == null || value.length() < 10 ? value : value.substring(0, 10);
  }
}
