package zhicheng.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import zhicheng.plan.Plan;
import zhicheng.plan.PlanRules;
import zhicheng.scoring.Score;
import zhicheng.scoring.ScoreCalculator;
import zhicheng.scoring.ScoringStandard;
import zhicheng.scoring.ScoringStandards;

/**
 * The declaration routes (申报途径): whether the plan offers the route, whether the applicant has the years the
 * route asks for (decision table {@code route-years}, counted in whole years to the plan's cut-off day), and
 * what each route asks besides: the honours of the high-skill route, the conditions of the exceptional route,
 * the expert recommendation of the direct route, the self-score of the self-score route.
 */
public final class RouteRules {

  public static final String NORMAL = "正常申报";
  public static final String TRANSFER = "转评";
  public static final String HIGH_SKILL = "高技能人才申报";
  public static final String EXCEPTIONAL = "破格申报";
  public static final String DIRECT = "直接申报";
  public static final String SELF_SCORE = "自评分申报";

  /** Educations that meet 大学本科毕业以上学历 (seed 004 附件1 二（一）2). */
  static final Set<String> BACHELOR_OR_ABOVE = Set.of("大学本科", "第二学士学位", "硕士研究生", "博士研究生");
  /** Basis of the exceptional route for those without the required education (seed 004 附件1 二（四）). */
  static final String WITHOUT_EDUCATION = "不具备规定学历";

  private final Decisions decisions;
  private final ScoringStandards scoring;

  public RouteRules(Decisions decisions, ScoringStandards scoring) {
    this.decisions = decisions;
    this.scoring = scoring;
  }

  public List<Finding> check(String route, ApplicantProfile p, Plan plan) {
    List<Finding> findings = new ArrayList<>();
    PlanRules rules = plan.rules();
    if (route == null || !plan.routes().contains(route)) {
      findings.add(Finding.fail("route-offered", "“" + plan.title() + "”的申报途径为" + String.join("、", plan.routes())
          + "，不接受“" + route + "”（" + plan.notice() + "）", Sources.of(plan) + plan.sourceOf("routes")));
      return findings;
    }
    if (rules.targetLevel().isEmpty()) {
      findings.add(Finding.pass("route-years", "申报计划未设定申报职称层级，资历年限未自动核验，由审核人核实",
          Sources.of(plan) + plan.sourceOf("routes")));
      return findings;
    }
    Optional<Finding> honours = route.equals(HIGH_SKILL) ? honours(p, rules.targetLevel()) : Optional.empty();
    if (honours.isPresent()) {
      findings.add(honours.get());
    } else {
      findings.add(years(route, p, plan));
    }
    switch (route) {
      case EXCEPTIONAL -> findings.add(exceptional(p, plan));
      case DIRECT -> findings.add(recommendation(p));
      case SELF_SCORE -> findings.add(selfScore(p, rules));
      default -> { }
    }
    return findings;
  }

  /** A listed honour opens the high-skill route whatever the years. */
  private static Optional<Finding> honours(ApplicantProfile p, String level) {
    return p.honours().stream().filter(Honours.forLevel(level)::contains).findFirst()
        .map(h -> Finding.pass("route-years", "高技能人才申报：“" + h + "”可直接申报" + level + "职称，不受资历年限限制",
            Honours.source(level)));
  }

