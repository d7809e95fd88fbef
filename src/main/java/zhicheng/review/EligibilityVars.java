package zhicheng.review;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import zhicheng.eligibility.ApplicantProfile;
import zhicheng.eligibility.Material;

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

  /** Lenient on form quirks: a single licence typed into a text field is a list of one. */
  static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true)
      .configure(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT, true);

  private EligibilityVars() {}

  /** The profile as declared, with education and title date from the declaration's own fields. */
  public static ApplicantProfile profile(VariableScope v) {
    TypedValue value = v.getVariableTyped(PROFILE, false);
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
    return p.withDeclared(Vars.string(v, Vars.EDUCATION), Vars.string(v, Vars.CURRENT_TITLE_DATE));
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
