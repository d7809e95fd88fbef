package zhicheng.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import zhicheng.plan.Plan;
import zhicheng.scoring.ScoringStandards;

/**
 * Every rule of the notices a machine can check before a person looks, in one pass: who may not apply, the
 * route and its years, annual assessments, continuing education and the materials the applicant must upload.
 * All findings are reported, passed or not, so reviewers see what was checked and applicants fix everything at
 * once.
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
    findings.add(Gates.civilServant(profile));
    if (records != null) {
      findings.add(Gates.integrity(records, plan));
    }
    findings.addAll(routes.check(route, profile, plan));
    AssessmentRule.check(profile, plan).ifPresent(findings::add);
    ContinuingEducationRule.check(profile, plan, decisions).ifPresent(findings::add);
    if (uploaded != null) {
      findings.addAll(RequiredMaterials.check(route, profile, plan, uploaded));
    }
    return new Result(findings.stream().allMatch(Finding::passed), route, findings);
  }

  public record Result(boolean eligible, String route, List<Finding> findings) {

    /** The findings as lines for a form: failures first, so the applicant sees what to fix. */
    public String text() {
      String head = eligible ? "资格核验：全部符合（" + route + "）" : "资格核验：有未满足的条件（" + route + "），请按✘项修改后重新提交";
      return head + "\n" + findings.stream().sorted((a, b) -> Boolean.compare(a.passed(), b.passed()))
          .map(Finding::line).collect(Collectors.joining("\n"));
    }

    public List<String> failures() {
      return findings.stream().filter(f -> !f.passed()).map(Finding::message).toList();
    }
  }
}
