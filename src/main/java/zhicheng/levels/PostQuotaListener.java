package zhicheng.levels;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.application.ApplicationStatus;
import zhicheng.application.ApplicationVariables;
import zhicheng.eligibility.PostQuota;
import zhicheng.organisation.Organisation;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.vocabulary.ProcessKeys;

/**
 * Where the post quota bites: a public institution's 通过 at the unit level. It may recommend no more applicants
 * of a plan than its vacant posts at the level declared for (seed 002 附件3, seed 003 三、（五）): the plan's level,
 * or for a row of a plan table the level of the title the applicant chose, counted over all rows of the table;
 * applications it passed that were not later rejected or closed as overdue hold a post. Runs before
 * {@link ReviewCompletedListener}, so a refused 通过 changes nothing and the task stays. Enterprises have no quota
 * and are not counted at all.
 */
@Component("postQuota")
public class PostQuotaListener implements TaskListener {

  private final PlanRepository plans;
  private final OrganisationRepository organisation;

  public PostQuotaListener(PlanRepository plans, OrganisationRepository organisation) {
    this.plans = plans;
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!LevelVariables.PASS.equals(LevelVariables.DECISION.get(task))
        || !"unit".equals(ApplicationVariables.LEVEL_KEY.get(task))) {
      return;
    }
    String planId = ApplicationVariables.PLAN_ID.get(task);
    String unitCode = ApplicationVariables.UNIT_CODE.get(task);
    Organisation.Unit unit = organisation.get().unit(unitCode).orElse(null);
    Plan plan = plans.find(planId).orElse(null);
    DelegateExecution application = ApplicationRecord.root(task.getExecution());
    Object declared = ApplicationVariables.TARGET_LEVEL.get(application);
    String level = declared != null && !declared.toString().isEmpty() ? declared.toString()
        : plan == null ? "" : plan.rules().targetLevel();
    if (unit == null || plan == null || level.isEmpty()) {
      return;
    }
    long recommended = unit.isPublicInstitution() ? recommended(task.getProcessEngineServices().getHistoryService(),
        planId, unitCode, plan.row() == null ? null : level) : 0;
    PostQuota.refusal(unit, level, recommended).ifPresent(reason -> {
      throw new DeclarationRefusedException("无法通过", List.of(reason));
    });
    ApplicationVariables.UNIT_RECOMMENDED.set(application, true);
  }

  /**
   * Applications the unit recommended in the same pool that were not later rejected or closed as overdue. The pool
   * is the plan's applications; for a row of a plan table ({@code tableLevel} given: seed 003 附件1) the table's
   * applications at that level, whichever row's committee evaluates them.
   *
   * <p>Two one-table queries, counted here: one history query with all the variable conditions joins the variable
   * table once per condition, which H2 (the embedded default) could not plan: with real applications a 通过 took
   * minutes (README, Performance: ReviewBenchmark).
   */
  public static long recommended(HistoryService history, String planId, String unitCode, String tableLevel) {
    String[] ofTheUnit = history.createHistoricVariableInstanceQuery()
        .processDefinitionKey(ProcessKeys.TITLE_APPLICATION).variableValueEquals(ApplicationVariables.UNIT_CODE.name(), unitCode)
        .disableBinaryFetching().disableCustomObjectDeserialization()
        .list().stream().map(HistoricVariableInstance::getProcessInstanceId).distinct().toArray(String[]::new);
    if (ofTheUnit.length == 0) {
      return 0;
    }
    Map<String, Map<String, Object>> byApplication = new HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceIdIn(ofTheUnit)
        .variableNameIn(ApplicationVariables.PLAN_ID.name(), ApplicationVariables.UNIT_RECOMMENDED.name(), ApplicationVariables.STATUS.name(), ApplicationVariables.TARGET_LEVEL.name())
        .disableBinaryFetching().disableCustomObjectDeserialization().list()
        .forEach(v -> byApplication.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>())
            .put(v.getName(), v.getValue()));
    String table = tableLevel == null ? null : planId.substring(0, planId.indexOf(Plan.ROW_SEPARATOR) + 1);
    return byApplication.values().stream()
        .filter(v -> table == null ? planId.equals(v.get(ApplicationVariables.PLAN_ID.name()))
            : String.valueOf(v.get(ApplicationVariables.PLAN_ID.name())).startsWith(table) && tableLevel.equals(v.get(ApplicationVariables.TARGET_LEVEL.name())))
        .filter(v -> Boolean.TRUE.equals(v.get(ApplicationVariables.UNIT_RECOMMENDED.name())))
        .filter(v -> !ApplicationStatus.REJECTED.name().equals(v.get(ApplicationVariables.STATUS.name()))
            && !ApplicationStatus.OVERDUE.name().equals(v.get(ApplicationVariables.STATUS.name())))
        .count();
  }
}
