package zhicheng.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 公示表: the applicants a body publishes for at least 5 working days, one row each (seed 004 附件3 一、4: 导出
 * 公示表，将申报人员评审材料以适当的方式进行不少于5个工作日的公示; 四、2 and 3: the office publishes before and after the
 * review). What is published is name, unit, current title, the qualification applied for, route and a summary
 * of achievements; never the ID number.
 *
 * @param publisher who publishes, e.g. the unit or 高评委办公室
 * @param from      first day of the publicity
 * @param to        last day of the publicity
 * @param contact   where objections go (异议受理)
 */
public record PublicityListData(
    String ownerKey, String title, String publisher, String planTitle, String notice, LocalDate from, LocalDate to,
    String contact, List<Entry> entries, OffsetDateTime asOf) {

  public PublicityListData {
    entries = List.copyOf(entries);
  }

  public record Entry(String businessKey, String name, String unitName, String currentTitle,
      String appliedQualification, String route, String summary) {}
}
