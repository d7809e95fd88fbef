package zhicheng.review;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.springframework.stereotype.Component;

import zhicheng.documents.Applicant;
import zhicheng.documents.DocumentKind;
import zhicheng.documents.DocumentLinks;
import zhicheng.documents.DocumentService;
import zhicheng.documents.EvaluationFormData;
import zhicheng.documents.LevelOpinion;
import zhicheng.plan.LevelStep;
import zhicheng.plan.PlanRepository;

/**
 * Generates the application's 专业技术职务任职资格评审表 and stores it with the application: when the declaration is
 * accepted (end of 受理申报, title-application) and when the applicant resubmits a correction (level-review),
 * as a new version. Then refreshes {@code documentLinks}, the links the reviewer's and applicant's forms show.
 * Assessments and continuing-education hours print as "—" until the application holds them.
 */
@Component("evaluationForm")
public class EvaluationFormListener implements ExecutionListener, TaskListener {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> DECISIONS = List.of("通过", "退回", "不通过");

  private final DocumentService documents;
  private final PlanRepository plans;

  public EvaluationFormListener(DocumentService documents, PlanRepository plans) {
    this.documents = documents;
    this.plans = plans;
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
    String applicationId = application.getProcessInstanceId();
    documents.evaluationForm(applicationId, data(application));
    String links = DocumentLinks.markdown(applicationId, documents.documentsOf(applicationId));
    application.setVariable(Vars.DOCUMENT_LINKS, links);
    if (execution.getProcessInstance() != application) {
      execution.getProcessInstance().setVariable(Vars.DOCUMENT_LINKS, links);
    }
  }

  private EvaluationFormData data(DelegateExecution application) {
    List<TrailEntry> trail = ApplicationRecord.trail(application);
    String businessKey = application.getProcessBusinessKey() != null
        ? application.getProcessBusinessKey() : application.getProcessInstanceId();
    int copies = plans.find(Vars.string(application, Vars.PLAN_ID))
        .map(p -> p.copies(DocumentKind.EVALUATION_FORM.code())).orElse(1);
    Applicant applicant = new Applicant(Vars.string(application, Vars.APPLICANT_NAME),
        Vars.string(application, Vars.ID_NUMBER), Vars.string(application, Vars.UNIT_NAME),
        Vars.string(application, Vars.COUNTY_NAME), Vars.string(application, Vars.EDUCATION),
        Vars.string(application, Vars.CURRENT_TITLE), day(Vars.string(application, Vars.CURRENT_TITLE_DATE)),
        Vars.string(application, Vars.ROUTE));
    OffsetDateTime asOf = trail.isEmpty() ? OffsetDateTime.parse("1970-01-01T08:00:00+08:00")
        : OffsetDateTime.parse(trail.get(trail.size() - 1).at());
    return new EvaluationFormData(businessKey, Vars.string(application, Vars.PLAN_TITLE),
        Vars.string(application, Vars.PLAN_NOTICE), Vars.string(application, Vars.COMMITTEE_NAME), applicant,
        List.of(), null, Vars.string(application, Vars.STATEMENT), levels(application, trail), asOf, copies);
  }

  /** Each level of the application's chain with its latest decision from the review trail. */
  private static List<LevelOpinion> levels(DelegateExecution application, List<TrailEntry> trail) {
    List<LevelOpinion> levels = new ArrayList<>();
    for (String level : levelNames(application)) {
      LevelOpinion opinion = LevelOpinion.pending(level);
      for (TrailEntry e : trail) {
        if (e.level().equals(level) && DECISIONS.contains(e.action())) {
          opinion = new LevelOpinion(level, e.action(), e.text(), e.actor(), minute(e.at()));
        }
      }
      levels.add(opinion);
    }
    return levels;
  }

  private static List<String> levelNames(DelegateExecution application) {
    SerializableValue chain = application.getVariableTyped(Vars.CHAIN, false);
    if (chain == null || chain.getValueSerialized() == null) {
      // a level-review started on its own (tests, a repair in Cockpit): just the level at hand
      String level = Vars.string(application, Vars.LEVEL_NAME);
      return level == null ? List.of() : List.of(level);
    }
    try {
      return JSON.readValue(chain.getValueSerialized(), new TypeReference<List<LevelStep>>() {}).stream()
          .map(LevelStep::name).toList();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("申报的审核层级（chain）无法读取", e);
    }
  }

  /** "2023-09-05T10:00:00+08:00" → "2023-09-05 10:00" (the trail's times are Beijing time). */
  private static String minute(String at) {
    return at.length() >= 16 ? at.substring(0, 16).replace('T', ' ') : at;
  }

  /** Dates arrive from forms as "2017-06-30" or with a time; the form prints the day. */
  private static String day(String value) {
    return value == null || value.length() < 10 ? value : value.substring(0, 10);
  }
}
