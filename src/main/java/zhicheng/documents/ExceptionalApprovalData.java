package zhicheng.documents;

import java.time.OffsetDateTime;

/**
 * 破格推荐专业技术职务任职资格审批表 (seed 004 附件5, seed 003 附件6) of one applicant on the exceptional route.
 * Fields the application does not hold yet (administrative post, school, résumé …) are null and print "—".
 *
 * @param grade                    the grade recommended for, as the title prints it: "高级" (seed 004)
 * @param recommendedQualification 破格推荐何专业技术职务任职资格, e.g. 高级工程师
 * @param reasons                  破格推荐理由: which of the notice's conditions are met, with evidence
 * @param copies                   seed 004 附件2 二、8: 一式2份
 */
public record ExceptionalApprovalData(
    String businessKey, String grade, Applicant applicant, String administrativePost, String professionalYears,
    String graduation, String appointedTitle, String appointedDate, String recommendedQualification,
    String resume, String reasons, OffsetDateTime asOf, int copies) {

  public ExceptionalApprovalData {
    copies = Math.max(1, copies);
  }
}
