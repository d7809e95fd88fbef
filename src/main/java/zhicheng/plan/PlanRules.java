package zhicheng.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
 * @param continuingEducationYearsByLevel for a plan whose rows evaluate several levels (seed 003), the years per
 *                                level the applicant declares for (中级: 2017–2020, 高级: five years); a level
 *                                not named takes {@code continuingEducationYears}
 */
public record PlanRules(
    String targetLevel,
    String series,
    LocalDate seniorityCutoff,
    int assessmentYears,
    List<Integer> continuingEducationYears,
    String scoringStandard,
    String source,
    Map<String, List<Integer>> continuingEducationYearsByLevel) {

  public static final List<String> LEVELS = List.of("员级", "助理级", "中级", "副高级", "正高级");

  public PlanRules {
    continuingEducationYears = List.copyOf(continuingEducationYears);
    continuingEducationYearsByLevel = continuingEducationYearsByLevel == null ? Map.of()
        : Map.copyOf(continuingEducationYearsByLevel);
  }

  /** Rules with one set of continuing-education years for every level. */
  public PlanRules(String targetLevel, String series, LocalDate seniorityCutoff, int assessmentYears,
      List<Integer> continuingEducationYears, String scoringStandard, String source) {
    this(targetLevel, series, seniorityCutoff, assessmentYears, continuingEducationYears, scoringStandard, source,
        Map.of());
  }

  /**
   * The rules for an applicant who declares for {@code level} (seed 003: the level of the title chosen from a row's
   * 所评/推荐 columns): that level, and its continuing-education years when the plan gives years per level.
   * {@code exemptContinuingEducation}: the row leaves continuing education to another body, no years are checked.
   */
  public PlanRules forLevel(String level, boolean exemptContinuingEducation) {
    List<Integer> years = exemptContinuingEducation ? List.of()
        : continuingEducationYearsByLevel.getOrDefault(level, continuingEducationYears);
    return new PlanRules(level, series, seniorityCutoff, assessmentYears, years, scoringStandard, source,
        continuingEducationYearsByLevel);
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
