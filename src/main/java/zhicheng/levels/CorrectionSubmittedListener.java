package zhicheng.levels;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.application.ApplicationStatus;
import zhicheng.application.ApplicationVariables;
import zhicheng.application.DeclaredContent;
import zhicheng.application.EligibilityStep;
import zhicheng.application.MaterialFiles;
import zhicheng.eligibility.ApplicantProfile;
import zhicheng.eligibility.Decisions;
import zhicheng.eligibility.Declaration;
import zhicheng.eligibility.DeclarationCheck;
import zhicheng.eligibility.EligibilityCheck;
import zhicheng.eligibility.IntegrityRecordSource;
import zhicheng.eligibility.Material;
import zhicheng.eligibility.ProfileCheck;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;
import zhicheng.process.Actor;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.scoring.ScoringStandards;

/**
 * On completion of the applicant's correction task: the corrected declaration must pass the same content
 * checks as a new one, may not move the application to another plan or unit (they fixed its chain), and must pass
 * the same eligibility check as at declaration (route and its years, gates, assessments, continuing education,
 * materials), on the corrected 资格核验信息 (the JSON {@code profile} the correction form sends, the same group as the
 * declaration's; the application's own when none was sent) and the uploaded files with the corrected route,
 * education and title date; once accepted that profile becomes the application's.
 * Any failure refuses the completion with every finding and its notice: nothing is saved and the task stays, under
 * the level's deadline. A material file sent with the correction (a clearer scan, a new photo: the commonest 退回,
 * 杭经信人事〔2023〕63号 附件3 三、3) is judged by its content as at upload and counts in the check; once accepted it
 * replaces the application's file. Otherwise the corrected content and the fresh findings are written to the
 * application at once, so the reviewer who looks again and every later level see the same data; then the same level reviews it
 * again.
 */
@Component("correctionSubmitted")
public class CorrectionSubmittedListener implements TaskListener {

  private final PlanRepository plans;
  private final OrganisationRepository organisation;
  private final ApplicationRecord record;
  private final Clock clock;
  private final EligibilityCheck eligibility;
  private final IntegrityRecordSource records;

  public CorrectionSubmittedListener(PlanRepository plans, OrganisationRepository organisation,
      ApplicationRecord record, Clock clock, Decisions decisions, ScoringStandards scoring,
      IntegrityRecordSource records) {
    this.plans = plans;
    this.organisation = organisation;
    this.record = record;
    this.clock = clock;
    this.eligibility = new EligibilityCheck(decisions, scoring);
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    DelegateExecution application = ApplicationRecord.root(execution);
    Declaration corrected = DeclaredContent.read(task);
    Declaration accepted = DeclaredContent.read(application);
    List<String> findings = new ArrayList<>();
    if (!Objects.equals(corrected.planId(), accepted.planId())
        || !Objects.equals(corrected.unitCode(), accepted.unitCode())) {
      findings.add("申报受理后不能变更申报计划或工作单位");
    }
    Plan plan = plans.find(accepted.planId()).orElseThrow(() -> new DeclarationRefusedException("无法重新提交",
        List.of("申报计划“" + accepted.planId() + "”已不在计划文件中，请联系管理员")));
    findings.addAll(new DeclarationCheck(plans, organisation.get()).forContent(corrected, plan, clock.instant()));
    // a file sent with the correction is judged by its content as at upload (证件照 JPG of the right size, PDFs)
    findings.addAll(MaterialFiles.problems(execution));
    if (!findings.isEmpty()) {
      throw new DeclarationRefusedException("无法重新提交", findings);
    }
    // the profile the correction sent (the level instance holds the application's copy when nothing was sent;
    // an instance called before it was handed a copy has none and keeps the application's)
    TypedValue sentProfile = ApplicationVariables.PROFILE.get(execution);
    ApplicantProfile profile = sentProfile == null ? EligibilityStep.profile(application, corrected)
        : EligibilityStep.parse(sentProfile).withDeclared(corrected.education(), corrected.currentTitleDate());
    findings.addAll(ProfileCheck.problems(profile));
    if (!findings.isEmpty()) {
      throw new DeclarationRefusedException("无法重新提交", findings);
    }
    // the files sent with the correction land in the level's own instance; the application keeps the others
    DelegateExecution level = execution.getProcessInstance();
    Map<Material, FileValue> replaced = application == level ? Map.of() : MaterialFiles.heldBy(level);
    Set<Material> uploaded = EnumSet.noneOf(Material.class);
    uploaded.addAll(EligibilityStep.uploaded(application));
    uploaded.addAll(replaced.keySet());
    EligibilityCheck.Result checked = eligibility.check(plan, corrected.route(), profile,
        uploaded, records.of(corrected.idNumber().trim().toUpperCase()));
    if (!checked.eligible()) {
      List<String> refused = new ArrayList<>(List.of("修改后的申报未通过资格核验（与申报时相同的核验），未保存任何修改，"
          + "请按以下各项修改后重新提交（须在本级截止日期前）"));
      refused.addAll(checked.failuresWithSources());
      throw new DeclarationRefusedException("无法重新提交", refused);
    }
    DeclaredContent.writeCorrectable(application, corrected);
    if (sentProfile != null && application != level) {
      // stored as the declaration stores it (a JSON variable), where every later step reads the profile
      ApplicationVariables.PROFILE.set(application,
          SpinValues.jsonValue(EligibilityStep.json(sentProfile)).create());
    }
    // a replaced file becomes the application's, where every level and document reads its materials
    replaced.forEach((material, file) -> {
      application.setVariable(material.variable(), MaterialFiles.copy(file));
      level.removeVariable(material.variable());
    });
    EligibilityStep.write(application, checked);
    if (application != execution.getProcessInstance()) {
      DeclaredContent.writeCorrectable(execution.getProcessInstance(), corrected);
      // the reviewer's form reads the level-review instance's own copy of the findings
      ApplicationVariables.FINDINGS_TEXT.set(execution.getProcessInstance(), EligibilityStep.text(checked));
    }
    LevelVariables.AWAITING_CORRECTION.set(execution, false);
    // the trail's 意见 column is never empty: say what the resubmission answers
    String returned = LevelVariables.RETURN_REASON.get(execution);
    record.addTrail(execution, ApplicationVariables.LEVEL_NAME.get(task), Actor.of(task), "重新提交",
        resubmissionText(returned, replaced.keySet().stream().map(Material::label).toList()));
    record.addTrail(execution, "资格核验", "系统", "通过", "修改后重新核验，全部" + checked.findings().size() + "项符合");
    record.set(execution, ApplicationStatus.IN_REVIEW, null);
  }

  /** 已按退回意见修改申报材料（退回意见：…）, or without the parenthesis when the reason is not at hand. */
  static String resubmissionText(String returnReason) {
    return resubmissionText(returnReason, List.of());
  }

  /** The same, naming the materials replaced by new files: “…并重新提交，更换了证件照、年度考核登记表（退回意见：…）”. */
  static String resubmissionText(String returnReason, List<String> replacedMaterials) {
    return "已按退回意见修改申报材料并重新提交"
        + (replacedMaterials.isEmpty() ? "" : "，更换了" + String.join("、", replacedMaterials))
        + (returnReason == null || returnReason.isBlank() ? "" : "（退回意见：" + returnReason.trim() + "）");
  }
}
