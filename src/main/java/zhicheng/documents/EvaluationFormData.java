package zhicheng.documents;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * 专业技术职务任职资格评审表 of one application.
 *
 * @param businessKey         申报编号, printed on every page so paper copies match the roster
 * @param appliedQualification 申报资格: the title applied for (the declared title of a plan-table row, else what the
 *                            plan confers); null prints "—"
 * @param assessments         annual assessments as the profile holds them, e.g. "2022年 合格"; empty: none declared
 * @param continuingEducation continuing-education hours year by year as text, or null when none were declared
 * @param levels              the application's chain, each with its opinion once given
 * @param asOf                the time of the data (the latest decision printed, else the declaration): the PDF's date
 * @param copies              how many copies the plan asks for (seed 004: 一式3份)
 * @param achievements        the achievements the application was submitted with, with the unit's confirmation and
 *                            their points (seed 000 附件1（三）、（八）: 业绩维护后自动提取); empty: none
 * @param scoreLine           the self-score of the confirmed achievements beside the applicant's claim, or null
 */
public record EvaluationFormData(
    String businessKey, String planTitle, String planNotice, String committeeName, Applicant applicant,
    String appliedQualification, List<String> assessments, String continuingEducation, String statement, List<LevelOpinion> levels,
    OffsetDateTime asOf, int copies, List<AchievementLine> achievements, String scoreLine) {

  public EvaluationFormData {
    assessments = List.copyOf(assessments);
    levels = List.copyOf(levels);
    copies = Math.max(1, copies);
    achievements = achievements == null ? List.of() : List.copyOf(achievements);
  }

  /** A form without achievements (a plan or an application without an archive). */
  public EvaluationFormData(String businessKey, String planTitle, String planNotice, String committeeName,
      Applicant applicant, String appliedQualification, List<String> assessments, String continuingEducation,
      String statement, List<LevelOpinion> levels, OffsetDateTime asOf, int copies) {
    this(businessKey, planTitle, planNotice, committeeName, applicant, appliedQualification, assessments,
        continuingEducation, statement, levels, asOf, copies, List.of(), null);
  }

  /** The same form with the application's achievements and their score. */
  public EvaluationFormData withAchievements(List<AchievementLine> lines, String score) {
    return new EvaluationFormData(businessKey, planTitle, planNotice, committeeName, applicant, appliedQualification,
        assessments, continuingEducation, statement, levels, asOf, copies, lines, score);
  }
}
