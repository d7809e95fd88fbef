package zhicheng.eligibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import zhicheng.plan.Plan;

/** Which materials this applicant must upload, and why (the notice that asks for each). */
public final class RequiredMaterials {

  /** seed 001 二、: 根据《丽水市创新创业人才职称“直通车”评审办法》中的直接申报条件，可以直接申报工艺美术师职称. */
  static final String THROUGH_TRAIN = "直通车直接申报";

  private RequiredMaterials() {}

  public static Map<Material, String> of(String route, ApplicantProfile p, Plan plan) {
    Map<Material, String> required = new LinkedHashMap<>();
    required.put(Material.PHOTO, Sources.PHOTO);
    if (!plan.rules().continuingEducationYears().isEmpty()) {
      required.put(Material.CE_CERTIFICATE, Sources.CE_FORM);
    }
    if (plan.rules().assessmentYears() > 0) {
      required.put(Material.ASSESSMENT_FORMS, Sources.ASSESSMENT_FORM);
    }
    if (p.isOutOfProvince()) {
      required.put(Material.ENTRUSTMENT_LETTER, Sources.ENTRUSTMENT);
    }
    if (RouteRules.EXCEPTIONAL.equals(route)) {
      required.put(Material.EXCEPTIONAL_FORM, Sources.EXCEPTIONAL_FORM);
    }
    if (THROUGH_TRAIN.equals(route)) {
      required.put(Material.EXCEPTIONAL_FORM, Sources.THROUGH_TRAIN_FORM);
    }
    if (RouteRules.DIRECT.equals(route)) {
      required.put(Material.EXPERT_RECOMMENDATION_FORM, Sources.DIRECT);
    }
    if (p.isPublicInstitution()) {
      required.put(Material.POST_FORM, Sources.POST_FORM);
    }
    return required;
  }

  /** One finding per required material: uploaded or missing (the entrustment letter is a gate: {@link Gates}). */
  public static List<Finding> check(String route, ApplicantProfile p, Plan plan, Set<Material> uploaded) {
    List<Finding> findings = new ArrayList<>();
    of(route, p, plan).forEach((m, source) -> {
      if (m == Material.ENTRUSTMENT_LETTER) {
        return;
      }
      String why = switch (m) {
        case EXCEPTIONAL_FORM -> THROUGH_TRAIN.equals(route)
            ? "直通车直接申报须上传《破格（直接）推荐工艺美术师审批表》（上传于“破格推荐审批表”一栏），即"
            : "破格申报须上传由所在单位、主管部门及人力社保部门填写意见并盖章的";
        case EXPERT_RECOMMENDATION_FORM -> "直接申报须上传";
        case POST_FORM -> "事业单位人员须上传";
        default -> "须上传";
      };
      findings.add(uploaded.contains(m)
          ? Finding.pass("material:" + m.variable(), "已上传" + m.label(), source)
          : Finding.fail("material:" + m.variable(), why + "《" + m.label() + "》，尚未上传", source));
    });
    return findings;
  }
}
