package zhicheng.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import zhicheng.forms.DerivedForms.Derived;

/**
 * The applicant's task forms cannot drift from the declaration: the checked-in files (what Modeler opens) and the
 * deployed ones (the classpath) are what {@link DerivedForms} makes from forms/declaration.form.
 */
class DerivedFormsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String UPDATE = "mvn -q compile exec:java@update-forms";

  private static String file(String name) throws IOException {
    return Files.readString(Path.of("forms", name), StandardCharsets.UTF_8);
  }

  private static String classpath(String name) throws IOException {
    try (InputStream in = DerivedFormsTest.class.getResourceAsStream("/forms/" + name)) {
      assertThat(in).as("forms/" + name + " on the classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theCheckedInFormsAreWhatTheDeclarationMakes() throws IOException {
    for (Derived form : DerivedForms.FORMS) {
      String checkedIn = file(form.file());
      List<String> differences = differences(JSON.readTree(DerivedForms.derive(file(DerivedForms.SOURCE), form,
          checkedIn)), JSON.readTree(checkedIn), "");
      assertThat(differences).as("forms/%s differs from what forms/%s makes (JSON pointers, derived ≠ checked in);"
          + " edit the shared fields in %s only, then run %s", form.file(), DerivedForms.SOURCE, DerivedForms.SOURCE,
          UPDATE).isEmpty();
    }
  }

  @Test
  void theDeployedFormsAreWhatTheDeployedDeclarationMakes() throws IOException {
    // target/classes/forms, written by the build (exec:java@derive-forms): what the engine tests and the app deploy
    for (Derived form : DerivedForms.FORMS) {
      String deployed = classpath(form.file());
      assertThat(JSON.readTree(deployed)).as(form.file())
          .isEqualTo(JSON.readTree(DerivedForms.derive(classpath(DerivedForms.SOURCE), form, deployed)));
    }
  }

  @Test
  void theFixFormAsksOnlyForTheEligibilityFactsAndShowsTheFindingsAndThePlanReadOnly() throws IOException {
    JsonNode fix = JSON.readTree(file("eligibility-fix.form"));
    assertThat(fix.get("id").asText()).isEqualTo("eligibility-fix");
    List<JsonNode> top = new ArrayList<>();
    fix.get("components").forEach(top::add);
    assertThat(top.subList(1, 3)).extracting(c -> c.get("key").asText(), c -> c.get("disabled").asBoolean())
        .containsExactly(tuple("eligibilityFindingsText", true),
            tuple("planTitle", true));
    String text = fix.toString();
    for (String key : List.of("planId", "unitCode", "applicantName", "idNumber", "statement")) {
      assertThat(text).as(key).doesNotContain("\"key\":\"" + key + "\"");
    }
    // the shared fields are the declaration's, ids prefixed: same keys, same labels, same conditions
    JsonNode declaration = JSON.readTree(file(DerivedForms.SOURCE));
    for (String name : DerivedForms.ELIGIBILITY_FIX.shared()) {
      JsonNode mine = byName(fix, name).deepCopy();
      JsonNode theirs = byName(declaration, name).deepCopy();
      assertThat(withoutIds(mine)).as(name).isEqualTo(withoutIds(theirs));
    }
    assertThat(byName(fix, "profile").get("id").asText()).isEqualTo("Group_FixProfile");
    assertThat(byName(fix, "route").get("id").asText()).isEqualTo("Field_FixRoute");
  }

  @Test
  void theCorrectionAsksForTheDeclaredFieldsAsTheDeclarationDoesAndShowsItsOwnPartsReadOnly() throws IOException {
    JsonNode correction = JSON.readTree(file("correction.form"));
    JsonNode declaration = JSON.readTree(file(DerivedForms.SOURCE));
    for (String name : DerivedForms.CORRECTION.shared()) {
      assertThat(byName(correction, name)).as(name).isEqualTo(byName(declaration, name)); // ids too
    }
    for (String key : List.of("returnReason", "eligibilityFindingsText", "planTitle", "unitName", "reviewTrailText")) {
      assertThat(byName(correction, key).get("disabled").asBoolean()).as(key).isTrue();
    }
    // 资格核验信息 is corrected as declared, the same group with the same ids
    assertThat(byName(correction, "profile").get("id").asText()).isEqualTo("Group_Profile");
  }

  @Test
  void anEditOfTheDeclarationReachesTheFixFormAndTheFixFormsOwnPartsStay() throws IOException {
    ObjectNode declaration = (ObjectNode) JSON.readTree(file(DerivedForms.SOURCE));
    // an administrator adds a field to 资格核验信息 and renames 学历 in Modeler
    ((ArrayNode) byName(declaration, "profile").get("components")).addObject()
        .put("type", "textfield").put("label", "毕业院校").put("key", "school").put("id", "Field_School");
    ((ObjectNode) byName(declaration, "education")).put("label", "最高学历");
    // and someone edits the fix form: its heading (its own) and 现任专业技术职务 (the declaration's)
    ObjectNode fix = (ObjectNode) JSON.readTree(file("eligibility-fix.form"));
    ((ObjectNode) fix.get("components").get(0)).put("text", "### 补正资格条件\n新的说明");
    ((ObjectNode) byName(fix, "currentTitle")).put("label", "改过的标签");

    JsonNode derived = JSON.readTree(DerivedForms.derive(DerivedForms.print(declaration), DerivedForms.ELIGIBILITY_FIX,
        DerivedForms.print(fix)));
    JsonNode school = byName(byName(derived, "profile"), "school");
    assertThat(school.get("id").asText()).isEqualTo("Field_FixSchool");
    assertThat(byName(derived, "education").get("label").asText()).isEqualTo("最高学历");
    assertThat(byName(derived, "currentTitle").get("label").asText()).isEqualTo("现任专业技术职务");
    assertThat(derived.get("components").get(0).get("text").asText()).isEqualTo("### 补正资格条件\n新的说明");
    assertThat(derived.get("id").asText()).isEqualTo("eligibility-fix");
    // the correction takes the new label and the new field of 资格核验信息, its id unprefixed
    JsonNode correction = JSON.readTree(DerivedForms.derive(DerivedForms.print(declaration), DerivedForms.CORRECTION,
        file("correction.form")));
    assertThat(byName(correction, "education").get("label").asText()).isEqualTo("最高学历");
    assertThat(byName(byName(correction, "profile"), "school").get("id").asText()).isEqualTo("Field_School");
  }

  @Test
  void aSharedFieldMissingOnEitherSideOrAnIdTakenTwiceIsNamed() throws IOException {
    String declaration = file(DerivedForms.SOURCE);
    ObjectNode fix = (ObjectNode) JSON.readTree(file("eligibility-fix.form"));
    ObjectNode withoutRoute = fix.deepCopy();
    ((ArrayNode) withoutRoute.get("components")).remove(indexOf(withoutRoute, "route"));
    assertThatThrownBy(() -> DerivedForms.derive(declaration, DerivedForms.ELIGIBILITY_FIX,
        DerivedForms.print(withoutRoute))).hasMessageContaining("eligibility-fix.form has no field route");

    ObjectNode declarationWithoutProfile = (ObjectNode) JSON.readTree(declaration);
    ((ArrayNode) declarationWithoutProfile.get("components")).remove(indexOf(declarationWithoutProfile, "profile"));
    assertThatThrownBy(() -> DerivedForms.derive(DerivedForms.print(declarationWithoutProfile),
        DerivedForms.ELIGIBILITY_FIX, file("eligibility-fix.form")))
        .hasMessageContaining("declaration.form has no top-level field profile");

    ObjectNode clash = fix.deepCopy();
    ((ObjectNode) clash.get("components").get(0)).put("id", "Field_FixRoute");
    assertThatThrownBy(() -> DerivedForms.derive(declaration, DerivedForms.ELIGIBILITY_FIX, DerivedForms.print(clash)))
        .hasMessageContaining("two components with the id Field_FixRoute");
  }

  @Test
  void theCheckedInFormsAreWrittenAsTheGeneratorWritesThem() throws IOException {
    // JSON.stringify(form, null, 2) as Modeler saves it: updating a copy changes only what changed
    for (Derived form : DerivedForms.FORMS) {
      String checkedIn = file(form.file());
      assertThat(DerivedForms.print(JSON.readTree(checkedIn))).as("forms/%s is not laid out as the generator writes it;"
          + " run %s", form.file(), UPDATE).isEqualTo(checkedIn);
    }
  }

  /** A top-level component (or one directly inside {@code container}) by key or path. */
  private static JsonNode byName(JsonNode container, String name) {
    for (JsonNode c : container.get("components")) {
      if (name.equals(c.path("key").asText()) || name.equals(c.path("path").asText())) {
        return c;
      }
    }
    throw new AssertionError("no component " + name);
  }

  private static int indexOf(JsonNode form, String name) {
    for (int i = 0; i < form.get("components").size(); i++) {
      JsonNode c = form.get("components").get(i);
      if (name.equals(c.path("key").asText()) || name.equals(c.path("path").asText())) {
        return i;
      }
    }
    throw new AssertionError("no component " + name);
  }

  private static JsonNode withoutIds(JsonNode component) {
    if (component instanceof ObjectNode o) {
      o.remove("id");
    }
    component.path("components").forEach(DerivedFormsTest::withoutIds);
    return component;
  }

  /** Where two JSON trees differ, as JSON pointers (at most 20). */
  static List<String> differences(JsonNode a, JsonNode b, String at) {
    List<String> found = new ArrayList<>();
    diff(a, b, at, found);
    return found.size() > 20 ? found.subList(0, 20) : found;
  }

  private static void diff(JsonNode a, JsonNode b, String at, List<String> found) {
    if (a.equals(b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String n : names) {
        if (!a.has(n) || !b.has(n)) {
          found.add(at + "/" + n + (a.has(n) ? " (only derived)" : " (only checked in)"));
        } else {
          diff(a.get(n), b.get(n), at + "/" + n, found);
        }
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        diff(a.get(i), b.get(i), at + "/" + i, found);
      }
    } else {
      found.add(at + ": " + abbreviated(a) + " ≠ " + abbreviated(b));
    }
  }

  private static String abbreviated(JsonNode n) {
    String s = n.toString();
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