  private Finding years(String route, ApplicantProfile p, Plan plan) {
    PlanRules rules = plan.rules();
    List<String> bases = bases(route, p, rules);
    if (bases.isEmpty() && route.equals(NORMAL) && !educationCounts(p, rules)) {
      return Finding.fail("route-years", route + "：所学专业与申报专业不一致或不相近，视为不具备规定学历"
          + "（已取得所从事专业国家注册类资格证书的除外），可考虑其他申报途径", Sources.DEGREE_FIELD);
    }
    if (bases.isEmpty()) {
      return Finding.fail("route-years", route + "：" + switch (route) {
        case TRANSFER -> "请填写已取得的其他系列高级职称";
        case HIGH_SKILL -> "请填写职业技能等级（高级工、技师或高级技师）及取得时间";
        default -> "请填写学历";
      }, routeSource(route, plan));
    }
    List<String> shortfalls = new ArrayList<>();
    for (String basis : bases) {
      List<Map<String, Object>> rows = decisions.evaluate(Decisions.ROUTE_YEARS, inputs(route, plan, basis,
          p.employerType() == null ? "" : p.employerType()));
      if (rows.isEmpty()) {
        shortfalls.add("通知未规定" + basis + "者以" + route + "申报" + rules.targetLevel() + "职称的资历条件"
            + (p.isPublicInstitution() ? "（按学历申报的条件仅适用于企业专业技术人员）" : ""));
        continue;
      }
      Map<String, Object> row = rows.get(0);
      Optional<String> shortfall = shortfall(row, p, rules.seniorityCutoff());
      if (shortfall.isEmpty()) {
        String achieved = achieved(row, p, rules);
        return Finding.pass("route-years", route + "：" + row.get("condition") + (achieved.isEmpty() ? "" : "。" + achieved),
            (String) row.get("source"));
      }
      shortfalls.add(row.get("condition") + "。" + shortfall.get());
    }
    String source = sourceOf(route, p, plan, bases);
    return Finding.fail("route-years", route + "：" + String.join("；或", shortfalls), source);
  }

  /** The inputs of route-years: the plan's notice (文号) lets a row hold for one notice only. */
  private static Map<String, Object> inputs(String route, Plan plan, String basis, String employerType) {
    return Map.of("route", route, "notice", plan.notice(), "targetLevel", plan.rules().targetLevel(),
        "series", plan.rules().series(), "basis", basis, "employerType", employerType);
  }

  /** The candidate bases of a route, best first: each is one column value of route-years. */
  static List<String> bases(String route, ApplicantProfile p, PlanRules rules) {
    Set<String> bases = new LinkedHashSet<>();
    boolean educationCounts = educationCounts(p, rules);
    switch (route) {
      case NORMAL -> {
        if (educationCounts && p.hasEngineeringDoctorate()) {
          bases.add("工程博士");
        }
        if (educationCounts && !ApplicantProfile.blank(p.education())) {
          bases.add(p.education());
        }
        if (!p.licences().isEmpty()) {
          bases.add("执业资格");
        }
      }
      case TRANSFER -> {
        if (!ApplicantProfile.blank(p.otherSeriesSeniorTitle())) {
          bases.add("其他系列高级职称");
        }
      }
      case HIGH_SKILL -> {
        if (!ApplicantProfile.blank(p.skillLevel())) {
          bases.add(p.skillLevel());
        }
      }
      case EXCEPTIONAL -> bases.add(educationCounts && BACHELOR_OR_ABOVE.contains(p.education())
          ? p.education() : WITHOUT_EDUCATION);
      default -> bases.add("无");
    }
    return List.copyOf(bases);
  }

  /**
   * seed 004 附件1 二: 申报人所学专业与从事专业原则上须一致或相近，否则视为不具备规定学历，已取得所从事专业
   * 国家注册类资格证书的除外 -- for the engineering series (工程技术) that notice governs.
   */
  static boolean educationCounts(ApplicantProfile p, PlanRules rules) {
    return !"工程技术".equals(rules.series()) || p.isDegreeRelated() || !p.licences().isEmpty();
  }

  private static Optional<String> shortfall(Map<String, Object> row, ApplicantProfile p, LocalDate cutoff) {
    String requiredLevel = (String) row.get("requiredTitleLevel");
    if (requiredLevel != null && !requiredLevel.isEmpty() && !requiredLevel.equals(p.currentTitleLevel())) {
      return Optional.of("须现任" + requiredLevel + "专业技术职务，申报人现任职务层级为“"
          + (ApplicantProfile.blank(p.currentTitleLevel()) ? "未填写" : p.currentTitleLevel()) + "”");
    }
    int years = ((Number) row.get("years")).intValue();
    if (years == 0) {
      return Optional.empty();
    }
    String from = (String) row.get("countFrom");
    Optional<LocalDate> start = Dates.parse(startValue(from, p));
    if (start.isEmpty()) {
      return Optional.of("请填写" + startLabel(from) + "（yyyy-MM-dd）");
    }
    int have = Dates.wholeYears(start.get(), cutoff);
    return have >= years ? Optional.empty() : Optional.of(startLabel(from) + Dates.chinese(start.get()) + "，至"
        + Dates.chinese(cutoff) + "满" + have + "年，不足" + years + "年");
  }

