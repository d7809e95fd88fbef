package zhicheng.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import zhicheng.eligibility.ApplicantProfile;
import zhicheng.eligibility.Finding;

/**
 * The group 资格核验信息 of a draft as the start form sends it: one JSON {@code profile} with the fields of
 * forms/declaration.form's group (their names are the draft's field names; rows of a repeated group are columns of
 * the same length), and where each finding of the eligibility check belongs on the page. Engine-free.
 */
final class DraftProfile {

  /** The group's single fields, as the form names them: text, dates and choices. */
  static final List<String> TEXTS = List.of("targetTitle", "employerType", "currentTitleLevel", "currentTitleSeries",
      "fieldWorkSince", "otherSeriesSeniorTitle", "transferredIntoFieldDate", "skillLevel", "skillDate");
  /** Ticked or not: not unless ticked. */
  static final List<String> FLAGS = List.of("civilServant", "outOfProvince", "engineeringDoctorate");
  /** Yes unless the applicant says no, as the start form's default (所学专业与申报专业一致或相近). */
  static final String DEGREE_RELATED = "degreeRelated";
  /** The 直接申报专家推荐表: the page's field for each of its entries. */
  static final Map<String, String> RECOMMENDATION = Map.of("erName", "name", "erTitle", "title", "erUnit", "unit",
      "erContact", "contact", "erReasons", "reasons", "erAchievements", "achievements");

