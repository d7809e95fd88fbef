package zhicheng.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 申报专业技术职务资格评审委托书 (seed 004 附件4 二、1: the bodies that send the paper materials to the 高评委办公室 send
 * one with their batch; the committee is entrusted, so only a batch to the committee's office has one). The notices
 * give no template; the wording is the project's: who entrusts which committee with which evaluation, for whom and
 * which titles, under which notice.
 *
 * @param entrustingBody  委托单位, e.g. 西湖区发展改革和经济信息化局
 * @param evaluationTitle the evaluation entrusted, as the notice names it (the plan's title without a table's row:
 *                        2023年度杭州市化工轻纺专业高级工程师职务任职资格评审, 2021年度安吉县专业技术资格评审（推荐）)
 * @param persons         the persons entrusted, each with the 序号 the roster gives them
 */
public record EntrustmentData(
    String ownerKey, String committeeName, String entrustingBody, String evaluationTitle, String notice,
    List<Person> persons, LocalDate date, OffsetDateTime asOf) {

  public EntrustmentData {
    persons = List.copyOf(persons);
  }

  /** The titles applied for, each once, in the order of the persons. */
  public List<String> qualifications() {
    return persons.stream().map(Person::appliedQualification).filter(q -> q != null && !q.isBlank()).distinct()
        .toList();
  }

  /** @param seq the person's 序号 in the batch's 花名册 */
  public record Person(int seq, String name, String unitName, String appliedQualification) {}
}
