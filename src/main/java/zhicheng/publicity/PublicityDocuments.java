package zhicheng.publicity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationFacts;
import zhicheng.application.ApplicationRecord;
import zhicheng.application.ApplicationVariables;
import zhicheng.application.DocumentData;
import zhicheng.calendar.Period;
import zhicheng.documents.DocumentService;
import zhicheng.plan.PlanRepository;

/**
 * The 公示表 of a publicity, when it starts and when it starts again (重新公示: new dates, so a new version).
 * Seed 004 附件3 一、4: 确定申报人员审核通过后，导出公示表，将申报人员评审材料以适当的方式进行不少于5个工作日的公示.
 *
 * <p>It is stored with the application the publicity is for (the title-application above it), not with the
 * publicity's own instance: the application's readers are exactly who may read it (the applicant, the levels that
 * reviewed it, among them the publishing body, which investigates objections), and it appears with the
 * application's other documents, in {@code documentLinks} and under {@code /api/applications/{id}/documents}. A
 * publicity a committee sitting runs for each of its applications gets none of its own: the sitting publishes one
 * list of all of them (OpenSittingDelegate, seed 004 四、2). Its investigators see the application's links.
 */
@Component
public class PublicityDocuments {

  private final DocumentService documents;
  private final PlanRepository plans;

  public PublicityDocuments(DocumentService documents, PlanRepository plans) {
    this.documents = documents;
    this.plans = plans;
  }

  void publish(DelegateExecution execution, Period period) {
    DelegateExecution root = ApplicationRecord.root(execution);
    if (root != execution.getProcessInstance() && ApplicationRecord.isSitting(root)) {
      String links = ApplicationVariables.DOCUMENT_LINKS.get(execution.getProcessEngineServices().getRuntimeService(),
          ApplicationRecord.applicationOf(execution));
      if (links != null) {
        PublicityVariables.DOCUMENT_LINKS.set(execution.getProcessInstance(), links);
      }
      return;
    }
    ApplicationFacts facts = ApplicationFacts.read(root);
    documents.publicityList(root.getProcessInstanceId(), DocumentData.publicityList(facts,
        plans.find(facts.planId()).orElse(null), Publicity.name(execution), Publicity.publisher(execution),
        period.start(), period.lastDay()));
    ApplicationRecord.refreshLinks(documents, execution, root);
  }
}