  /** Lenient as the process reads the form's JSON (EligibilityStep): a licence typed alone is a list of one. */
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true)
      .configure(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT, true);

  private DraftProfile() {}

  static ObjectNode json(Drafts.Draft d) {
    ObjectNode profile = JSON.createObjectNode();
    TEXTS.forEach(f -> {
      if (!d.first(f).isBlank()) {
        profile.put(f, d.first(f).strip());
      }
    });
    FLAGS.forEach(f -> profile.put(f, "true".equals(d.first(f))));
    profile.put(DEGREE_RELATED, !"false".equals(d.first(DEGREE_RELATED)));
    ArrayNode licences = profile.putArray("licences");
    for (String l : d.first("licences").split("[，,、；;]")) {
      if (!l.isBlank()) {
        licences.add(l.strip());
      }
    }
    ArrayNode honours = profile.putArray("honours");
    d.all("honours").stream().filter(h -> h != null && !h.isBlank()).forEach(honours::add);
    ArrayNode conditions = profile.putArray("exceptionalConditions");
    d.all("exceptionalConditions").stream().filter(c -> c != null && !c.isBlank()).forEach(c -> conditions.add(number(c)));
    if (RECOMMENDATION.keySet().stream().anyMatch(f -> !d.first(f).isBlank())) {
      ObjectNode er = profile.putObject("expertRecommendation");
      RECOMMENDATION.forEach((field, key) -> er.put(key, d.first(field).strip()));
    }
    ArrayNode claims = profile.putArray("selfScoreClaims");
    DeclarationPages.rows(d, "claimItem", "claimCount").forEach(r -> {
      if (!r.get(0).isBlank()) {
        claims.addObject().put("item", r.get(0)).put("count", number(r.get(1)));
      }
    });
    ArrayNode assessments = profile.putArray("assessments");
    DeclarationPages.rows(d, "assessmentYear", "assessmentResult").forEach(r -> {
      if (!r.get(0).isBlank()) {
        assessments.addObject().put("year", number(r.get(0))).put("result", r.get(1));
      }
    });
    ArrayNode hours = profile.putArray("continuingEducation");
    DeclarationPages.rows(d, "ceYear", "ceProfessional", "ceIndustryPublic", "ceGeneralPublic").forEach(r -> {
      if (!r.get(0).isBlank()) {
        hours.addObject().put("year", number(r.get(0))).put("professional", number(r.get(1)))
            .put("industryPublic", number(r.get(2))).put("generalPublic", number(r.get(3)));
      }
    });
    return profile;
  }

  /**
   * The other way: a stored profile (the JSON {@code json} makes, or the start form's) as the page's fields, so that a
   * correction shows 资格核验信息 as declared; {@code json} of the result gives the same profile back. Unreadable JSON
   * shows empty fields, which the process refuses with its reason if sent so.
   */
  static Map<String, List<String>> fields(String profileJson) {
    Map<String, List<String>> f = new LinkedHashMap<>();
    com.fasterxml.jackson.databind.JsonNode p;
    try {
      p = JSON.readTree(profileJson);
    } catch (JsonProcessingException e) {
      return f;
    }
    if (p == null || !p.isObject()) {
      return f;
    }
    TEXTS.forEach(t -> {
      if (p.hasNonNull(t) && !p.get(t).asText().isBlank()) {
        f.put(t, List.of(p.get(t).asText()));
      }
    });
    FLAGS.forEach(flag -> f.put(flag, List.of(String.valueOf(p.path(flag).asBoolean(false)))));
    f.put(DEGREE_RELATED, List.of(String.valueOf(p.path(DEGREE_RELATED).asBoolean(true))));
    List<String> licences = new java.util.ArrayList<>();
    p.path("licences").forEach(l -> licences.add(l.asText()));
    if (p.path("licences").isTextual()) {
      licences.add(p.get("licences").asText());
    }
    f.put("licences", List.of(String.join("、", licences)));
    f.put("honours", texts(p.path("honours"), null));
    f.put("exceptionalConditions", texts(p.path("exceptionalConditions"), null));
    if (p.path("expertRecommendation").isObject()) {
      RECOMMENDATION.forEach((field, key) -> f.put(field, List.of(p.path("expertRecommendation").path(key).asText(""))));
    }
    f.put("claimItem", texts(p.path("selfScoreClaims"), "item"));
    f.put("claimCount", texts(p.path("selfScoreClaims"), "count"));
    f.put("assessmentYear", texts(p.path("assessments"), "year"));
    f.put("assessmentResult", texts(p.path("assessments"), "result"));
    f.put("ceYear", texts(p.path("continuingEducation"), "year"));
    f.put("ceProfessional", texts(p.path("continuingEducation"), "professional"));
    f.put("ceIndustryPublic", texts(p.path("continuingEducation"), "industryPublic"));
    f.put("ceGeneralPublic", texts(p.path("continuingEducation"), "generalPublic"));
    return f;
  }

  /** A list's entries (or one column of its rows) as text, a missing value as "". */
  private static List<String> texts(com.fasterxml.jackson.databind.JsonNode list, String column) {
    List<String> texts = new java.util.ArrayList<>();
    list.forEach(e -> {
      var v = column == null ? e : e.path(column);
      texts.add(v.isMissingNode() || v.isNull() ? "" : v.asText());
    });
    return texts;
  }

  /** The profile the process reads from that JSON, with the declaration's education and title date. */
  static ApplicantProfile profile(Drafts.Draft d) {
    try {
      return JSON.treeToValue(json(d), ApplicantProfile.class)
          .withDeclared(d.first("education").strip(), d.first("currentTitleDate").strip());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("草稿的资格核验信息无法读取", e);
    }
  }

  /**
   * Each unmet rule beside the field it is about (rule ids of {@code EligibilityCheck}); what belongs to no field
   * of the page (the integrity record, a material, a value no rule can judge) under {@code ""}, above the form.
   */
  static Map<String, List<String>> besideFields(List<Finding> findings) {
    Map<String, List<String>> beside = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (f.passed() || f.rule().startsWith("material:")) {
        continue; // materials are uploaded after the declaration, and checked then
      }
      beside.computeIfAbsent(field(f.rule()), k -> new java.util.ArrayList<>())
          .add(f.message() + "（依据：" + f.source() + "）");
    }
    return beside;
  }

  static String field(String rule) {
    return switch (rule) {
      case "civil-servant" -> "civilServant";
      case "entrustment-letter" -> "outOfProvince";
      case "route-offered", "route-years" -> "route";
      case "target-title" -> "targetTitle";
      case "exceptional-conditions" -> "exceptionalConditions";
      case "expert-recommendation" -> "expertRecommendation";
      case "self-score" -> "selfScoreClaims";
      case "annual-assessment" -> "assessments";
      case "continuing-education" -> "hours";
      default -> "";
    };
  }

  private static int number(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
