package zhicheng.application;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import zhicheng.documents.DocumentLinks;
import zhicheng.documents.DocumentService;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.LevelStep;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;
import zhicheng.process.IdentityNames;
import zhicheng.process.PersonNames;

/**
 * Generates the application's own documents and stores them with the application (title-application instance):
 * the 专业技术职务任职资格评审表 always; the 破格推荐审批表 on the exceptional route, the 直接申报专家推荐表 on the direct
 * route, the 岗位信息表 for staff of a public institution ({@link DocumentData} says when and what). Runs when the
 * declaration is accepted (end of 受理申报), when the applicant resubmits (补正资格条件, 修改申报材料) and when a level
 * decides (本级通过, 本级不通过), so every level's opinion with who (by name, from Camunda's identity) and when is on
 * the forms. Documents whose data did not change come out byte for byte the same and the store keeps no new version.
 * Then refreshes {@code documentLinks}, the links the Tasklist forms show.
 */
@Component("applicationDocuments")
public class ApplicationDocumentsListener implements ExecutionListener, TaskListener {

  private final DocumentService documents;
  private final PlanRepository plans;
  private final OrganisationRepository organisation;

  public ApplicationDocumentsListener(DocumentService documents, PlanRepository plans,
      OrganisationRepository organisation) {
    this.documents = documents;
    this.plans = plans;
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateExecution execution) {
    generate(execution);
  }

  @Override
  public void notify(DelegateTask task) {
    generate(task.getExecution());
  }

  private void generate(DelegateExecution execution) {
    DelegateExecution application = ApplicationRecord.root(execution);
    String id = application.getProcessInstanceId();
    ApplicationFacts facts = facts(application);
    Plan plan = plans.find(facts.planId()).orElse(null);
    PersonNames names = new IdentityNames(execution.getProcessEngineServices().getIdentityService());
    documents.evaluationForm(id, DocumentData.evaluationForm(facts, plan, names));
    DocumentData.exceptionalApproval(facts, plan, names).ifPresent(d -> documents.exceptionalApproval(id, d));
    DocumentData.expertRecommendation(facts).ifPresent(d -> documents.expertRecommendation(id, d));
    DocumentData.postInfo(facts, plan, organisation.get().unit(facts.unitCode()).orElse(null))
        .ifPresent(d -> documents.postInfo(id, d));
    refreshLinks(documents, execution, application);
  }

  /**
   * Writes the application's document links on the application and, when the step runs in a called instance
   * (level-review, publicity), on that instance too: its task forms read their own copy.
   */
  public static void refreshLinks(DocumentService documents, DelegateExecution execution, DelegateExecution application) {
    String id = application.getProcessInstanceId();
    String links = DocumentLinks.markdown(id, documents.documentsOf(id));
    ApplicationVariables.DOCUMENT_LINKS.set(application, links);
    if (execution.getProcessInstance() != application) {
      ApplicationVariables.DOCUMENT_LINKS.set(execution.getProcessInstance(), links);
    }
  }

  /** What the application holds, from the title-application's variables. */
  public static ApplicationFacts facts(DelegateExecution application) {
    String businessKey = application.getProcessBusinessKey() != null
        ? application.getProcessBusinessKey() : application.getProcessInstanceId();
    return new ApplicationFacts(businessKey, ApplicationVariables.PLAN_ID.get(application),
        ApplicationVariables.PLAN_TITLE.get(application), ApplicationVariables.PLAN_NOTICE.get(application),
        ApplicationVariables.COMMITTEE_NAME.get(application), ApplicationVariables.APPLICANT_NAME.get(application),
        ApplicationVariables.ID_NUMBER.get(application), ApplicationVariables.UNIT_CODE.get(application),
        ApplicationVariables.UNIT_NAME.get(application), ApplicationVariables.COUNTY_NAME.get(application),
        ApplicationVariables.ROUTE.get(application), ApplicationVariables.EDUCATION.get(application),
        ApplicationVariables.CURRENT_TITLE.get(application), ApplicationVariables.CURRENT_TITLE_DATE.get(application),
        ApplicationVariables.STATEMENT.get(application), EligibilityStep.profile(application), chain(application),
        ApplicationRecord.trail(application));
  }

  /** The application's own chain; a level-review started on its own (a repair in Cockpit) has just its level. */
  private static List<LevelStep> chain(VariableScope application) {
    List<LevelStep> chain = ApplicationVariables.CHAIN.get(application, List.of());
    if (chain.isEmpty()) {
      String level = ApplicationVariables.LEVEL_NAME.get(application);
      return level == null ? List.of()
          : List.of(new LevelStep(ApplicationVariables.LEVEL_KEY.get(application), level,
              ApplicationVariables.REVIEW_GROUP.get(application), null, 0));
    }
    return chain;
  }

}
