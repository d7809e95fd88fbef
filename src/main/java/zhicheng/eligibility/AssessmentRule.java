package zhicheng.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import zhicheng.plan.Plan;

/**
 * Annual assessments (年度考核): each of the plan's recent years must be 合格 or better. seed 001 三、（二）:
 * 近两年年度考核合格以上; seed 004 附件1 三: 近三年年度考核合格（含）以上, filled in year by year as “2020年合格”
 * “2021年优秀”“2022年优秀” for the 2023 round (附件2 三、3), i.e. the years before the plan's year.
 */
public final class AssessmentRule {

  /** 合格（含）以上. */
  public static final Set<String> PASSING = Set.of("优秀", "合格");
  public static final List<String> RESULTS = List.of("优秀", "合格", "基本合格", "不合格");

  private AssessmentRule() {}

  public static Optional<Finding> check(ApplicantProfile p, Plan plan) {
    List<Integer> years = plan.rules().assessmentYearList();
    if (years.isEmpty()) {
      return Optional.empty();
    }
    String clause = plan.sourceOf("assessmentYears");
    String source = Sources.of(plan) + (clause.isBlank() ? "年度考核要求" : clause);
    List<String> problems = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (int year : years) {
      Optional<String> result = p.assessments().stream().filter(a -> a.year() != null && a.year() == year)
          .map(ApplicantProfile.Assessment::result).filter(r -> r != null && !r.isBlank()).findFirst();
      if (result.isEmpty()) {
        problems.add("缺少" + year + "年的年度考核结果");
      } else if (!PASSING.contains(result.get())) {
        problems.add(year + "年考核为“" + result.get() + "”");
      } else {
        seen.add(year + "年" + result.get());
      }
    }
    String rule = "须近" + years.size() + "年（" + years.get(0) + "—" + years.get(years.size() - 1) + "年）每年年度考核合格（含）以上";
    return Optional.of(problems.isEmpty()
        ? Finding.pass("annual-assessment", "年度考核" + String.join("、", seen) + "，符合" + rule.substring(1), source)
        : Finding.fail("annual-assessment", rule + "：" + String.join("；", problems), source));
  }
}
