package zhicheng.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import zhicheng.organisation.Organisation;
import zhicheng.plan.ApplicantScope;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanChain;
import zhicheng.plan.PlanRepository;
import zhicheng.vocabulary.ChinaTime;

/**
 * The checks a declaration must pass before anyone reviews it. Each finding is a Chinese sentence naming the
 * rule and, where a notice sets it, the notice. All findings are reported at once so the applicant fixes
 * everything in one go.
 */
public final class DeclarationCheck {

  /** A title's name (高级工程师, 工艺美术师 …): no notice sets a length; 50 characters hold every one with room to spare. */
  static final int CURRENT_TITLE_MAX_CHARACTERS = 50;
  /** Seed 004, 附件2 二、3: "本人述职"……（限1000字以内）; seed 003 sets the same limit. */
  public static final int STATEMENT_MAX_CHARACTERS = 1000;

  public static final Set<String> EDUCATIONS =
      Set.of("博士研究生", "硕士研究生", "第二学士学位", "大学本科", "大学专科", "中专", "其他");

  private final PlanRepository plans;
  private final Organisation organisation;

  public DeclarationCheck(PlanRepository plans, Organisation organisation) {
    this.plans = plans;
    this.organisation = organisation;
  }

  /**
   * Findings for a new declaration: the plan still accepts declarations at {@code now}, it takes this applicant
   * (its area, the bodies of its chain) and the notice does not answer otherwise. Where the notice answers
   * otherwise (a row marked 委托评审 or 以考代评, seed 003 附件1) that answer is the only finding: nothing else
   * about the declaration matters then.
   */
  public List<String> forDeclaration(Declaration d, Instant now) {
    List<String> findings = new ArrayList<>();
    Plan plan = plans.find(d.planId()).orElse(null);
    Optional<ApplicantScope> scope = organisation.scopeOf(d.unitCode());
    if (plan == null) {
      findings.add("未知的申报计划“" + nullToEmpty(d.planId()) + "”，请从列表中选择申报计划");
    } else {
      List<String> refusals = PlanChain.refusals(plan, scope.orElse(null));
      if (!refusals.isEmpty() && !plan.hasRows()) {
        return refusals;
      }
      if (plan.isNotYetOpen(now)) {
        findings.add("“" + plan.title() + "”网上个人申报自" + chinese(plan.opens()) + "开始，尚未开始受理（"
            + plan.notice() + "）");
      } else if (!plan.isOpen(now)) {
        findings.add("“" + plan.title() + "”网上个人申报已于" + chinese(plan.applicantDeadline())
            + "截止，逾期不再受理（" + plan.notice() + "）");
      } else if (scope.isPresent()) {
        findings.addAll(PlanChain.resolve(plan, scope.get(), organisation.reviewerGroups()::containsKey).problems());
      } else if (plan.hasRows()) {
        findings.addAll(PlanChain.resolve(plan, null, g -> true).problems());
      }
    }
    if (scope.isEmpty()) {
      findings.add("未知的用人单位“" + nullToEmpty(d.unitCode()) + "”，请从列表中选择所在单位");
    }
    findings.addAll(forContent(d, plan, now));
    return findings;
  }

  /** Findings about what the applicant wrote; used again when a returned declaration is resubmitted. */
  public List<String> forContent(Declaration d, Plan plan, Instant now) {
    List<String> findings = new ArrayList<>();
    String name = nullToEmpty(d.applicantName()).trim();
    if (name.length() < 2 || name.length() > 30) {
      findings.add("姓名应为2至30个字");
    }
    IdNumber.problem(d.idNumber()).ifPresent(findings::add);
    if (plan != null && !plan.routes().contains(nullToEmpty(d.route()))) {
      findings.add("申报途径应为以下之一：" + String.join("、", plan.routes()) + "（" + plan.notice() + "）");
    }
    if (!EDUCATIONS.contains(nullToEmpty(d.education()))) {
      findings.add("请选择学历");
    }
    String title = nullToEmpty(d.currentTitle()).trim();
    if (title.isBlank()) {
      findings.add("请填写现任专业技术职务");
    } else if (title.length() > CURRENT_TITLE_MAX_CHARACTERS) {
      findings.add("现任专业技术职务不超过" + CURRENT_TITLE_MAX_CHARACTERS + "字，现为" + title.length() + "字");
    }
    dateProblem(d.currentTitleDate(), now).ifPresent(findings::add);
    String statement = nullToEmpty(d.statement());
    int length = statement.codePointCount(0, statement.length());
    if (statement.isBlank()) {
      findings.add("请填写本人述职");
    } else if (length > STATEMENT_MAX_CHARACTERS) {
      findings.add("本人述职限" + STATEMENT_MAX_CHARACTERS + "字以内，现为" + length + "字（依据：" + Sources.STATEMENT + "）");
    }
    return findings;
  }

  private static Optional<String> dateProblem(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.of("请填写现任职务取得时间");
    }
    try {
      LocalDate date = LocalDate.parse(value.trim().substring(0, Math.min(10, value.trim().length())));
      if (date.isAfter(LocalDate.ofInstant(now, ChinaTime.ZONE))) {
        return Optional.of("现任职务取得时间不能晚于今天");
      }
      return Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.of("现任职务取得时间“" + value + "”格式错误（应为 yyyy-MM-dd）");
    }
  }

  public static String chinese(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
