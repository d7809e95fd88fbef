package zhicheng.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import zhicheng.eligibility.ApplicantProfile;
import zhicheng.eligibility.Decisions;
import zhicheng.eligibility.EligibilityCheck;
import zhicheng.eligibility.IntegrityRecordSource;
import zhicheng.eligibility.TargetTitle;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;
import zhicheng.scoring.ScoringStandards;

/**
 * 资格核验: runs every rule of {@link EligibilityCheck} on the declared profile and the uploaded materials and
 * writes the findings (JSON for Cockpit and the API, text for the forms). Failures send the applicant to the
 * fix task, with the findings as the reason; nothing is decided against them here.
 */
@Component("checkEligibility")
public class CheckEligibilityDelegate implements JavaDelegate {

  private final PlanRepository plans;
  private final EligibilityCheck check;
  private final IntegrityRecordSource records;
  private final ApplicationRecord record;

  public CheckEligibilityDelegate(PlanRepository plans, Decisions decisions, ScoringStandards scoring,
      IntegrityRecordSource records, ApplicationRecord record) {
    this.plans = plans;
    this.check = new EligibilityCheck(decisions, scoring);
    this.records = records;
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Plan plan = plans.find(ApplicationVariables.PLAN_ID.get(execution)).orElseThrow();
    ApplicantProfile profile = EligibilityStep.profile(execution);
    EligibilityCheck.Result r = check.check(plan, ApplicationVariables.ROUTE.get(execution), profile,
        EligibilityStep.uploaded(execution), records.of(ApplicationVariables.ID_NUMBER.get(execution)));
    EligibilityStep.write(execution, r);
    // 申报资格 for every level's review form (the profile, and with it the title, changes only in this loop)
    ApplicationVariables.TARGET_TITLE.set(execution, TargetTitle.declared(plan, profile).orElse(null));
    if (r.eligible()) {
      record.addTrail(execution, "资格核验", "系统", "通过", "全部" + r.findings().size() + "项符合");
    } else {
      String reason = "资格核验未通过：" + String.join("；", r.failures());
      record.addTrail(execution, "资格核验", "系统", "未通过", String.join("；", r.failures()));
      record.set(execution, ApplicationStatus.CORRECTION_REQUIRED, reason);
    }
  }
}
