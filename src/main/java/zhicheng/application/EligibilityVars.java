package zhicheng.application;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import zhicheng.eligibility.ApplicantProfile;
import zhicheng.eligibility.Declaration;
import zhicheng.eligibility.EligibilityCheck;
import zhicheng.eligibility.Material;
import zhicheng.process.DeclarationRefusedException;

/**
 * Process variables of the eligibility step of title-application: the applicant's profile (JSON, from the
 * start form's 资格核验信息 group), the findings, and the uploaded materials (Camunda File variables named as
 * {@link Material#variable()}).
 */
public final class EligibilityVars {

  public static final String PROFILE = "profile";
  public static final String ELIGIBLE = "eligible";
  public static final String FINDINGS = "eligibilityFindings";
  /** The findings as text, for the applicant's fix form and every reviewer's form (read-only there). */
  public static final String FINDINGS_TEXT = "eligibilityFindingsText";
  public static final String REQUIRED_MATERIALS_TEXT = "requiredMaterialsText";
  /** Set on the application when its unit passed it: it then holds one of the unit's vacant posts. */
  public static final String UNIT_RECOMMENDED = "unitRecommended";
  /** The level declared for (the plan's, or that of the title chosen from a plan-table row): the post quota's level. */
  public static final String TARGET_LEVEL = "targetLevel";
  /**
   * The title declared for (申报资格) from a plan-table row's 所评/推荐 columns (seed 003 附件1; the profile's
   * {@code targetTitle}), for the reviewers' form; null for a plan of one round.
   */
  public static final String TARGET_TITLE = "targetTitle";

  /** Lenient on form quirks: a single licence typed into a text field is a list of one. */
  static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true)
      .configure(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT, true);

  private EligibilityVars() {}

  /** The profile as declared, with education and title date from the declaration's own fields. */
  public static ApplicantProfile profile(VariableScope v) {
    return stored(v).withDeclared(Vars.string(v, Vars.EDUCATION), Vars.string(v, Vars.CURRENT_TITLE_DATE));
  }

  /** The application's profile with education and title date as a (corrected) declaration gives them. */
  public static ApplicantProfile profile(VariableScope application, Declaration d) {
    return stored(application).withDeclared(d.education(), d.currentTitleDate());
  }

  /**
   * Writes a check's result where the forms read it: {@code eligible}, the findings as JSON (Cockpit, API) and as
   * text (the applicant's fix form, every reviewer's form), the level declared for.
   */
  public static void write(VariableScope target, EligibilityCheck.Result r) {
    target.setVariable(ELIGIBLE, r.eligible());
    try {
      target.setVariable(FINDINGS, SpinValues.jsonValue(JSON.writeValueAsString(r.findings())).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    target.setVariable(FINDINGS_TEXT, text(r));
    target.setVariable(TARGET_LEVEL, r.level());
  }

  /** Below the 4000 characters a string variable holds (the engine's column), as {@link TrailText} keeps the trail. */
  static final int MAX_TEXT = 3900;

  /** The findings as the forms show them: failures first; what does not fit is in the JSON findings and 我的申报. */
  public static String text(EligibilityCheck.Result r) {
    String text = r.text();
    if (text.length() <= MAX_TEXT) {
      return text;
    }
    String note = "\n（其余核验结果从略，完整结果见变量 eligibilityFindings）";
    return text.substring(0, text.lastIndexOf('\n', MAX_TEXT - note.length())) + note;
  }

  private static ApplicantProfile stored(VariableScope v) {
    return parse(v.getVariableTyped(PROFILE, false));
  }

  /** The profile as stored (the JSON variable {@code profile}, or a string of it); an empty profile when none. */
  public static ApplicantProfile parse(TypedValue value) {
    ApplicantProfile p;
    try {
      String json = value instanceof SerializableValue s ? s.getValueSerialized() : value == null ? null
          : String.valueOf(value.getValue());
      p = json == null || json.isBlank() ? JSON.readValue("{}", ApplicantProfile.class)
          : JSON.readValue(json, ApplicantProfile.class);
    } catch (Exception e) {
      throw new DeclarationRefusedException("申报信息无法读取", java.util.List.of(
          "资格核验信息（profile）格式错误：" + e.getMessage().lines().findFirst().orElse("")));
    }
    return p;
  }

  /** The materials uploaded so far: File variables present with content (an empty file is no upload). */
  public static Set<Material> uploaded(VariableScope v) {
    Set<Material> uploaded = EnumSet.noneOf(Material.class);
    for (Material m : Material.values()) {
      if (v.getVariableTyped(m.variable(), true) instanceof FileValue f && f.getValue() != null) {
        try (var in = f.getValue()) {
          if (in.read() >= 0) {
            uploaded.add(m);
          }
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
    return uploaded;
  }
}
