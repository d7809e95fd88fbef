package zhicheng.application;

import static zhicheng.application.ApplicationVariables.APPLICANT_NAME;
import static zhicheng.application.ApplicationVariables.CURRENT_TITLE;
import static zhicheng.application.ApplicationVariables.CURRENT_TITLE_DATE;
import static zhicheng.application.ApplicationVariables.EDUCATION;
import static zhicheng.application.ApplicationVariables.ID_NUMBER;
import static zhicheng.application.ApplicationVariables.PLAN_ID;
import static zhicheng.application.ApplicationVariables.ROUTE;
import static zhicheng.application.ApplicationVariables.STATEMENT;
import static zhicheng.application.ApplicationVariables.UNIT_CODE;

import org.camunda.bpm.engine.delegate.VariableScope;

import zhicheng.eligibility.Declaration;

/** The applicant's declaration as variables: read at the edge into the engine-free {@link Declaration}, and back. */
public final class DeclaredContent {

  private DeclaredContent() {}

  /** The declaration visible from {@code scope}: the start form's fields, or a correction's as submitted. */
  public static Declaration read(VariableScope scope) {
    return new Declaration(PLAN_ID.get(scope), APPLICANT_NAME.get(scope), ID_NUMBER.get(scope),
        UNIT_CODE.get(scope), ROUTE.get(scope), EDUCATION.get(scope), CURRENT_TITLE.get(scope),
        CURRENT_TITLE_DATE.get(scope), STATEMENT.get(scope));
  }

  /**
   * Writes what the applicant may change in a correction onto {@code target} (the application). The plan and the
   * unit are not among them: they fixed the application's chain when it was accepted.
   */
  public static void writeCorrectable(VariableScope target, Declaration d) {
    APPLICANT_NAME.set(target, d.applicantName().trim());
    ID_NUMBER.set(target, d.idNumber().trim().toUpperCase());
    ROUTE.set(target, d.route());
    EDUCATION.set(target, d.education());
    CURRENT_TITLE.set(target, d.currentTitle().trim());
    CURRENT_TITLE_DATE.set(target, d.currentTitleDate());
    STATEMENT.set(target, d.statement());
  }
}
