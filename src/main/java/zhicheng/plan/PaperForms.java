package zhicheng.plan;

import java.time.LocalDate;

/**
 * The paper evaluation forms (纸质评审表) the applicant sends after paying, by a deadline (seed 001 四、(二):
 * 一式3份，2022年1月7日前报送; seed 002 七: 于2020年11月10日前……逾期不再受理; seed 004 附件4 二、3: 一式3份). The
 * number of copies is the plan's {@code documents.evaluation-form.copies}.
 *
 * @param deadline last day the receiving body accepts them, a Beijing-time date (see {@link Deadlines})
 * @param group    candidate-group pattern of the body that receives them, like a level's ({committee} …)
 */
public record PaperForms(LocalDate deadline, String group, String source) {

  public static final String DEFAULT_GROUP = "office:{committee}";
}
