package zhicheng.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import zhicheng.application.ApplicationVariables;
import zhicheng.forwarding.BatchVariables;

/**
 * What the forms say, as files Camunda Modeler opens: the batch forms state the forwarding rule for every plan and
 * take the plan's own numbers from the batch's variables (not seed 004's 一式3份); the reviewer's form shows the
 * declared title and the batches' links only when there are any; the forms the applicant uses never link a batch.
 */
class FormTextsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

  @Test
  void theBatchFormsQuoteThePlansOwnCopiesFromTheBatchsVariables() throws IOException {
    String confirm = Files.readString(Path.of("forms/batch-forwarding-confirm.form"));
    String start = Files.readString(Path.of("forms/batch-forwarding-start.form"));
    for (String form : List.of(confirm, start)) {
      assertThat(form).doesNotContain("一式3份").doesNotContain("一式三份");
    }
    assertThat(placeholders(confirm)).contains(BatchVariables.PAPERS.name(),
        BatchVariables.EVALUATION_FORM_COPIES.name(), BatchVariables.EVALUATION_FORM_COPIES_SOURCE.name(),
        BatchVariables.RECEIVING_BODIES.name())
        // every placeholder is a variable the batch's delegate sets (CollectBatchDelegate)
        .isSubsetOf(Set.of(BatchVariables.PAPERS.name(), BatchVariables.EVALUATION_FORM_COPIES.name(),
            BatchVariables.EVALUATION_FORM_COPIES_SOURCE.name(), BatchVariables.RECEIVING_BODIES.name(),
            BatchVariables.MEMBERS_TEXT.name(), ApplicationVariables.DOCUMENT_LINKS.name()));
    // the letter goes to the committee's office only (seed 004 附件4 二、1), both forms say so
    assertThat(confirm).contains("只有报送评委会办公室的一批另附《委托书》");
    assertThat(start).contains("报送评委会办公室的一批另生成《委托书》");
  }

  @Test
  void thePaperFormsTaskQuotesThePlansOwnCopiesAndClause() throws IOException {
    JsonNode help = component(JSON.readTree(Path.of("forms/paper-forms.form").toFile()), "Text_PaperFormsHelp");
    assertThat(help.get("text").asText()).doesNotContain("一式3份").doesNotContain("杭经信人事");
    // both set on the way to the task (PaperFormsDueListener)
    assertThat(placeholders(help.get("text").asText())).contains(ApplicationVariables.PAPER_FORMS_COPIES.name(),
        ApplicationVariables.EVALUATION_FORM_COPIES_SOURCE.name());
  }

  @Test
  void theReviewersFormShowsTheDeclaredTitleAndTheBatchesReadOnlyAndOnlyWhenThereAreAny() throws IOException {
    JsonNode review = JSON.readTree(Path.of("forms/level-review.form").toFile());
    JsonNode title = component(review, "Field_TargetTitle");
    assertThat(title.get("key").asText()).isEqualTo(ApplicationVariables.TARGET_TITLE.name());
    assertThat(title.get("disabled").asBoolean()).isTrue();
    assertThat(title.at("/conditional/hide").asText()).isEqualTo("=targetTitle = null or targetTitle = \"\"");
    JsonNode links = component(review, "Text_RosterLinks");
    assertThat(placeholders(links.get("text").asText())).containsExactly(BatchVariables.ROSTER_LINKS.name());
    assertThat(links.at("/conditional/hide").asText()).isEqualTo("=rosterLinks = null or rosterLinks = \"\"");
    JsonNode paper = component(JSON.readTree(Path.of("forms/paper-forms.form").toFile()), "Text_RosterLinks");
    assertThat(placeholders(paper.get("text").asText())).containsExactly(BatchVariables.ROSTER_LINKS.name());
  }

  @Test
  void theApplicantsFormsNeverLinkABatch() throws IOException {
    // the roster lists a body's applicants: DocumentAccess answers 404 to the applicant and the unit
    for (String form : List.of("forms/declaration.form", "forms/eligibility-fix.form", "forms/correction.form",
        "forms/upload-materials.html")) {
      assertThat(Files.readString(Path.of(form))).as(form).doesNotContain(BatchVariables.ROSTER_LINKS.name())
          .doesNotContain(BatchVariables.ROSTER_BATCHES.name());
    }
  }

  private static List<String> placeholders(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static JsonNode component(JsonNode form, String id) {
    for (JsonNode c : form.get("components")) {
      if (id.equals(c.path("id").asText())) {
        return c;
      }
    }
    throw new AssertionError("no component " + id);
  }
}
