package zhicheng.documents;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * 破格推荐专业技术职务任职资格审批表 (seed 004 附件5, seed 003 附件6) of one applicant on the exceptional route.
 * Fields the application does not hold (administrative post, school, résumé …) are null and print "—".
 *
 * <p>The three opinion boxes are the levels' own decisions, filled in as they happen (seed 004 附件2 二、5.（10）:
 * 由所在单位、主管部门及人力社保部门填写意见并盖章): each box lists the levels of the application's chain that sign in
 * it, with decision, words, who and when; a box whose levels have not decided stays blank for pen and stamp.
 *
 * @param grade                    the grade recommended for, as the title prints it: "高级" (seed 004); null or
 *                                 blank prints the blank of seed 003 附件6 (破格推荐＿＿级…)
 * @param recommendedQualification 破格推荐何专业技术职务任职资格, e.g. 高级工程师
 * @param reasons                  破格推荐理由: which of the notice's conditions are claimed
 * @param unitOpinions             所在单位意见
 * @param departmentOpinions       主管部门意见
 * @param personnelOpinions        市（局、总公司）人事部门意见 (seed 003: 市（厅、局）人事部门意见)
 * @param copies                   seed 004 附件2 二、8: 一式2份
 */
public record ExceptionalApprovalData(
    String businessKey, String grade, Applicant applicant, String administrativePost, String professionalYears,
    String graduation, String appointedTitle, String appointedDate, String recommendedQualification,
    String resume, String reasons, List<LevelOpinion> unitOpinions, List<LevelOpinion> departmentOpinions,
    List<LevelOpinion> personnelOpinions, OffsetDateTime asOf, int copies) {

  public ExceptionalApprovalData {
    unitOpinions = unitOpinions == null ? List.of() : List.copyOf(unitOpinions);
    departmentOpinions = departmentOpinions == null ? List.of() : List.copyOf(departmentOpinions);
    personnelOpinions = personnelOpinions == null ? List.of() : List.copyOf(personnelOpinions);
    copies = Math.max(1, copies);
  }
}
