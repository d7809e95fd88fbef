package zhicheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** What each shipped form lets its user write, and how the guard reads the engine's commands. */
class FormFieldsTest {

  private static FormFields.Writable form(String name) throws Exception {
    String text = Files.readString(Path.of("forms", name));
    return name.endsWith(".html") ? FormFields.ofEmbeddedForm(text) : FormFields.ofCamundaForm(text);
  }

  @Test
  void aReviewerWritesTheDecisionAndTheOpinionOnly() throws Exception {
    assertThat(form("level-review.form").names()).containsExactlyInAnyOrder("decision", "opinion");
  }

  @Test
  void theUnitsReviewerAlsoWritesItsFindingsOnTheAchievementsAndNothingElse() throws Exception {
    // the rows' lines travel as one JSON variable; the achievements' own text is display only
    assertThat(form("level-review-unit.form").names())
        .containsExactlyInAnyOrder("decision", "opinion", "achievementConfirmations");
  }

  @Test
  void theDeclarationWritesItsFieldsAndTheProfileAsOneVariable() throws Exception {
    assertThat(form("declaration.form").names()).containsExactlyInAnyOrder("planId", "unitCode", "applicantName",
        "idNumber", "route", "education", "currentTitle", "currentTitleDate", "statement", "profile");
  }

  @Test
  void theCorrectionWritesTheDeclaredContentButNeverTheDisplayedTrailOrRouting() throws Exception {
    FormFields.Writable correction = form("correction.form");
    Set<String> files = form("upload-materials.html").files();
    assertThat(correction.names()).containsAll(files).containsAll(Set.of("applicantName", "idNumber", "route",
        "education", "currentTitle", "currentTitleDate", "statement", "profile")).hasSize(8 + files.size());
    // 资格核验信息 travels as the one JSON variable profile, as the declaration sends it; no field inside it is a name
    assertThat(correction.names()).doesNotContain("continuingEducation", "assessments", "employerType");
    assertThat(correction.files()).doesNotContain("profile");
    assertThat(correction.names()).doesNotContain("reviewTrailText", "returnReason", "reviewGroup", "chain", "unitCode");
  }

  @Test
  void theCorrectionTakesANewFileForEveryMaterialTheUploadTaskTakesAndNoOtherFile() throws Exception {
    // form-js has no file picker: the form names its files in a custom property, the same list as the upload form's
    assertThat(form("correction.form").files()).isEqualTo(form("upload-materials.html").files()).hasSize(9);
    assertThat(form("declaration.form").files()).isEmpty();
    assertThat(form("level-review.form").files()).isEmpty();
  }

  @Test
  void aFilesPropertyNamesFilesByCommaOrSpaceAndNothingElseIsAFile() {
    String json = "{\"components\": [{\"type\": \"text\", \"text\": \"x\", \"properties\": {\"files\": \"a, b  c\","
        + " \"other\": \"d\"}}, {\"type\": \"textfield\", \"key\": \"e\", \"properties\": {\"note\": \"f\"}}]}";
    FormFields.Writable w = FormFields.ofCamundaForm(json);
    assertThat(w.files()).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(w.names()).containsExactlyInAnyOrder("a", "b", "c", "e");
  }

  @Test
  void theUploadFormTakesFilesInItsFileFieldsOnly() throws Exception {
    FormFields.Writable upload = form("upload-materials.html");
    assertThat(upload.names()).contains("photo", "ceCertificate", "assessmentForms").hasSize(9);
    assertThat(upload.files()).isEqualTo(upload.names());
  }

  @Test
  void theBallotTableWritesItsThreeListsAndNothingElse() throws Exception {
    FormFields.Writable ballot = form("ballot.html");
    // made by the form's script from the table's radio buttons; the rows and the note it reads are not writable
    assertThat(ballot.names()).containsExactlyInAnyOrder("ballotAgree", "ballotDisagree", "ballotAbstain");
    assertThat(ballot.files()).isEmpty();
  }

  @Test
  void aScriptVariableOfAnotherTypeOrWithoutALiteralNameIsNotWritable() {
    String html = "<form><script cam-script>camForm.variableManager.createVariable({ name: 'x', type: 'String' });"
        + "camForm.variableManager.createVariable({ name: dynamicName, type: 'Json' });"
        + "camForm.variableManager.createVariable({ name: \"y\", type: \"json\", value: {} });</script></form>";
    assertThat(FormFields.ofEmbeddedForm(html).names()).containsExactly("y");
  }

  @Test
  void everyShippedFormDeclaresSomethingToWriteAndNoRoutingData() throws Exception {
    try (var forms = Files.list(Path.of("forms"))) {
      for (Path f : forms.toList()) {
        Set<String> names = form(f.getFileName().toString()).names();
        assertThat(names).as(f.toString()).isNotEmpty()
            .doesNotContain("chain", "reviewGroup", "levelDeadline", "levelIndex", "status", "reviewTrail",
                "applicant", "levelOutcome", "reviewAction");
      }
    }
  }

  @Test
  void theGuardReadsTheEngineCommandsItWatches() {
    assertThatCode(GuardedCommand::selfTest).doesNotThrowAnyException();
    Map<String, Object> vars = Map.of("decision", "pass");
    assertThat(GuardedCommand.of(new CompleteTaskCmd("t1", vars)))
        .isEqualTo(new GuardedCommand.Completion("t1", vars));
    assertThat(GuardedCommand.of(new ResolveTaskCmd("t2", vars)))
        .isEqualTo(new GuardedCommand.Completion("t2", vars));
    assertThat(GuardedCommand.of(new SubmitTaskFormCmd("t3", vars, false, false)))
        .isInstanceOfSatisfying(GuardedCommand.Completion.class, c -> assertThat(c.variables()).containsKey("decision"));
    assertThat(GuardedCommand.of(new ClaimTaskCmd("t4", "someone-else")))
        .isEqualTo(new GuardedCommand.Claim("t4", "someone-else"));
    assertThat(GuardedCommand.of(new SetTaskVariablesCmd("t5", Map.of("chain", "[]"), false)))
        .isEqualTo(new GuardedCommand.VariableWrite(Map.of("chain", "[]")));
  }

  @Test
  void objectValuesAndJavaSerializationAreNamedInChinese() {
    assertThat(VariableValues.problems(Map.of("a", "text", "b", 3, "c", Variables.booleanValue(true)), Set.of()))
        .isEmpty();
    assertThat(VariableValues.problems(Map.of("u", Variables.serializedObjectValue("\"x\"")
        .objectTypeName("java.net.URL").serializationDataFormat("application/json").create()), Set.of()))
        .containsExactly("变量“u”是对象类型，只接受文字、数字、日期、是否和 JSON");
    assertThat(VariableValues.problems(Map.of("s", Variables.serializedObjectValue("rO0=")
        .serializationDataFormat(Variables.SerializationDataFormats.JAVA).create()), Set.of()))
        .containsExactly("变量“s”使用了 Java 序列化格式，本系统不接受");
    assertThat(VariableValues.problems(Map.of("opinion", Variables.fileValue("a.pdf").file(new byte[] {1}).create()),
        Set.of())).containsExactly("变量“opinion”是文件，而表单中这一项不是上传文件");
  }
}