  private static String achieved(Map<String, Object> row, ApplicantProfile p, PlanRules rules) {
    int years = ((Number) row.get("years")).intValue();
    if (years == 0) {
      // no years to count: the condition (a route without seniority, or one the reviewers check) says it all
      return "";
    }
    String from = (String) row.get("countFrom");
    LocalDate start = Dates.parse(startValue(from, p)).orElseThrow();
    return startLabel(from) + Dates.chinese(start) + "，至" + Dates.chinese(rules.seniorityCutoff()) + "满"
        + Dates.wholeYears(start, rules.seniorityCutoff()) + "年，符合（须满" + years + "年）";
  }

  private static String startValue(String countFrom, ApplicantProfile p) {
    return switch (countFrom) {
      case "现任职务" -> p.currentTitleDate();
      case "技能等级" -> p.skillDate();
      case "转入本专业" -> p.transferredIntoFieldDate();
      default -> p.fieldWorkSince();
    };
  }

  private static String startLabel(String countFrom) {
    return switch (countFrom) {
      case "现任职务" -> "现任职务取得时间";
      case "技能等级" -> "职业技能等级取得时间";
      case "转入本专业" -> "转入本专业工作时间";
      default -> "从事本专业工作起始时间";
    };
  }

  /** Where the notice sets a route's conditions, for a finding about a route the applicant gave nothing for. */
  private String routeSource(String route, Plan plan) {
    for (String basis : List.of("其他系列高级职称", "高级工", "技师", "高级技师", "大学本科", "工程博士", "执业资格", "大学专科",
        WITHOUT_EDUCATION, "无")) {
      List<Map<String, Object>> rows = decisions.evaluate(Decisions.ROUTE_YEARS, inputs(route, plan, basis, "企业"));
      if (!rows.isEmpty()) {
        return (String) rows.get(0).get("source");
      }
    }
    return Sources.of(plan) + " 申报途径";
  }

  private String sourceOf(String route, ApplicantProfile p, Plan plan, List<String> bases) {
    for (String basis : bases) {
      List<Map<String, Object>> rows = decisions.evaluate(Decisions.ROUTE_YEARS, inputs(route, plan, basis,
          String.valueOf(p.employerType())));
      if (!rows.isEmpty()) {
        return (String) rows.get(0).get("source");
      }
    }
    return routeSource(route, plan);
  }

  private Finding exceptional(ApplicantProfile p, Plan plan) {
    String level = plan.rules().targetLevel();
    List<String> conditions = ExceptionalConditions.forLevel(level);
    String source = level.equals("中级") ? Sources.EXCEPTIONAL_002 : Sources.EXCEPTIONAL_004;
    List<Map<String, Object>> rows = decisions.evaluate(Decisions.ROUTE_YEARS,
        inputs(EXCEPTIONAL, plan, WITHOUT_EDUCATION, ""));
    int required = rows.isEmpty() ? 0 : ((Number) rows.get(0).get("minConditions")).intValue();
    if (!rows.isEmpty() && required == 0) {
      // the notice names the approval form but not the conditions (seed 003 二、（一）): the reviewers judge them
      return Finding.pass("exceptional-conditions", "破格申报：本通知未列明破格条件，由审核人依据《破格推荐专业技术职务任职资格审批表》"
          + "及佐证材料核实", (String) rows.get(0).get("source"));
    }
    if (conditions.isEmpty() || rows.isEmpty()) {
      return Finding.fail("exceptional-conditions", "通知未规定破格申报" + level + "职称的条件", Sources.of(plan));
    }
    Set<Integer> claimed = new java.util.TreeSet<>();
    List<String> notMet = new ArrayList<>();
    for (Integer n : p.exceptionalConditions()) {
      if (n < 1 || n > conditions.size()) {
        continue;
      }
      if (level.equals("副高级") && n == 6) {
        Optional<String> problem = seniorCondition6(p, plan.rules().seniorityCutoff());
        if (problem.isPresent()) {
          notMet.add(problem.get());
          continue;
        }
      }
      claimed.add(n);
    }
    String list = claimed.isEmpty() ? "未选择任何一项" : "具备第" + join(claimed) + "项";
    String message = "破格申报须具备" + conditions.size() + "项条件中的" + required + "项以上，申报人" + list
        + (notMet.isEmpty() ? "" : "（" + String.join("；", notMet) + "）")
        + "；所选条件由审核人依据《破格推荐专业技术职务任职资格审批表》及佐证材料核实";
    return claimed.size() >= required
        ? Finding.pass("exceptional-conditions", message, source)
        : Finding.fail("exceptional-conditions", message, source);
  }

