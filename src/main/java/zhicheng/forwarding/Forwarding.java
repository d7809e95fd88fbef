package zhicheng.forwarding;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import zhicheng.organisation.Organisation;
import zhicheng.plan.ApplicantScope;
import zhicheng.plan.LevelStep;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanChain;

/**
 * Who forwards a batch (报送) and which applications go into it. Engine-free.
 *
 * <p>Seed 004 附件3 二、2: 确定所有申报人员审查通过后，点击“审核推荐”，提交高评委办公室审核; 附件4 二: each 区、县（市）
 * and 市直主管受理部门 sends the office 《申报专业技术职务资格评审委托书》1份, 《……人员花名册》1份 (exported from the
 * platform and stamped) and the evaluation forms in the roster's order. Here every level of an application's chain
 * that has a level after it forwards what it passed to that level; the last level (the committee's office)
 * forwards nothing.
 */
public final class Forwarding {

  /** The committee office's group family (DESIGN.md: 评委会办公室 {@code office:<committeeCode>}). */
  static final String OFFICE_FAMILY = "office:";

  private Forwarding() {}

  /**
   * The level that receives the application from {@code group}, if {@code group} is a level of the application's
   * chain, not its last, and the application has gone past it: it passed there and entered the next level
   * ({@code levelsEntered}, the title-application's {@code levelIndex}, counts the levels entered so far; a level
   * passed with a publicity is left only when the publicity has ended without an objection upheld).
   */
  public static Optional<LevelStep> receiver(List<LevelStep> chain, int levelsEntered, String group) {
    for (int k = 0; k + 1 < chain.size(); k++) {
      if (chain.get(k).group().equals(group)) {
        return levelsEntered >= k + 2 ? Optional.of(chain.get(k + 1)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a batch sent to this level carries a 委托书: only to the committee's office (group family {@code office:}).
   * Seed 004 附件4 二、1: the bodies that send the paper materials to the 高评委办公室 send 《申报专业技术职务资格评审委托书》
   * 1份; 附件3 二、2: 审核推荐，提交高评委办公室审核. The letter entrusts the committee with the evaluation; a level in the
   * middle of the chain (安吉: 行业主管部门 → 县人社部门, seed 003 二、（三）逐级上报) evaluates nothing and gets the
   * roster only.
   */
  public static boolean entrusts(String receivingGroup) {
    return receivingGroup != null && receivingGroup.startsWith(OFFICE_FAMILY);
  }

  /**
   * Who reads a batch's documents (花名册, 委托书): a member of the body that forwarded it or of a level it went to.
   * The roster lists the body's applicants with their birth months: its applicants, their units and other bodies do
   * not read it (seed 004 附件4 二: the lists go from body to body). The REST check ({@code DocumentAccess}) and the
   * links on the forms ({@code rosterLinks}) both ask this.
   */
  public static boolean mayRead(String forwardingGroup, Collection<String> receivingGroups,
      Collection<String> userGroups) {
    return userGroups.stream().anyMatch(g -> g.equals(forwardingGroup) || receivingGroups.contains(g));
  }

  /** The body's own level in the chain (its name is what the application's trail says). */
  public static Optional<LevelStep> levelOf(List<LevelStep> chain, String group) {
    return chain.stream().filter(s -> s.group().equals(group)).findFirst();
  }

  /**
   * The groups that forward for a plan: every level but the last of the chain the plan gives each unit of the
   * organisation, resolved as a declaration of that unit would be.
   */
  public static Set<String> forwardingGroups(Plan plan, Organisation organisation) {
    Set<String> groups = new LinkedHashSet<>();
    if (plan.hasRows()) {
      return groups;
    }
    for (Organisation.Unit unit : organisation.units()) {
      Optional<ApplicantScope> scope = organisation.scopeOf(unit.code());
      if (scope.isEmpty()) {
        continue;
      }
      PlanChain.Resolution r = PlanChain.resolve(plan, scope.get(), organisation.reviewerGroups()::containsKey);
      for (int k = 0; k + 1 < r.steps().size(); k++) {
        groups.add(r.steps().get(k).group());
      }
    }
    return groups;
  }

  /** Every group that forwards for one of the plans (the groups that may start 报送花名册). */
  public static Set<String> forwardingGroups(Collection<Plan> plans, Organisation organisation) {
    Set<String> groups = new LinkedHashSet<>();
    plans.forEach(p -> groups.addAll(forwardingGroups(p, organisation)));
    return groups;
  }

  /** The plans for which one of {@code groups} forwards, in the order given. */
  public static List<Plan> plansFor(Collection<Plan> plans, Organisation organisation, Collection<String> groups) {
    return plans.stream()
        .filter(p -> forwardingGroups(p, organisation).stream().anyMatch(groups::contains))
        .toList();
  }
}
