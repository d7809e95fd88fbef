package zhicheng.application;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.eligibility.ApplicantProfile;
import zhicheng.eligibility.Material;
import zhicheng.eligibility.RequiredMaterials;
import zhicheng.eligibility.TargetTitle;
import zhicheng.plan.PlanRepository;
import zhicheng.process.Actor;
import zhicheng.process.DeclarationRefusedException;

/**
 * 上传申报材料: on create, tells the applicant which materials this application needs and why; on complete,
 * judges every uploaded file by its content (photo: JPG of the right size, pixels and ratio; the rest: PDF) and
 * refuses the whole upload on the first wrong file, so nothing is half-saved. Seed 003 附件3 二、1 and 二、（四）1.
 */
@Component("materials")
public class MaterialsListener implements TaskListener {

  private final PlanRepository plans;
  private final ApplicationRecord record;

  public MaterialsListener(PlanRepository plans, ApplicationRecord record) {
    this.plans = plans;
    this.record = record;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      requested(task);
    } else {
      submitted(task);
    }
  }

  private void requested(DelegateTask task) {
    ApplicantProfile profile = EligibilityStep.profile(task);
    // the rules of the level declared for (a plan-table row's title decides which hours' proof is due)
    var plan = TargetTitle.resolve(plans.find(ApplicationVariables.PLAN_ID.get(task)).orElseThrow(), profile).plan();
    String list = RequiredMaterials.of(ApplicationVariables.ROUTE.get(task), profile, plan).entrySet()
        .stream().map(e -> "· " + e.getKey().label() + "（依据：" + e.getValue() + "）").collect(Collectors.joining("\n"));
    ApplicationVariables.REQUIRED_MATERIALS_TEXT.set(task.getExecution(), "本申报须上传：\n" + list
        + "\n证件照须为JPG/JPEG，大于30K且小于1M，大于215×300像素，宽高比0.65至0.8；其余材料须为PDF。");
    record.set(task.getExecution(), ApplicationStatus.AWAITING_MATERIALS, null);
  }

  private void submitted(DelegateTask task) {
    List<String> problems = MaterialFiles.problems(task.getExecution());
    if (!EligibilityStep.uploaded(task.getExecution()).contains(Material.PHOTO)) {
      problems.add("请上传证件照");
    }
    if (!problems.isEmpty()) {
      throw new DeclarationRefusedException("材料未保存", problems);
    }
    record.addTrail(task.getExecution(), "申报", Actor.of(task), "上传申报材料",
        EligibilityStep.uploaded(task.getExecution()).stream().map(Material::label).collect(Collectors.joining("、")));
  }
}
