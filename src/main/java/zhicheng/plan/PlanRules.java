package zhicheng.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What a plan's notice says about who may apply, read by the eligibility rules. Every field is optional in the
 * plan file; the defaults ask for nothing the notice does not ask for.
 *
 * @param targetLevel             level of the title the plan awards: 助理级, 中级, 副高级 or 正高级 ("" = not set,
 *                                seniority is then not checked)
 * @param series                  the title series (系列), e.g. 工程技术, 工艺美术
 * @param seniorityCutoff         the day seniority is counted to (资历计算截止); default 31 December of the year
 *                                of the applicant deadline
 * @param assessmentYears         how many recent annual assessments must be 合格 or better (0 = none); the years
 *                                are the ones before the cut-off year (seed 004 附件2 三、3: a 2023 plan asks for
 *                                “2020年合格”“2021年优秀”“2022年优秀”)
 * @param continuingEducationYears the years whose continuing-education hours are checked (empty = none)
 * @param scoringStandard         id of the self-score standard for 自评分申报 ("" = none)
 * @param source                  where the notice says so, for people checking the plan
 */
public record PlanRules(
    String targetLevel,
    String series,
    LocalDate seniorityCutoff,
    int assessmentYears,
    List<Integer> continuingEducationYears,
    String scoringStandard,
    String source) {

  public static final List<String> LEVELS = List.of("员级", "助理级", "中级", "副高级", "正高级");

  public PlanRules {
    continuingEducationYears = List.copyOf(continuingEducationYears);
  }

  /** Nothing asked beyond what every plan has: seniority to 31 December of the applicant deadline's year. */
  public static PlanRules defaults(LocalDate applicantDeadline) {
    return new PlanRules("", "", LocalDate.of(applicantDeadline.getYear(), 12, 31), 0, List.of(), "", "");
  }

  /** The year the plan's seniority is counted in (申报年度). */
  public int year() {
    return seniorityCutoff.getYear();
  }

  /** The assessment years asked for: the {@code assessmentYears} years before the plan's year, oldest first. */
  public List<Integer> assessmentYearList() {
    return java.util.stream.IntStream.range(0, assessmentYears).map(i -> year() - assessmentYears + i).boxed().toList();
  }
}
