package zhicheng.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import zhicheng.documents.DocumentKind;
import zhicheng.achievements.Achievement;
import zhicheng.achievements.AchievementArchive;
import zhicheng.achievements.AchievementUse;
import zhicheng.documents.AchievementLine;
import zhicheng.documents.EvaluationFormData;
import zhicheng.scoring.AchievementScore;
import zhicheng.scoring.ScoreCalculator;
import zhicheng.scoring.ScoreClaim;
import zhicheng.scoring.ScoringStandard;
import zhicheng.documents.ExceptionalApprovalData;
import zhicheng.documents.ExpertRecommendationData;
import zhicheng.documents.LevelOpinion;
import zhicheng.documents.PostInfoData;
import zhicheng.documents.PublicityListData;
import zhicheng.eligibility.ApplicantProfile;
import zhicheng.eligibility.Dates;
import zhicheng.eligibility.ExceptionalConditions;
import zhicheng.eligibility.RouteRules;
import zhicheng.eligibility.TargetTitle;
import zhicheng.organisation.Organisation;
import zhicheng.plan.LevelStep;
import zhicheng.plan.Plan;
import zhicheng.process.PersonNames;
import zhicheng.vocabulary.ChinaTime;

/**
 * The data records of an application's documents, from what the application holds ({@link ApplicationFacts}) and
 * its plan. Engine-free. Every date a record carries comes from the data (the latest decision it prints, else the
 * declaration), never from the clock, so the same data gives the same record and the same PDF: the store then
 * keeps no new version. What the application does not hold is left null and prints "—". The title applied for
 * (申报资格) is the applicant's declared title where the plan asks for one (a row of seed 003 附件1), else what the
 * plan confers; reviewers are printed by name and id ({@link PersonNames}).
 */
public final class DocumentData {

  /** The reviewer's decisions a form prints (ReviewCompletedListener); 重新提交 and 逾期 are not opinions. */
  static final List<String> DECISIONS = List.of("通过", "退回", "不通过");
  /** The applicant's own entry that opens the trail (AcceptDeclarationDelegate). */
  static final String DECLARED = "提交申报";
  /** The 公示表's summary of achievements: the start of 本人述职. */
  static final int SUMMARY_MAX = 80;
  private static final OffsetDateTime NO_DATE = OffsetDateTime.parse("1970-01-01T08:00:00+08:00");

  private DocumentData() {}

  // ---- 专业技术职务任职资格评审表 ----

  /**
   * Seed 004 附件2 二、8 (评审表一式3份, the plan's copies) with the title applied for (申报资格: seed 004 附件5
   * 破格推荐何专业技术职务任职资格 and the 评审表 name it), each level's latest decision, who (by name) and when;
   * assessments and continuing-education hours year by year as the eligibility profile holds them.
   */
  public static EvaluationFormData evaluationForm(ApplicationFacts a, Plan plan, PersonNames names) {
    List<LevelOpinion> levels = opinions(a.chain(), a.trail(), names);
    return new EvaluationFormData(a.businessKey(), a.planTitle(), a.planNotice(), a.committeeName(), a.applicant(),
        appliedQualification(a, plan), assessments(a.profile()), continuingEducation(a.profile()), a.statement(),
        levels, asOf(a, a.chain().stream().map(LevelStep::name).toList()), copies(plan, DocumentKind.EVALUATION_FORM));
  }

  /**
   * The achievements the application went with, as the evaluation form lists them: the unit's finding (待核实 until
   * given) and, for a confirmed row naming an item of the plan's standard, its points after every rule and cap.
   */
  public static List<AchievementLine> achievementLines(AchievementArchive archive, String applicationId,
      ScoringStandard standard, ApplicationFacts a) {
    java.util.Map<String, Integer> points = new java.util.HashMap<>();
    confirmedScore(archive, applicationId, standard, a).ifPresent(s -> s.findings().forEach(
        f -> points.put(f.id(), f.points())));
    List<AchievementLine> lines = new ArrayList<>();
    for (Achievement row : archive.forApplication(applicationId)) {
      AchievementUse use = row.uses().isEmpty() ? null : row.uses().get(0);
      String found = use == null || use.confirmation() == null ? "待核实"
          : use.reason() == null ? use.confirmation() : use.confirmation() + "（" + use.reason() + "）";
      String title = row.work() == null || row.title().contains(row.work()) ? row.title()
          : row.title() + "（" + row.work() + "）";
      lines.add(new AchievementLine(row.kind(), title, row.date(), found, points.get(String.valueOf(row.id()))));
    }
    return lines;
  }

