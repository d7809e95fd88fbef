package zhicheng.application;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import zhicheng.eligibility.ApplicantProfile;
import zhicheng.eligibility.Declaration;
import zhicheng.eligibility.EligibilityCheck;
import zhicheng.eligibility.Material;
import zhicheng.eligibility.ProfileBounds;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.process.JsonProblem;

/**
 * The eligibility step of title-application at the edge between variables and rules: the applicant's profile (the
 * start form's 资格核验信息 group, JSON), the check's result as the forms read it, and the uploaded materials (File
 * variables named as {@link Material#variable()}). The variables are declared in {@link ApplicationVariables}.
 */
public final class EligibilityStep {

  /** Lenient on form quirks: a single licence typed into a text field is a list of one. */
  static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true)
      .configure(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT, true);

  private EligibilityStep() {}

  /** The profile as declared, with education and title date from the declaration's own fields. */
  public static ApplicantProfile profile(VariableScope v) {
    return stored(v).withDeclared(ApplicationVariables.EDUCATION.get(v), ApplicationVariables.CURRENT_TITLE_DATE.get(v));
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
    ApplicationVariables.ELIGIBLE.set(target, r.eligible());
    ApplicationVariables.FINDINGS.set(target, r.findings());
    ApplicationVariables.FINDINGS_TEXT.set(target, text(r));
    ApplicationVariables.TARGET_LEVEL.set(target, r.level());
  }

  /** Below the 4000 characters a string variable holds (the engine's column), as {@link TrailText} keeps the trail. */
  static final int MAX_TEXT = 3900;

  /** The findings as the forms show them: failures first; what does not fit is in the JSON findings and 我的申报. */
  public static String text(EligibilityCheck.Result r) {
    String text = r.text();
    if (text.length() <= MAX_TEXT) {
      return text;
    }
    String note = "\n（其余核验结果从略，完整结果见变量 " + ApplicationVariables.FINDINGS.name() + "）";
    return text.substring(0, text.lastIndexOf('\n', MAX_TEXT - note.length())) + note;
  }

  private static ApplicantProfile stored(VariableScope v) {
    return parse(ApplicationVariables.PROFILE.get(v));
  }

  /**
   * The profile as stored (the JSON variable {@code profile}, or a string of it); an empty profile when none. A
   * profile over {@link ProfileBounds#MAX_CHARACTERS} characters is refused before it is read, one that is no JSON
   * object with what is wrong and where, never Jackson's words.
   */
  public static ApplicantProfile parse(TypedValue value) {
    String json = json(value);
    if (json.length() > ProfileBounds.MAX_CHARACTERS) {
      throw unreadable("有 " + json.length() + " 字，超过 " + ProfileBounds.MAX_CHARACTERS + " 字的上限");
    }
    ApplicantProfile p;
    try {
      p = JSON.readValue(json, ApplicantProfile.class);
    } catch (Exception e) {
      throw unreadable("格式错误：" + JsonProblem.of(e));
    }
    if (p == null) {
      throw unreadable("应为 JSON 对象");
    }
    return p;
  }

  /** The profile's JSON text as sent (a JSON variable, or a string of it); {@code {}} when none. */
  public static String json(TypedValue value) {
    String json = value instanceof SerializableValue s ? s.getValueSerialized()
        : value == null || value.getValue() == null ? null : String.valueOf(value.getValue());
    return json == null || json.isBlank() ? "{}" : json;
  }

  /** A start that names the variable {@code profile} but gives it no value. */
  public static boolean declaredEmpty(VariableScope v) {
    String name = ApplicationVariables.PROFILE.name();
    // read as sent, not deserialized: JSON that is no JSON is parse()'s to refuse, with the reason
    TypedValue value = v.hasVariable(name) ? v.getVariableTyped(name, false) : null;
    return v.hasVariable(name) && (value == null || (value instanceof SerializableValue s
        ? s.getValueSerialized() == null : value.getValue() == null));
  }

  private static DeclarationRefusedException unreadable(String what) {
    return new DeclarationRefusedException("申报信息无法读取", java.util.List.of("资格核验信息（profile）" + what));
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
