package zhicheng.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import zhicheng.plan.GroupPattern;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanLevel;
import zhicheng.plan.PlanRepository;

/**
 * Says at start-up which bodies the plans name that the organisation lacks: a fixed group such as
 * {@code province:33-jxt} or a committee's office. Declarations that need one are refused naming it; this tells
 * the administrator before anyone declares (the groups filled in from a unit are checked per declaration).
 */
@Component
public class PlanBodiesCheck {

  private static final Logger LOG = LoggerFactory.getLogger(PlanBodiesCheck.class);

  private final PlanRepository plans;
  private final OrganisationRepository organisation;

  public PlanBodiesCheck(PlanRepository plans, OrganisationRepository organisation) {
    this.plans = plans;
    this.organisation = organisation;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void report() {
    missing(plans.choices(), organisation.get()).forEach(LOG::warn);
  }

  /** One sentence per plan level whose group does not depend on the applicant and is not in the organisation. */
  public static List<String> missing(List<Plan> choices, Organisation organisation) {
    Map<String, String> groups = organisation.reviewerGroups();
    List<String> missing = new ArrayList<>();
    for (Plan p : choices) {
      if (p.refusalForEveryone().isPresent()) {
        continue;
      }
      for (PlanLevel level : p.chain()) {
        List<String> placeholders = GroupPattern.placeholdersOf(level.group());
        if (!placeholders.stream().allMatch("committee"::equals)) {
          continue;
        }
        String group = GroupPattern.resolve(level.group(), Map.of("committee", p.committeeCode()));
        if (!groups.containsKey(group)) {
          missing.add("申报计划“" + p.id() + "”的“" + level.name() + "”审核单位 " + group
              + " 不在组织机构数据中：该计划的申报将不予受理，请在组织机构文件（zhicheng.organisation）中补充");
        }
      }
    }
    return missing;
  }
}