  /**
   * The self-score of the unit-confirmed achievements beside the applicant's own claim (浙经信消费〔2022〕35号 附件1
   * （十一）: every route submits the 量化评分标准), or null for a plan without a standard.
   */
  public static String scoreLine(AchievementArchive archive, String applicationId, ScoringStandard standard,
      ApplicationFacts a) {
    if (standard == null) {
      return null;
    }
    List<ScoreClaim> claims = a.profile().selfScoreClaims();
    String claimed = claims.isEmpty() || !ScoreCalculator.problems(standard, claims).isEmpty() ? "未填报"
        : ScoreCalculator.score(standard, claims).total() + "分";
    return confirmedScore(archive, applicationId, standard, a)
        .map(s -> "按经单位核实的业绩（学历、从业年限按申报填报）计" + s.total() + "分；申报人自评" + claimed + "（"
            + standard.notice() + "）")
        .orElse("尚无经单位核实的计分业绩；申报人自评" + claimed + "（" + standard.notice() + "）");
  }

  private static java.util.Optional<AchievementScore> confirmedScore(AchievementArchive archive, String applicationId,
      ScoringStandard standard, ApplicationFacts a) {
    String titleDate = ApplicationFacts.day(a.currentTitleDate());
    if (standard == null || titleDate == null) {
      return java.util.Optional.empty();
    }
    try {
      return archive.scoreConfirmed(applicationId, standard, titleDate, a.profile().selfScoreClaims());
    } catch (AchievementArchive.RefusedException e) {
      // a title date the scorer cannot use (malformed): the form lists the rows without points
      return java.util.Optional.empty();
    }
  }

  /** Each level of the chain with its latest decision from the trail (the reviewer by name), or pending. */
  static List<LevelOpinion> opinions(List<LevelStep> chain, List<TrailEntry> trail, PersonNames names) {
    List<LevelOpinion> levels = new ArrayList<>();
    for (LevelStep step : chain) {
      levels.add(latestDecision(step.name(), trail)
          .map(e -> new LevelOpinion(step.name(), e.action(), e.text(), names.label(e.actor()), minute(e.at())))
          .orElse(LevelOpinion.pending(step.name())));
    }
    return levels;
  }

