package zhicheng.eligibility;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import zhicheng.scoring.ScoreClaim;

/**
 * What the rules need to know about an applicant, as the start form (or a REST client) sends it: a plain
 * record stored as the JSON process variable {@code profile}. Dates are strings (yyyy-MM-dd) exactly as
 * forms send them; {@link Dates} reads them and a malformed one becomes a finding, not an exception.
 *
 * @param education              highest education: 博士研究生, 硕士研究生, 第二学士学位, 大学本科, 大学专科, 中专, 其他
 * @param engineeringDoctorate   holds an engineering doctorate (工程博士学位, seed 004 附件1 二（一）1)
 * @param degreeRelated          what was studied is the same as or close to the field applied for (null = yes)
 * @param fieldWorkSince         since when working in this or a related field (从事本专业或相近专业工作)
 * @param currentTitleLevel      level of the current title: 无, 员级, 助理级, 中级, 副高级, 正高级
 * @param currentTitleSeries     series of the current title
 * @param currentTitleDate       since when holding (or employed in) the current title
 * @param otherSeriesSeniorTitle a senior title of another series (转评), or blank
 * @param transferredIntoFieldDate since when working in this field after that title (转评)
 * @param skillLevel             高级工, 技师 or 高级技师, or blank
 * @param skillDate              since when holding that skill level
 * @param licences               national registered qualifications (国家注册类执业资格)
 * @param honours                honours that open the high-skill route directly
 * @param assessments            annual assessments by year: 优秀, 合格, 基本合格, 不合格
 * @param continuingEducation    continuing-education hours per year
 * @param employerType           企业 or 事业单位
 * @param civilServant           civil servant or managed as one (公务员或参照公务员法管理)
 * @param outOfProvince          central-unit (部属单位) or out-of-province staff
 * @param exceptionalConditions  numbers (1–6) of the exceptional-route conditions claimed
 * @param expertRecommendation   the expert recommendation for the direct route
 * @param selfScoreClaims        the self-score items claimed (自评分申报)
 * @param targetTitle            the title declared for, chosen from a plan-table row's 所评/推荐 columns (seed 003
 *                               附件1); blank for a plan of one level
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicantProfile(
    String education,
    Boolean engineeringDoctorate,
    Boolean degreeRelated,
    String fieldWorkSince,
    String currentTitleLevel,
    String currentTitleSeries,
    String currentTitleDate,
    String otherSeriesSeniorTitle,
    String transferredIntoFieldDate,
    String skillLevel,
    String skillDate,
    List<String> licences,
    List<String> honours,
    List<Assessment> assessments,
    List<ContinuingEducation> continuingEducation,
    String employerType,
    Boolean civilServant,
    Boolean outOfProvince,
    List<Integer> exceptionalConditions,
    ExpertRecommendation expertRecommendation,
    List<ScoreClaim> selfScoreClaims,
    String targetTitle) {

  public ApplicantProfile {
    licences = nonNull(licences).stream().filter(s -> s != null && !s.isBlank()).toList();
    honours = nonNull(honours).stream().filter(s -> s != null && !s.isBlank()).toList();
    assessments = nonNull(assessments);
    continuingEducation = nonNull(continuingEducation);
    exceptionalConditions = nonNull(exceptionalConditions);
    // the form has fixed rows of claims: a row left empty is no claim
    selfScoreClaims = nonNull(selfScoreClaims).stream().filter(c -> c.item() != null && !c.item().isBlank()).toList();
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
  }

  public boolean isCivilServant() {
    return Boolean.TRUE.equals(civilServant);
  }

  public boolean isOutOfProvince() {
    return Boolean.TRUE.equals(outOfProvince);
  }

  public boolean hasEngineeringDoctorate() {
    return Boolean.TRUE.equals(engineeringDoctorate);
  }

  /** Unless the applicant says otherwise, the degree is taken as matching the field (reviewers check it). */
  public boolean isDegreeRelated() {
    return !Boolean.FALSE.equals(degreeRelated);
  }

  public boolean isPublicInstitution() {
    return "事业单位".equals(employerType);
  }

  /**
   * The same profile with what the declaration says outside the profile (education, title date): those fields of
   * the declaration are what reviewers read and what a correction changes, so they win where given.
   */
  public ApplicantProfile withDeclared(String declaredEducation, String declaredTitleDate) {
    return new ApplicantProfile(
        blank(declaredEducation) ? education : declaredEducation, engineeringDoctorate, degreeRelated, fieldWorkSince,
        currentTitleLevel, currentTitleSeries, blank(declaredTitleDate) ? currentTitleDate : declaredTitleDate,
        otherSeriesSeniorTitle, transferredIntoFieldDate, skillLevel, skillDate, licences, honours, assessments,
        continuingEducation, employerType, civilServant, outOfProvince, exceptionalConditions,
        expertRecommendation, selfScoreClaims, targetTitle);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** One year's annual assessment (年度考核). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Assessment(Integer year, String result) {}

  /**
   * One year's continuing-education hours: 专业科目, 行业公需科目, 一般公需科目. 公需 = 行业公需 + 一般公需.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ContinuingEducation(Integer year, Integer professional, Integer industryPublic, Integer generalPublic) {

    int professionalHours() {
      return professional == null ? 0 : professional;
    }

    int generalPublicHours() {
      return generalPublic == null ? 0 : generalPublic;
    }

    int publicHours() {
      return (industryPublic == null ? 0 : industryPublic) + generalPublicHours();
    }

    int total() {
      return professionalHours() + publicHours();
    }
  }

  /**
   * The 直接申报专家推荐表 of seed 000 附件3: 推荐人姓名、职称(荣誉)、联系方式、工作单位、推荐理由; {@code achievements}
   * are the landmark achievements the reasons must name (附件1（四）: 推荐理由中应写明取得的标志性业绩成果), listed
   * on their own so the system can require them and the committee reads them at once.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ExpertRecommendation(String name, String title, String contact, String unit, String reasons,
      String achievements) {}

}
