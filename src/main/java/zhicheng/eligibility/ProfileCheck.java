package zhicheng.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import zhicheng.plan.Plan;
import zhicheng.plan.PlanRules;
import zhicheng.scoring.ScoreCalculator;
import zhicheng.scoring.ScoringStandards;

/**
 * Input no rule can judge: a date that is no date, negative hours, a value outside the lists the forms offer, a
 * self-score item the plan's standard does not have. Refused before any rule runs (REST: 400; process: the
 * declaration, the fix or the correction is refused and nothing is saved), so a typo never passes or fails a rule
 * by accident and negative hours never make up for missing ones.
 */
public final class ProfileCheck {

  public static final List<String> EMPLOYER_TYPES = List.of("企业", "事业单位");
  public static final List<String> SKILL_LEVELS = List.of("高级工", "技师", "高级技师");
  /** A year of assessments or hours outside this range is a typo. */
  static final int FIRST_YEAR = 1950;
  static final int LAST_YEAR = 2100;

  private ProfileCheck() {}

  /**
   * The same, and the self-score items the plan's standard must have (REST; in the process an unknown item is a
   * failing finding of the self-score rule, which the applicant fixes in the form).
   */
  public static List<String> problems(ApplicantProfile p, Plan plan, ScoringStandards scoring) {
    List<String> problems = problems(p);
    if (!p.selfScoreClaims().isEmpty()) {
      scoring.find(plan.rules().scoringStandard()).ifPresentOrElse(
          standard -> problems.addAll(ScoreCalculator.problems(standard, p.selfScoreClaims())),
          () -> problems.add("“" + plan.title() + "”没有量化评分标准，不能填写自评分项（selfScoreClaims）"));
    }
    return problems;
  }

  /** What is wrong with the profile, in Chinese, each naming its field; empty when every value can be judged. */
  public static List<String> problems(ApplicantProfile p) {
    List<String> bounds = ProfileBounds.problems(p);
    if (!bounds.isEmpty()) {
      // nothing oversized is read row by row
      return new ArrayList<>(bounds);
    }
    List<String> problems = new ArrayList<>();
    date(p.fieldWorkSince(), "从事本专业工作起始时间（fieldWorkSince）").ifPresent(problems::add);
    date(p.currentTitleDate(), "现任职务取得时间（currentTitleDate）").ifPresent(problems::add);
    date(p.transferredIntoFieldDate(), "转入本专业工作时间（transferredIntoFieldDate）").ifPresent(problems::add);
    date(p.skillDate(), "职业技能等级取得时间（skillDate）").ifPresent(problems::add);
    oneOf(p.education(), List.copyOf(DeclarationCheck.EDUCATIONS), "学历（education）").ifPresent(problems::add);
    List<String> levels = new ArrayList<>(List.of("无"));
    levels.addAll(PlanRules.LEVELS);
    oneOf(p.currentTitleLevel(), levels, "现任专业技术职务层级（currentTitleLevel）").ifPresent(problems::add);
    oneOf(p.employerType(), EMPLOYER_TYPES, "单位类型（employerType）").ifPresent(problems::add);
    oneOf(p.skillLevel(), SKILL_LEVELS, "职业技能等级（skillLevel）").ifPresent(problems::add);
    Set<String> honours = new HashSet<>(Honours.SENIOR);
    honours.addAll(Honours.INTERMEDIATE);
    p.honours().stream().filter(h -> !honours.contains(h))
        .forEach(h -> problems.add("荣誉（honours）“" + h + "”不是通知所列可直接申报的荣誉"));
    p.exceptionalConditions().stream().filter(n -> n < 1 || n > 6).forEach(n -> problems.add(
        "破格条件（exceptionalConditions）应为1至6的序号，不能为" + n));
    for (int i = 0; i < p.assessments().size(); i++) {
      ApplicantProfile.Assessment a = p.assessments().get(i);
      String field = "年度考核第" + (i + 1) + "行（assessments[" + i + "]）";
      boolean hasResult = !ApplicantProfile.blank(a.result());
      if (a.year() == null && hasResult) {
        problems.add(field + "有考核结果但没有年度");
      }
      year(a.year(), field).ifPresent(problems::add);
      if (hasResult && !AssessmentRule.RESULTS.contains(a.result())) {
        problems.add(field + "的考核结果“" + a.result() + "”应为以下之一：" + String.join("、", AssessmentRule.RESULTS));
      }
    }
    for (int i = 0; i < p.continuingEducation().size(); i++) {
      ApplicantProfile.ContinuingEducation c = p.continuingEducation().get(i);
      String field = "继续教育学时第" + (i + 1) + "行（continuingEducation[" + i + "]）";
      boolean hasHours = c.professional() != null || c.industryPublic() != null || c.generalPublic() != null;
      if (c.year() == null && hasHours) {
        problems.add(field + "有学时但没有年度");
      }
      year(c.year(), field).ifPresent(problems::add);
      hours(c.professional(), field, "专业科目").ifPresent(problems::add);
      hours(c.industryPublic(), field, "行业公需").ifPresent(problems::add);
      hours(c.generalPublic(), field, "一般公需").ifPresent(problems::add);
    }
    return problems;
  }

  private static Optional<String> date(String value, String field) {
    if (ApplicantProfile.blank(value)) {
      return Optional.empty();
    }
    Optional<LocalDate> d = Dates.parse(value);
    if (d.isEmpty()) {
      return Optional.of(field + "“" + value + "”不是日期（应为 yyyy-MM-dd，如 2018-06-30）");
    }
    if (d.get().getYear() < FIRST_YEAR || d.get().getYear() > LAST_YEAR) {
      return Optional.of(field + "“" + value + "”的年份不合理");
    }
    return Optional.empty();
  }

  private static Optional<String> oneOf(String value, List<String> allowed, String field) {
    return ApplicantProfile.blank(value) || allowed.contains(value) ? Optional.empty()
        : Optional.of(field + "“" + value + "”应为以下之一：" + String.join("、", allowed));
  }

  private static Optional<String> year(Integer year, String field) {
    return year == null || (year >= FIRST_YEAR && year <= LAST_YEAR) ? Optional.empty()
        : Optional.of(field + "的年度" + year + "不合理");
  }

  private static Optional<String> hours(Integer hours, String field, String kind) {
    return hours == null || hours >= 0 ? Optional.empty()
        : Optional.of(field + "的" + kind + "学时不能为负数（" + hours + "）");
  }
}