  private static Optional<TrailEntry> latestDecision(String level, List<TrailEntry> trail) {
    TrailEntry latest = null;
    for (TrailEntry e : trail) {
      if (e.level().equals(level) && DECISIONS.contains(e.action())) {
        latest = e;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * The date of a document's data: the latest decision it prints (of the named levels), else the declaration. A
   * step that changes nothing printed (a publicity, a deadline, a payment) leaves it as it was.
   */
  static OffsetDateTime asOf(ApplicationFacts a, List<String> levels) {
    String at = null;
    for (TrailEntry e : a.trail()) {
      if (DECLARED.equals(e.action()) && at == null) {
        at = e.at();
      }
    }
    for (String level : levels) {
      String decided = latestDecision(level, a.trail()).map(TrailEntry::at).orElse(null);
      if (decided != null && (at == null || OffsetDateTime.parse(decided).isAfter(OffsetDateTime.parse(at)))) {
        at = decided;
      }
    }
    return at == null ? NO_DATE : OffsetDateTime.parse(at);
  }

  /** "2020年 合格", by year; rows the form left empty are not rows. */
  static List<String> assessments(ApplicantProfile p) {
    return p.assessments().stream()
        .filter(x -> x.year() != null || !blank(x.result()))
        .sorted(Comparator.comparing(ApplicantProfile.Assessment::year, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(x -> (x.year() == null ? "—" : x.year() + "年") + " " + (blank(x.result()) ? "—" : x.result().trim()))
        .toList();
  }

  /**
   * "2021年 90学时（专业科目60，行业公需18，一般公需12）；…；合计270学时" (seed 004 附件1 三: 2021、2022、2023年三年共270学时，
   * 每年专业科目不少于60学时，公需科目不少于18学时); null when the profile has no hours.
   */
  static String continuingEducation(ApplicantProfile p) {
    List<ApplicantProfile.ContinuingEducation> rows = p.continuingEducation().stream()
        .filter(c -> c.year() != null || c.professional() != null || c.industryPublic() != null
            || c.generalPublic() != null)
        .sorted(Comparator.comparing(ApplicantProfile.ContinuingEducation::year,
            Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
    if (rows.isEmpty()) {
      return null;
    }
    List<String> years = new ArrayList<>();
    int sum = 0;
    for (ApplicantProfile.ContinuingEducation c : rows) {
      int total = hours(c.professional()) + hours(c.industryPublic()) + hours(c.generalPublic());
      sum += total;
      List<String> parts = new ArrayList<>();
      if (c.professional() != null) {
        parts.add("专业科目" + c.professional());
      }
      if (c.industryPublic() != null) {
        parts.add("行业公需" + c.industryPublic());
      }
      if (c.generalPublic() != null) {
        parts.add("一般公需" + c.generalPublic());
      }
      years.add((c.year() == null ? "—" : c.year() + "年") + " " + total + "学时（" + String.join("，", parts) + "）");
    }
    return String.join("；", years) + (rows.size() > 1 ? "；合计" + sum + "学时" : "");
  }

  // ---- 破格推荐专业技术职务任职资格审批表 ----

  /**
   * For the exceptional route only (seed 004 附件2 二、5.（10）: 破格申报人员需上传《破格推荐高级专业技术职务任职资格审批表》，
   * 注明符合哪几条破格条件; seed 003 二、（一）附件6), in the plan's copies (seed 004 附件2 二、8: 一式2份). The boxes:
   * 所在单位意见 ← the unit level; 主管部门意见 ← the supervising levels (行业主管部门, 区县受理点, 市主管部门: seed 004
   * 附件3 二 names the 区、县（市）经信 and 市直主管受理部门 as the reviewing 管理部门); 人事部门意见 ← the 人力社保 levels
   * (seed 003 附件6: 市（厅、局）人事部门意见). Committees and offices do not sign this form.
   */
  public static Optional<ExceptionalApprovalData> exceptionalApproval(ApplicationFacts a, Plan plan,
      PersonNames names) {
    if (!RouteRules.EXCEPTIONAL.equals(a.route())) {
      return Optional.empty();
    }
    ApplicantProfile p = a.profile();
    String level = targetLevel(a, plan);
    List<LevelStep> unit = levelsOf(a.chain(), Set.of("unit"));
    List<LevelStep> department = levelsOf(a.chain(), Set.of("dept", "county", "city", "province"));
    List<LevelStep> personnel = levelsOf(a.chain(), Set.of("hr"));
    List<String> signing = new ArrayList<>();
    List.of(unit, department, personnel).forEach(l -> l.forEach(s -> signing.add(s.name())));
    return Optional.of(new ExceptionalApprovalData(a.businessKey(), grade(level), a.applicant(), null,
        professionalYears(p, plan), blank(a.education()) ? null : a.education().trim(), a.currentTitle(),
        ApplicationFacts.day(a.currentTitleDate()), appliedQualification(a, plan), null, exceptionalReasons(p, plan),
        opinions(unit, a.trail(), names), opinions(department, a.trail(), names), opinions(personnel, a.trail(), names),
        asOf(a, signing), copies(plan, DocumentKind.EXCEPTIONAL_APPROVAL)));
  }

  private static List<LevelStep> levelsOf(List<LevelStep> chain, Set<String> families) {
    return chain.stream().filter(s -> families.contains(family(s.group()))).toList();
  }

  static String family(String group) {
    int colon = group == null ? -1 : group.indexOf(':');
    return colon < 0 ? "" : group.substring(0, colon);
  }

  /**
   * The title's grade: seed 004 附件5 破格推荐<b>高级</b>…审批表 for 副高级 (and 正高级); seed 003 附件6 leaves it blank
   * (破格推荐＿＿级) for the applicant to fill in: the level of the declared title, where there is one.
   */
  static String grade(String targetLevel) {
    return switch (targetLevel == null ? "" : targetLevel) {
      case "副高级", "正高级" -> "高级";
      case "中级" -> "中级";
      case "助理级", "员级" -> "初级";
      default -> null;
    };
  }

  /**
   * 专业工作年限: whole years of work in the field to the plan's cut-off (seed 004 附件2 三、2: 专业工作年限……计算到
   * 2023年12月31日), from the profile's 从事本专业工作起始时间; null when the profile does not say.
   */
  static String professionalYears(ApplicantProfile p, Plan plan) {
    Optional<LocalDate> since = Dates.parse(p.fieldWorkSince());
    if (since.isEmpty() || plan == null) {
      return null;
    }
    LocalDate cutoff = plan.rules().seniorityCutoff();
    return Dates.wholeYears(since.get(), cutoff) + "年（自" + since.get().getYear() + "年" + since.get().getMonthValue()
        + "月起，计算至" + Dates.chinese(cutoff) + "）";
  }

  /**
   * 破格推荐理由: the conditions the applicant claims, in the notice's words (seed 004 附件1 二、（四）for 副高级, seed 002
   * 附件1 三 for 中级), and the notice to read them in. The reviewers check them against the evidence.
   */
  static String exceptionalReasons(ApplicantProfile p, Plan plan) {
    Set<Integer> claimed = new TreeSet<>(p.exceptionalConditions());
    if (claimed.isEmpty()) {
      return "（申报人未选择破格条件）";
    }
    String level = plan == null ? "" : plan.rules().targetLevel();
    List<String> conditions = ExceptionalConditions.forLevel(level);
    String notice = plan == null ? "" : plan.notice();
    String clause = switch (level) {
      case "副高级" -> " 附件1 二、（四）";
      case "中级" -> " 附件1 三";
      default -> "";
    };
    StringBuilder text = new StringBuilder("申报人具备以下破格条件（" + notice + clause + "）：");
    for (int n : claimed) {
      text.append("\n第").append(n).append("项");
      if (n >= 1 && n <= conditions.size()) {
        text.append("：").append(conditions.get(n - 1));
      }
    }
    return text.append("\n（佐证材料见网上申报附件，由各级审核部门核实）").toString();
  }

  // ---- 直接申报专家推荐表 ----

  /** For the direct route, from the declaration's 直接申报专家推荐表 fields (seed 000 附件1（四）and 附件3). */
  public static Optional<ExpertRecommendationData> expertRecommendation(ApplicationFacts a) {
    ApplicantProfile.ExpertRecommendation r = a.profile().expertRecommendation();
    if (!RouteRules.DIRECT.equals(a.route()) || r == null
        || (blank(r.name()) && blank(r.title()) && blank(r.unit()) && blank(r.contact()) && blank(r.reasons()))) {
      return Optional.empty();
    }
    return Optional.of(new ExpertRecommendationData(a.businessKey(), a.applicantName(), a.unitName(), r.name(),
        r.title(), r.contact(), r.unit(), r.reasons(), asOf(a, List.of())));
  }

  // ---- 事业单位人员职称申报岗位信息表 ----

  /**
   * For an applicant of a public institution (the unit's type in the organisation data): its professional posts
   * from the data (seed 003 附件5, seed 002 附件3: 核准数、实聘数、空缺数), and the applicant as the one it recommends.
   * Ratios, establishment and the unit's competition figures are not in the data: the unit writes them by hand.
   */
  public static Optional<PostInfoData> postInfo(ApplicationFacts a, Plan plan, Organisation.Unit unit) {
    if (unit == null || !unit.isPublicInstitution()) {
      return Optional.empty();
    }
    List<PostInfoData.Grade> grades = new ArrayList<>();
    List<Organisation.Posts> known = new ArrayList<>();
    for (String grade : PostInfoData.GRADES.subList(0, 4)) {
      Organisation.Posts posts = unit.posts().get(grade);
      if (posts == null && grade.equals("初级及未定级")) {
        posts = unit.posts().get("初级");
      }
      known.add(posts);
      grades.add(posts == null ? new PostInfoData.Grade(grade, null, null, null, null, null)
          : new PostInfoData.Grade(grade, null, posts.approved(), null, posts.filled(), posts.vacant()));
    }
    boolean all = known.stream().allMatch(Objects::nonNull);
    grades.add(all
        ? new PostInfoData.Grade("总数", null, known.stream().mapToInt(Organisation.Posts::approved).sum(), null,
            known.stream().mapToInt(Organisation.Posts::filled).sum(),
            known.stream().mapToInt(Organisation.Posts::vacant).sum())
        : new PostInfoData.Grade("总数", null, null, null, null, null));
    String target = blankToNull(targetLevel(a, plan));
    // seed 003 附件5 推荐申报职称: the declared title, else what the plan confers, else the level
    PostInfoData.Candidate candidate = new PostInfoData.Candidate(a.applicantName(), a.idNumber(), a.currentTitle(),
        null, ApplicationFacts.day(a.currentTitleDate()), blankToNull(a.profile().currentTitleLevel()),
        Optional.ofNullable(appliedQualification(a, plan)).orElse(target));
    return Optional.of(new PostInfoData(a.businessKey(), unit.name(), null, null, null, grades, null, target, null,
        null, null, List.of(candidate), asOf(a, List.of())));
  }

  // ---- 公示表 ----

  /**
   * The list a level's publicity posts for this application (seed 004 附件3 一、4: 导出公示表，……进行不少于5个工作日的
   * 公示): name, unit, title, what is applied for, route and the start of 本人述职; never the ID number.
   */
  public static PublicityListData publicityList(ApplicationFacts a, Plan plan, String publicityName, String publisher,
      Instant start, LocalDate lastDay) {
    PublicityListData.Entry entry = publicityEntry(a.businessKey(), a.applicantName(), a.unitName(), a.currentTitle(),
        a.route(), a.statement(), a.profile(), plan);
    String title = publicityName + "表" + (blank(a.applicantName()) ? "" : "：" + a.applicantName().trim());
    return new PublicityListData(a.businessKey(), title, publisher, a.planTitle(), a.planNotice(),
        LocalDate.ofInstant(start, ChinaTime.ZONE), lastDay, publisher, List.of(entry),
        OffsetDateTime.ofInstant(start, ChinaTime.ZONE));
  }

  /**
   * One application's row of a 公示表, the same in a level's publicity (its one application) and in a sitting's
   * 评前公示表 (all of its applications): 申报资格 as on every other document ({@link #appliedQualification}), and the
   * start of 本人述职.
   */
  public static PublicityListData.Entry publicityEntry(String businessKey, String applicantName, String unitName,
      String currentTitle, String route, String statement, ApplicantProfile profile, Plan plan) {
    String summary = statement == null ? "" : statement.trim();
    return new PublicityListData.Entry(businessKey, applicantName, unitName, currentTitle,
        appliedQualification(profile, plan), route,
        summary.length() > SUMMARY_MAX ? summary.substring(0, SUMMARY_MAX) + "……" : summary);
  }

  // ---- shared ----

  /**
   * 申报资格: the title the applicant declares for where the plan asks for one (a row of seed 003 附件1, 所评/推荐资格
   * 名称: {@link TargetTitle#declared}), else what the plan confers (its certificate terms: seed 004 高级工程师), else
   * null: “—”. Never the plan's title.
   */
  public static String appliedQualification(ApplicationFacts a, Plan plan) {
    return appliedQualification(a.profile(), plan);
  }

  /** The same from the profile alone (a batch reads it from each application's {@code profile}). */
  public static String appliedQualification(ApplicantProfile p, Plan plan) {
    return TargetTitle.declared(plan, p).orElseGet(() -> qualification(plan));
  }

  /** What the plan confers (its certificate terms), else null: “—”. */
  static String qualification(Plan plan) {
    return plan == null || plan.certificate() == null ? null : plan.certificate().qualification();
  }

  /** The level declared for: the plan's, or for a row of a plan table that of the declared title ("" if unknown). */
  static String targetLevel(ApplicationFacts a, Plan plan) {
    return plan == null ? "" : TargetTitle.resolve(plan, a.profile()).level();
  }

  static int copies(Plan plan, DocumentKind kind) {
    return plan == null ? 1 : plan.copies(kind.code());
  }

  /** "2023-09-05T10:00:00+08:00" → "2023-09-05 10:00" (the trail's times are Beijing time). */
  static String minute(String at) {
    return at.length() >= 16 ? at.substring(0, 16).replace('T', ' ') : at;
  }

  private static int hours(Integer h) {
    return h == null ? 0 : h;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return blank(s) ? null : s.trim();
  }
}
