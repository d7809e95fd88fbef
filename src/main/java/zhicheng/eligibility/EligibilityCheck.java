package zhicheng.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import zhicheng.plan.Plan;
import zhicheng.scoring.ScoringStandards;

/**
 * Every rule of the notices a machine can check before a person looks, in one pass: the title declared for (a
 * row of a plan table), who may not apply, the route and its years, annual assessments, continuing education
 * and the materials the applicant must upload. All findings are reported, passed or not, so reviewers see what
 * was checked and applicants fix everything at once.
 */
public final class EligibilityCheck {

  private final Decisions decisions;
  private final RouteRules routes;

  public EligibilityCheck(Decisions decisions, ScoringStandards scoring) {
    this.decisions = decisions;
    this.routes = new RouteRules(decisions, scoring);
  }

  /**
   * @param uploaded the materials uploaded, or null not to check materials (a REST caller asking in advance)
   * @param records  the applicant's integrity record, or null when the caller may not read it
   */
  public Result check(Plan plan, String route, ApplicantProfile profile, Set<Material> uploaded,
      List<IntegrityRecord> records) {
    List<Finding> findings = new ArrayList<>();
    // values no rule can judge (a hand-made call): each is a finding the applicant fixes, never a silent pass
    ProfileCheck.problems(profile).forEach(p -> findings.add(Finding.fail("profile", p, "资格核验信息（申报表）")));
    TargetTitle.Resolution target = TargetTitle.resolve(plan, profile);
    target.finding().ifPresent(findings::add);
    Plan rules = target.plan();
    findings.add(Gates.civilServant(profile));
    findings.add(Gates.entrustment(profile, uploaded));
    if (records != null) {
      findings.add(Gates.integrity(records, rules));
    }
    findings.addAll(routes.check(route, profile, rules));
    AssessmentRule.check(profile, rules).ifPresent(findings::add);
    String exempt = rules.row() == null ? "" : rules.row().continuingEducationExempt();
    if (!exempt.isEmpty()) {
      findings.add(Finding.pass("continuing-education", "附件1第" + rules.row().number() + "行的继续教育学时不按本通知的年限核验（"
          + exempt + "），由审核人核实", Sources.of(rules) + exempt));
    } else {
      ContinuingEducationRule.check(profile, rules, decisions).ifPresent(findings::add);
    }
    if (uploaded != null) {
      findings.addAll(RequiredMaterials.check(route, profile, rules, uploaded));
    }
    return new Result(findings.stream().allMatch(Finding::passed), route, target.level(), findings);
  }

  /**
   * @param level the level declared for (the plan's, or that of the title chosen from a row); "" when unknown
   */
  public record Result(boolean eligible, String route, String level, List<Finding> findings) {

    /** The findings as lines for a form: failures first, so the applicant sees what to fix. */
    public String text() {
      String head = eligible ? "资格核验：全部符合（" + route + "）" : "资格核验：有未满足的条件（" + route + "），请按✘项修改后重新提交";
      return head + "\n" + findings.stream().sorted((a, b) -> Boolean.compare(a.passed(), b.passed()))
          .map(Finding::line).collect(Collectors.joining("\n"));
    }

    public List<String> failures() {
      return findings.stream().filter(f -> !f.passed()).map(Finding::message).toList();
    }

    /** The failures with the notice each comes from, for a refusal a person reads. */
    public List<String> failuresWithSources() {
      return findings.stream().filter(f -> !f.passed()).map(f -> f.message() + "（依据：" + f.source() + "）").toList();
    }
  }
}
