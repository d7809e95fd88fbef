package zhicheng.application;

import java.util.List;

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
}
