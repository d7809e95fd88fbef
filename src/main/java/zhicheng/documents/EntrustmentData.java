package zhicheng.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 申报专业技术职务资格评审委托书 (seed 004 附件4 二、1: each district and city department sends one with its
 * batch). The notices give no template; the wording is the project's: who entrusts which committee with which
 * round for whom, under which notice.
 *
 * @param entrustingBody 委托单位, e.g. 西湖区发展改革和经济信息化局
 */
public record EntrustmentData(
    String ownerKey, String committeeName, String entrustingBody, String planTitle, String notice,
    List<Person> persons, LocalDate date, OffsetDateTime asOf) {

  public EntrustmentData {
    persons = List.copyOf(persons);
  }

  public record Person(String name, String unitName, String appliedQualification) {}
}
