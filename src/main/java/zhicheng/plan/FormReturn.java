package zhicheng.plan;

import java.util.List;

/**
 * The evaluation form's way back after the title is conferred (评审表归档): which body hands the paper
 * 《专业技术职务任职资格评审表》 back, and to whom, so it goes into the personnel file.
 * Seed 002 附件2 十一: 评委会办公室将评审表退还给申报人，申报人自行将评审表放入个人档案.
 * Seed 004 四、5: 纸质材料受理部门领取《专业技术职务任职资格评审表》后返还申报单位存入个人人事档案.
 * Both come after publication and the certificate, for those whose title was conferred (seed 004 四、5:
 * 取得高级工程师职务任职资格人员……).
 *
 * @param group candidate-group pattern of the body that returns the form, like a level's ({committee}, {county} …)
 * @param to    who receives it: {@link #TO_APPLICANT} or {@link #TO_UNIT}
 */
public record FormReturn(String group, String to, String source) {

  public static final String TO_APPLICANT = "申报人";
  public static final String TO_UNIT = "申报单位";
  public static final List<String> RECIPIENTS = List.of(TO_APPLICANT, TO_UNIT);
}
