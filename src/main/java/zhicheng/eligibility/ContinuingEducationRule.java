package zhicheng.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import zhicheng.plan.Plan;

/**
 * Continuing education (继续教育): for each of the plan's years, the hours the plan's notice asks (decision
 * table {@code continuing-education}: 90 a year, at least 60 professional, 18 public, and for seed 001 at least
 * 12 of them general public).
 */
public final class ContinuingEducationRule {

  private ContinuingEducationRule() {}

  public static Optional<Finding> check(ApplicantProfile p, Plan plan, Decisions decisions) {
    List<Integer> years = plan.rules().continuingEducationYears();
    if (years.isEmpty()) {
      return Optional.empty();
    }
    List<Map<String, Object>> rows = decisions.evaluate(Decisions.CONTINUING_EDUCATION, Map.of("notice", plan.notice()));
    if (rows.isEmpty()) {
      return Optional.of(Finding.fail("continuing-education", "决策表 continuing-education 中没有“" + plan.notice()
          + "”的继续教育学时要求，请管理员补充", Sources.of(plan)));
    }
    Map<String, Object> row = rows.get(0);
    int total = number(row, "hoursPerYear");
    int professional = number(row, "professional");
    int publicHours = number(row, "publicHours");
    int general = number(row, "generalPublic");
    String source = (String) row.get("source");
    String rule = "每年不少于" + total + "学时，其中专业科目不少于" + professional + "学时、公需科目不少于" + publicHours
        + "学时" + (general > 0 ? "（一般公需科目不少于" + general + "学时）" : "");
    List<String> problems = new ArrayList<>();
    for (int year : years) {
      Optional<ApplicantProfile.ContinuingEducation> h = p.continuingEducation().stream()
          .filter(c -> c.year() != null && c.year() == year).findFirst();
      if (h.isEmpty()) {
        problems.add("缺少" + year + "年的学时");
        continue;
      }
      List<String> short_ = new ArrayList<>();
      if (h.get().total() < total) {
        short_.add("合计" + h.get().total() + "学时");
      }
      if (h.get().professionalHours() < professional) {
        short_.add("专业科目" + h.get().professionalHours() + "学时");
      }
      if (h.get().publicHours() < publicHours) {
        short_.add("公需科目" + h.get().publicHours() + "学时");
      }
      if (h.get().generalPublicHours() < general) {
        short_.add("一般公需科目" + h.get().generalPublicHours() + "学时");
      }
      if (!short_.isEmpty()) {
        problems.add(year + "年" + String.join("、", short_));
      }
    }
    String yearsText = years.get(0) + (years.size() > 1 ? "—" + years.get(years.size() - 1) : "") + "年";
    return Optional.of(problems.isEmpty()
        ? Finding.pass("continuing-education", yearsText + "继续教育学时均符合要求（" + rule + "）", source)
        : Finding.fail("continuing-education", yearsText + "继续教育须" + rule + "：" + String.join("；", problems), source));
  }

  private static int number(Map<String, Object> row, String name) {
    return ((Number) row.get(name)).intValue();
  }
}
