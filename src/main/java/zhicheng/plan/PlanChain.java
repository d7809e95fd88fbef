package zhicheng.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Fixes an application's own chain when its declaration is accepted: the plan's levels that apply to this
 * applicant (a level's condition, e.g. seed 001's 初评委 only for 青田 and 龙泉), each with its candidate group
 * filled in from the applicant's unit and its deadline. Or says why the plan cannot take this declaration:
 * the notice answers otherwise (委托评审, 以考代评 …), the unit is outside the plan's area, or the organisation
 * data lacks a body the chain needs. Engine-free; the delegate stores the steps on the application.
 */
public final class PlanChain {

  private PlanChain() {}

  /** The steps, or the problems (then there are no steps). */
  public record Resolution(List<LevelStep> steps, List<String> problems) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  /** The notice's answers that concern this applicant, as the applicant reads them (notice and clause named). */
  public static List<String> refusals(Plan plan, ApplicantScope scope) {
    List<Refusal> refusals = scope == null ? plan.refusalForEveryone().stream().toList() : plan.refusalsFor(scope);
    return refusals.stream().map(r -> refusalText(plan, r)).toList();
  }

  public static String refusalText(Plan plan, Refusal r) {
    return r.message() + "（" + plan.notice() + (r.source().isBlank() ? "" : " " + r.source()) + "）";
  }

  /**
   * @param groupExists whether a candidate group exists in the organisation (a level whose group nobody holds
   *                    would wait unseen until its deadline)
   */
  public static Resolution resolve(Plan plan, ApplicantScope scope, Predicate<String> groupExists) {
    List<String> problems = new ArrayList<>();
    if (plan.hasRows()) {
      problems.add("“" + plan.title() + "”按计划表分行申报，请选择其中具体的一行（评委会及截止时间）");
      return new Resolution(List.of(), problems);
    }
    List<String> refusals = refusals(plan, scope);
    if (!refusals.isEmpty()) {
      return new Resolution(List.of(), refusals);
    }
    if (plan.region() != null && !plan.region().covers(scope.county())) {
      problems.add("“" + plan.title() + "”只受理" + plan.region().name() + "单位人员的申报（" + plan.notice()
          + (plan.region().source().isBlank() ? "" : " " + plan.region().source()) + "），您的单位“"
          + scope.unitName() + "”在" + scope.countyName() + "，请选择本地区的申报计划");
      return new Resolution(List.of(), problems);
    }
    Map<String, String> values = new HashMap<>(scope.values());
    values.put("committee", plan.committeeCode());
    List<LevelStep> steps = new ArrayList<>();
    for (PlanLevel level : plan.chain()) {
      if (!level.when().matches(scope)) {
        continue;
      }
      List<String> missing = GroupPattern.placeholdersOf(level.group()).stream()
          .filter(p -> values.get(p) == null || values.get(p).isBlank()).toList();
      if (!missing.isEmpty()) {
        problems.add("无法确定“" + level.name() + "”的审核单位：组织机构数据中您的单位“" + scope.unitName() + "”没有登记"
            + String.join("、", missing.stream().map(m -> GroupPattern.PLACEHOLDERS.getOrDefault(m, m)).toList())
            + "，请联系管理员补充");
        continue;
      }
      String group = GroupPattern.resolve(level.group(), values);
      if (!groupExists.test(group)) {
        problems.add("“" + level.name() + "”的审核单位（" + group + "）尚未在组织机构数据中设立，暂不能受理，请联系管理员");
        continue;
      }
      steps.add(new LevelStep(level.key(), level.name(), group, level.deadline().toString(), level.publicityDays()));
    }
    return problems.isEmpty() ? new Resolution(steps, List.of()) : new Resolution(List.of(), problems);
  }
}
