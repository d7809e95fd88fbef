package zhicheng.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import zhicheng.achievements.AchievementArchive;
import zhicheng.documents.DocumentService;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;
import zhicheng.process.IdentityNames;
import zhicheng.process.PersonNames;
import zhicheng.scoring.ScoringStandard;
import zhicheng.scoring.ScoringStandards;

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
  private final AchievementArchive achievements;
  private final ScoringStandards standards;

  public ApplicationDocumentsListener(DocumentService documents, PlanRepository plans,
      OrganisationRepository organisation, AchievementArchive achievements, ScoringStandards standards) {
    this.documents = documents;
    this.plans = plans;
    this.organisation = organisation;
    this.achievements = achievements;
    this.standards = standards;
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
    ApplicationFacts facts = ApplicationFacts.read(application);
    Plan plan = plans.find(facts.planId()).orElse(null);
    PersonNames names = new IdentityNames(execution.getProcessEngineServices().getIdentityService());
    ScoringStandard standard = plan == null ? null : standards.find(plan.rules().scoringStandard()).orElse(null);
    documents.evaluationForm(id, DocumentData.evaluationForm(facts, plan, names)
        .withAchievements(DocumentData.achievementLines(achievements, id, standard, facts),
            DocumentData.scoreLine(achievements, id, standard, facts)));
    DocumentData.exceptionalApproval(facts, plan, names).ifPresent(d -> documents.exceptionalApproval(id, d));
    DocumentData.expertRecommendation(facts).ifPresent(d -> documents.expertRecommendation(id, d));
    DocumentData.postInfo(facts, plan, organisation.get().unit(facts.unitCode()).orElse(null))
        .ifPresent(d -> documents.postInfo(id, d));
    ApplicationRecord.refreshLinks(documents, execution, application);
  }
}
