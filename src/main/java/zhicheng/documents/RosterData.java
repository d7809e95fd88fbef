package zhicheng.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 花名册: the list a level sends with its batch of paper forms (seed 004 附件4 二、2: 《申报评审高级工程师资格人员
 * 花名册》1份，从……平台导出打印并盖章; 二、3: 评审表排序应与花名册序号保持一致). Rows are printed in the order given,
 * numbered from 1; each row carries the 申报编号 that is printed on that applicant's evaluation form.
 *
 * @param qualification the qualification every row applies for, for the title: 高级工程师 → 申报评审高级工程师资格人员
 *                      花名册; null when the rows differ (a row of a plan table: each row's 申报资格 column says)
 * @param submitter     报送单位, e.g. 西湖区发展改革和经济信息化局
 */
public record RosterData(
    String ownerKey, String qualification, String submitter, String planTitle, String notice, LocalDate date,
    List<Entry> entries, OffsetDateTime asOf) {

  public RosterData {
    entries = List.copyOf(entries);
  }

  public String title() {
    return "申报评审" + (qualification == null || qualification.isBlank() ? "专业技术职务任职" : qualification.trim())
        + "资格人员花名册";
  }

  /** @param appliedQualification 申报资格 (the declared title of a plan-table row, else what the plan confers) */
  public record Entry(String businessKey, String name, String idNumber, String unitName, String education,
      String currentTitle, String currentTitleDate, String route, String appliedQualification) {}
}
