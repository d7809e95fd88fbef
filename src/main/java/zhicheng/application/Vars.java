package zhicheng.application;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;

import zhicheng.eligibility.Declaration;
import zhicheng.plan.LevelStep;

/**
 * Names of the process variables of title-application and level-review, in one place. Values are strings,
 * numbers, dates and JSON only: Cockpit shows them and nothing is Java-serialized.
 */
public final class Vars {

  // declared by the applicant (start form, correction form)
  public static final String PLAN_ID = "planId";
  public static final String APPLICANT = "applicant";
  public static final String APPLICANT_NAME = "applicantName";
  public static final String ID_NUMBER = "idNumber";
  public static final String UNIT_CODE = "unitCode";
  public static final String ROUTE = "route";
  public static final String EDUCATION = "education";
  public static final String CURRENT_TITLE = "currentTitle";
  public static final String CURRENT_TITLE_DATE = "currentTitleDate";
  public static final String STATEMENT = "statement";

  // filled in when the declaration is accepted
  public static final String PLAN_TITLE = "planTitle";
  public static final String PLAN_NOTICE = "planNotice";
  public static final String UNIT_NAME = "unitName";
  public static final String COUNTY_CODE = "countyCode";
  public static final String COUNTY_NAME = "countyName";
  public static final String COMMITTEE_CODE = "committeeCode";
  public static final String COMMITTEE_NAME = "committeeName";
  public static final String CHAIN = "chain";
  public static final String LEVEL_INDEX = "levelIndex";
  public static final String LEVEL_COUNT = "levelCount";

  // the level under review
  public static final String LEVEL_KEY = "levelKey";
  public static final String LEVEL_NAME = "levelName";
  public static final String REVIEW_GROUP = "reviewGroup";
  public static final String LEVEL_DEADLINE = "levelDeadline";
  public static final String PUBLICITY_DAYS = "publicityDays";

  // the reviewer's decision and the level's outcome
  public static final String DECISION = "decision";
  public static final String OPINION = "opinion";
  public static final String RETURN_REASON = "returnReason";
  /** The decision as recorded, for routing; the form's own {@code decision} is consumed on completion. */
  public static final String REVIEW_ACTION = "reviewAction";
  public static final String LEVEL_OUTCOME = "levelOutcome";
  public static final String LEVEL_REASON = "levelReason";

  // the application's readable state
  public static final String STATUS = "status";
  public static final String STATUS_TEXT = "statusText";
  public static final String STATUS_REASON = "statusReason";
  public static final String REVIEW_TRAIL = "reviewTrail";
  public static final String REVIEW_TRAIL_TEXT = "reviewTrailText";
  /** Markdown links to the application's documents, shown by the Tasklist forms. */
  public static final String DOCUMENT_LINKS = "documentLinks";

  public static final String OUTCOME_PASSED = "passed";
  public static final String OUTCOME_REJECTED = "rejected";
  public static final String OUTCOME_OVERDUE = "overdue";

  private Vars() {}

  public static Declaration declaration(VariableScope v) {
    return new Declaration(
        string(v, PLAN_ID), string(v, APPLICANT_NAME), string(v, ID_NUMBER), string(v, UNIT_CODE),
        string(v, ROUTE), string(v, EDUCATION), string(v, CURRENT_TITLE), string(v, CURRENT_TITLE_DATE),
        string(v, STATEMENT));
  }

  /**
   * Writes what the applicant may change in a correction onto {@code target} (the application). The plan and
   * the unit are not among them: they fixed the application's chain when it was accepted.
   */
  public static void putCorrectableContent(VariableScope target, Declaration d) {
    target.setVariable(APPLICANT_NAME, d.applicantName().trim());
    target.setVariable(ID_NUMBER, d.idNumber().trim().toUpperCase());
    target.setVariable(ROUTE, d.route());
    target.setVariable(EDUCATION, d.education());
    target.setVariable(CURRENT_TITLE, d.currentTitle().trim());
    target.setVariable(CURRENT_TITLE_DATE, d.currentTitleDate());
    target.setVariable(STATEMENT, d.statement());
  }

  /** A variable as a string; forms send dates as strings and numbers as numbers, so both are accepted. */
  public static String string(VariableScope v, String name) {
    Object value = v.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static final ObjectMapper CHAIN_JSON = new ObjectMapper();

  /**
   * The application's chain of levels, as 受理申报 fixed it (variable {@value #CHAIN}, JSON, read without
   * deserialization); empty when the instance holds none.
   */
  public static List<LevelStep> chain(SerializableValue value) {
    if (value == null || value.getValueSerialized() == null) {
      return List.of();
    }
    try {
      return CHAIN_JSON.readValue(value.getValueSerialized(), new TypeReference<List<LevelStep>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("申报的审核层级（chain）无法读取", e);
    }
  }
}
