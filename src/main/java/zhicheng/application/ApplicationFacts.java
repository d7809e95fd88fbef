package zhicheng.application;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

import zhicheng.documents.Applicant;
import zhicheng.eligibility.ApplicantProfile;
import zhicheng.plan.LevelStep;

/**
 * What an application holds, as its documents print it: the declaration, the eligibility profile, the chain it
 * was given at acceptance and its review trail. Plain values, read from the title-application's variables by
 * {@link ApplicationDocumentsListener}; {@link DocumentData} turns them into the documents' data records.
 *
 * @param businessKey the 申报编号, printed on every page of its forms
 * @param chain       the application's own levels; empty when the application has none (a level-review run alone)
 */
public record ApplicationFacts(
    String businessKey, String planId, String planTitle, String planNotice, String committeeName,
    String applicantName, String idNumber, String unitCode, String unitName, String countyName, String route,
    String education, String currentTitle, String currentTitleDate, String statement, ApplicantProfile profile,
    List<LevelStep> chain, List<TrailEntry> trail) {

  public ApplicationFacts {
    chain = chain == null ? List.of() : List.copyOf(chain);
    trail = trail == null ? List.of() : List.copyOf(trail);
  }

  /** The applicant as the forms print them; dates arrive from forms as "2017-06-30" or with a time. */
  public Applicant applicant() {
    return new Applicant(applicantName, idNumber, unitName, countyName, education, currentTitle, day(currentTitleDate),
        route);
  }

  static String day(String value) {
    return value == null || value.length() < 10 ? value : value.substring(0, 10);
  }

  /** What the application holds, from the title-application's variables. */
  public static ApplicationFacts read(DelegateExecution application) {
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
