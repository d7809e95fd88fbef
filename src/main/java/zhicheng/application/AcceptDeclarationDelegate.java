package zhicheng.application;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import zhicheng.achievements.AchievementStore;
import zhicheng.eligibility.ApplicantProfile;
import zhicheng.eligibility.Declaration;
import zhicheng.eligibility.DeclarationCheck;
import zhicheng.eligibility.ProfileCheck;
import zhicheng.eligibility.TargetTitle;
import zhicheng.organisation.Organisation;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.Deadlines;
import zhicheng.plan.LevelStep;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanChain;
import zhicheng.plan.PlanRepository;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.vocabulary.ChinaTime;

/**
 * 受理申报: checks the start form against the plan and the organisation and, when it passes, fixes the
 * application's chain of levels. A refused declaration throws, so the instance is never created.
 */
@Component("acceptDeclaration")
public class AcceptDeclarationDelegate implements JavaDelegate {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PlanRepository plans;
  private final OrganisationRepository organisation;
  private final ApplicationRecord record;
  private final AchievementStore achievements;
  private final Clock clock;

  public AcceptDeclarationDelegate(PlanRepository plans, OrganisationRepository organisation, ApplicationRecord record,
      AchievementStore achievements, Clock clock) {
    this.plans = plans;
    this.organisation = organisation;
    this.record = record;
    this.achievements = achievements;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    if (EligibilityStep.declaredEmpty(execution)) {
      // a client that names the profile gives it: an empty one would pass the start and fail every rule later
      throw new DeclarationRefusedException("申报未受理", List.of("资格核验信息（profile）没有内容：应为 JSON 对象"));
    }
    Organisation org = organisation.get();
    Declaration d = DeclaredContent.read(execution);
    List<String> findings = new java.util.ArrayList<>(new DeclarationCheck(plans, org).forDeclaration(d, clock.instant()));
    ApplicantProfile profile = EligibilityStep.profile(execution);
    findings.addAll(ProfileCheck.problems(profile));
    if (!findings.isEmpty()) {
      throw new DeclarationRefusedException("申报未受理", findings);
    }
    Plan plan = plans.find(d.planId()).orElseThrow();
    // a row of a plan table (seed 003 附件1): the title declared for must be one of the row's 所评/推荐 titles,
    // refused here rather than after the upload (the start form lists the titles of every row of the table)
    TargetTitle.resolve(plan, profile).finding().filter(f -> !f.passed()).ifPresent(f -> {
      throw new DeclarationRefusedException("申报未受理", List.of(f.message() + "（" + f.source() + "）"));
    });
    Organisation.Unit unit = org.unit(d.unitCode()).orElseThrow();
    Organisation.County county = org.county(unit.county()).orElseThrow(() -> new IllegalStateException(
        "组织机构数据错误：单位 " + unit.code() + " 所属区县 " + unit.county() + " 不存在"));

    // the levels that apply to this applicant, their groups filled in: fixed now, whatever the plan file says later
    PlanChain.Resolution resolution = PlanChain.resolve(plan, org.scopeOf(unit.code()).orElseThrow(),
        org.reviewerGroups()::containsKey);
    if (!resolution.accepted()) {
      throw new DeclarationRefusedException("申报未受理", resolution.problems());
    }
    List<LevelStep> chain = resolution.steps();

    ApplicationVariables.ID_NUMBER.set(execution, d.idNumber().trim().toUpperCase());
    ApplicationVariables.PLAN_TITLE.set(execution, plan.title());
    ApplicationVariables.PLAN_NOTICE.set(execution, plan.notice());
    ApplicationVariables.UNIT_NAME.set(execution, unit.name());
    ApplicationVariables.COUNTY_CODE.set(execution, county.code());
    ApplicationVariables.COUNTY_NAME.set(execution, county.name());
    ApplicationVariables.COMMITTEE_CODE.set(execution, plan.committeeCode());
    ApplicationVariables.COMMITTEE_NAME.set(execution, plan.committeeName());
    ApplicationVariables.APPLICANT_DEADLINE.set(execution, Date.from(Deadlines.endOf(plan.applicantDeadline())));
    ApplicationVariables.CHAIN.set(execution, chain);
    ApplicationVariables.LEVEL_COUNT.set(execution, chain.size());
    ApplicationVariables.LEVEL_INDEX.set(execution, 0);
    String businessKey = businessKey(execution);
    execution.setProcessBusinessKey(businessKey);
    String idNumber = ApplicationVariables.ID_NUMBER.get(execution);
    releaseIfGone(execution, idNumber, plan.id());
    // one application per person per plan: refused here, in the start's transaction, while another holds the place
    record.index().declared(new ApplicationIndex.Declared(execution.getProcessInstanceId(), businessKey,
        ApplicationVariables.APPLICANT.get(execution), ApplicationVariables.APPLICANT_NAME.get(execution), idNumber,
        plan.id(), plan.title(), unit.code(), unit.name(), county.code(), county.name(), plan.committeeCode()),
        ApplicationStatus.IN_REVIEW, ApplicationStatus.IN_REVIEW.text());
    // the archive goes with the application for the unit to confirm row by row, and is locked from now on; in the
    // engine's transaction, so a declaration refused later in this step takes nothing
    achievements.useAll(ApplicationVariables.APPLICANT.get(execution), execution.getProcessInstanceId(), businessKey);
    record.addTrail(execution, "申报", ApplicationVariables.APPLICANT.get(execution), "提交申报", plan.title());
    record.set(execution, ApplicationStatus.IN_REVIEW, null);
  }

  /**
   * An application that holds the person's place but whose instance an administrator deleted (it neither runs nor
   * passed: a passed one ends only after its certificate) gives the place back, or the person could never declare again.
   */
  private void releaseIfGone(DelegateExecution execution, String idNumber, String planId) {
    record.index().holder(idNumber, planId)
        .filter(holder -> !ApplicationStatus.CERTIFIED.name().equals(holder.status())
            && !ApplicationStatus.ARCHIVED.name().equals(holder.status()))
        .filter(holder -> execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(holder.id()).count() == 0)
        .ifPresent(holder -> record.index().release(holder.id()));
  }

  /** Readable in Tasklist and Cockpit (the day of declaration) and unique (the instance id). */
  private String businessKey(DelegateExecution execution) {
    String day = DateTimeFormatter.ofPattern("yyyyMMdd").format(clock.instant().atZone(ChinaTime.ZONE));
    return "ZC-" + day + "-" + execution.getProcessInstanceId();
  }
}
