package zhicheng.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import zhicheng.scoring.ScoreClaim;

/**
 * How much a profile may hold: each text field and each list has a limit, so a profile of 3,000 licences or a 1 MB
 * title is refused with the field named instead of being stored, checked row by row and printed on every form. The
 * notices set no limit for these fields (only the 述职's 1000 characters, which {@link DeclarationCheck} keeps); the
 * limits here are far above anything a real profile holds: a notice's honour or a title is under 60 characters, an
 * applicant has two or three licences, the notices ask for at most five years of assessments and hours.
 */
public final class ProfileBounds {

  /** The stored JSON as a whole, before it is read. */
  public static final int MAX_CHARACTERS = 20_000;
  /** A name, a title, a series, a date, a licence, an honour, a self-score item. */
  static final int MAX_TEXT = 100;
  /** The expert recommendation's reasons and achievements (推荐理由, 标志性业绩). */
  static final int MAX_REASONS = 2000;
  /** Rows of each list. */
  static final Map<String, Integer> MAX_ROWS = Map.of("licences", 20, "honours", 20, "assessments", 10,
      "continuingEducation", 10, "exceptionalConditions", 6, "selfScoreClaims", 100);

  private ProfileBounds() {}

  /** What is over its limit, each naming the field; empty when everything fits. */
  public static List<String> problems(ApplicantProfile p) {
    List<String> problems = new ArrayList<>();
    rows("licences", p.licences(), problems);
    rows("honours", p.honours(), problems);
    rows("assessments", p.assessments(), problems);
    rows("continuingEducation", p.continuingEducation(), problems);
    rows("exceptionalConditions", p.exceptionalConditions(), problems);
    rows("selfScoreClaims", p.selfScoreClaims(), problems);
    text("education", p.education(), MAX_TEXT, problems);
    text("fieldWorkSince", p.fieldWorkSince(), MAX_TEXT, problems);
    text("currentTitleLevel", p.currentTitleLevel(), MAX_TEXT, problems);
    text("currentTitleSeries", p.currentTitleSeries(), MAX_TEXT, problems);
    text("currentTitleDate", p.currentTitleDate(), MAX_TEXT, problems);
    text("otherSeriesSeniorTitle", p.otherSeriesSeniorTitle(), MAX_TEXT, problems);
    text("transferredIntoFieldDate", p.transferredIntoFieldDate(), MAX_TEXT, problems);
    text("skillLevel", p.skillLevel(), MAX_TEXT, problems);
    text("skillDate", p.skillDate(), MAX_TEXT, problems);
    text("employerType", p.employerType(), MAX_TEXT, problems);
    text("targetTitle", p.targetTitle(), MAX_TEXT, problems);
    for (int i = 0; i < Math.min(p.licences().size(), MAX_ROWS.get("licences")); i++) {
      text("licences[" + i + "]", p.licences().get(i), MAX_TEXT, problems);
    }
    for (int i = 0; i < Math.min(p.honours().size(), MAX_ROWS.get("honours")); i++) {
      text("honours[" + i + "]", p.honours().get(i), MAX_TEXT, problems);
    }
    for (int i = 0; i < Math.min(p.assessments().size(), MAX_ROWS.get("assessments")); i++) {
      text("assessments[" + i + "].result", p.assessments().get(i).result(), MAX_TEXT, problems);
    }
    for (int i = 0; i < Math.min(p.selfScoreClaims().size(), MAX_ROWS.get("selfScoreClaims")); i++) {
      ScoreClaim c = p.selfScoreClaims().get(i);
      text("selfScoreClaims[" + i + "].item", c.item(), MAX_TEXT, problems);
    }
    ApplicantProfile.ExpertRecommendation r = p.expertRecommendation();
    if (r != null) {
      text("expertRecommendation.name", r.name(), MAX_TEXT, problems);
      text("expertRecommendation.title", r.title(), MAX_TEXT, problems);
      text("expertRecommendation.contact", r.contact(), MAX_TEXT, problems);
      text("expertRecommendation.unit", r.unit(), MAX_TEXT, problems);
      text("expertRecommendation.reasons", r.reasons(), MAX_REASONS, problems);
      text("expertRecommendation.achievements", r.achievements(), MAX_REASONS, problems);
    }
    return problems;
  }

  private static void rows(String field, List<?> list, List<String> problems) {
    int max = MAX_ROWS.get(field);
    if (list.size() > max) {
      problems.add("资格核验信息的 " + field + " 有 " + list.size() + " 行，最多 " + max + " 行");
    }
  }

  private static void text(String field, String value, int max, List<String> problems) {
    if (value != null && value.length() > max) {
      problems.add("资格核验信息的 " + field + " 有 " + value.length() + " 字，最多 " + max + " 字");
    }
  }
}