  /** seed 004 破格条件6 is a matter of record: 大专 + 20 years, 中专 + 25 years of engineering work. */
  private static Optional<String> seniorCondition6(ApplicantProfile p, LocalDate cutoff) {
    int needed = switch (String.valueOf(p.education())) {
      case "大学专科" -> ExceptionalConditions.COLLEGE_YEARS;
      case "中专" -> ExceptionalConditions.SECONDARY_YEARS;
      default -> -1;
    };
    if (needed < 0) {
      return Optional.of("第6项仅适用于大专或中专学历");
    }
    Optional<LocalDate> since = Dates.parse(p.fieldWorkSince());
    int have = since.map(s -> Dates.wholeYears(s, cutoff)).orElse(0);
    return have >= needed ? Optional.empty()
        : Optional.of("第6项须" + p.education() + "学历从事工程技术工作" + needed + "年以上，至" + Dates.chinese(cutoff)
            + "满" + have + "年");
  }

  private static Finding recommendation(ApplicantProfile p) {
    ApplicantProfile.ExpertRecommendation r = p.expertRecommendation();
    List<String> missing = new ArrayList<>();
    if (r == null || ApplicantProfile.blank(r.name())) {
      missing.add("推荐人姓名");
    }
    if (r == null || ApplicantProfile.blank(r.title())) {
      missing.add("推荐人职称（荣誉）");
    }
    if (r == null || ApplicantProfile.blank(r.unit())) {
      missing.add("推荐人工作单位");
    }
    if (r == null || ApplicantProfile.blank(r.contact())) {
      missing.add("推荐人联系方式");
    }
    if (r == null || ApplicantProfile.blank(r.reasons())) {
      missing.add("推荐理由");
    }
    if (r == null || ApplicantProfile.blank(r.achievements())) {
      missing.add("推荐理由中写明的标志性业绩成果");
    }
    return missing.isEmpty()
        ? Finding.pass("expert-recommendation", "直接申报：已填写《直接申报专家推荐表》，推荐人" + r.name() + "（"
            + r.title() + "），推荐理由写明的标志性业绩成果：" + r.achievements().trim() + "（是否属标志性业绩成果由评委会认定）",
            Sources.DIRECT)
        : Finding.fail("expert-recommendation", "直接申报须提交《直接申报专家推荐表》，缺少：" + String.join("、", missing),
            Sources.DIRECT);
  }

  private Finding selfScore(ApplicantProfile p, PlanRules rules) {
    Optional<ScoringStandard> standard = scoring.find(rules.scoringStandard());
    if (standard.isEmpty()) {
      return Finding.fail("self-score", "本申报计划未设定量化评分标准，不能以自评分申报", Sources.SELF_SCORE);
    }
    List<String> problems = ScoreCalculator.problems(standard.get(), p.selfScoreClaims());
    if (!problems.isEmpty()) {
      return Finding.fail("self-score", "自评分无法计算：" + String.join("；", problems), Sources.SELF_SCORE);
    }
    Score score = ScoreCalculator.score(standard.get(), p.selfScoreClaims());
    String message = "按《" + standard.get().title() + "》自评" + score.total() + "分（封顶后），"
        + (score.qualifies() ? "达到" : "未达到") + score.threshold() + "分";
    return score.qualifies() ? Finding.pass("self-score", message, Sources.SELF_SCORE)
        : Finding.fail("self-score", message, Sources.SELF_SCORE);
  }

  private static String join(Set<Integer> numbers) {
    return String.join("、", numbers.stream().map(String::valueOf).toList());
  }
}
