package zhicheng.security;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The process variables a form lets its user write: what a completion or a start through that form may carry,
 * and nothing else (a task holder holds the REST API, not just the form).
 * <ul>
 *   <li>A Camunda Form (form-js JSON): every top-level field with a {@code key} that is neither disabled nor
 *       read-only, and the first segment of the {@code path} of every outermost group or list that has one (its
 *       fields travel inside that one JSON variable, e.g. {@code profile}). Disabled fields only display data:
 *       form-js does not submit them, and they are not writable here. Files: Tasklist's form-js (1.8.7) has no file
 *       picker, so a form whose task takes files (the correction, sent from the applicants' pages) names them in a
 *       component's custom property {@code files} (Modeler: Custom properties; names separated by commas or spaces);
 *       those names are writable and take a file.</li>
 *   <li>An embedded HTML form: every {@code cam-variable-name}, and every JSON variable its form script creates by
 *       name ({@code camForm.variableManager.createVariable({ name: 'ballotAgree', type: 'Json', … })}: a table such
 *       as the ballot's has no one input per variable).</li>
 * </ul>
 * Engine-free: the guard hands in the deployed form's text.
 */
public final class FormFields {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The custom property of a form-js component that names the file variables its task takes. */
  public static final String FILES_PROPERTY = "files";
  private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
  private static final Pattern CAM_VARIABLE = Pattern.compile("cam-variable-name\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern FILE_TYPE = Pattern.compile("cam-variable-type\\s*=\\s*\"File\"");
  private static final Pattern SCRIPT_JSON_VARIABLE = Pattern.compile(
      "createVariable\\(\\s*\\{\\s*name\\s*:\\s*['\"]([A-Za-z0-9_]+)['\"]\\s*,\\s*type\\s*:\\s*['\"][Jj]son['\"]");
  /** form-js components that hold no value. */
  private static final Set<String> WITHOUT_VALUE = Set.of("text", "html", "spacer", "separator", "image", "button",
      "iframe", "table", "documentPreview");

  private FormFields() {}

  /** What a form lets its user write: {@code names}; of those, {@code files} take a file and nothing else does. */
  public record Writable(Set<String> names, Set<String> files) {
    public static final Writable NOTHING = new Writable(Set.of(), Set.of());

    public Writable {
      names = Set.copyOf(names);
      files = Set.copyOf(files);
    }
  }

  /** The writable variables of a form-js definition; files only where a custom property {@code files} names them. */
  public static Writable ofCamundaForm(String json) {
    try {
      Set<String> fields = new TreeSet<>();
      Set<String> files = new TreeSet<>();
      JsonNode form = JSON.readTree(json);
      collect(form, fields);
      form.findValues("properties").forEach(p -> {
        for (String name : p.path(FILES_PROPERTY).asText("").split("[,\\s]+")) {
          if (!name.isBlank()) {
            files.add(name);
          }
        }
      });
      fields.addAll(files);
      return new Writable(fields, files);
    } catch (IOException e) {
      throw new IllegalArgumentException("表单定义不是有效的 JSON", e);
    }
  }

  /** The writable variables of an embedded HTML form; an input with {@code cam-variable-type="File"} takes a file. */
  public static Writable ofEmbeddedForm(String html) {
    Set<String> fields = new TreeSet<>();
    Set<String> files = new TreeSet<>();
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      Matcher name = CAM_VARIABLE.matcher(tag.group());
      if (name.find()) {
        fields.add(name.group(1).trim());
        if (FILE_TYPE.matcher(tag.group()).find()) {
          files.add(name.group(1).trim());
        }
      }
    }
    Matcher json = SCRIPT_JSON_VARIABLE.matcher(html);
    while (json.find()) {
      fields.add(json.group(1));
    }
    return new Writable(fields, files);
  }

  private static void collect(JsonNode container, Set<String> fields) {
    for (JsonNode c : container.path("components")) {
      String path = c.path("path").asText("");
      if (!path.isBlank()) {
        // a group or dynamic list bound to a path: everything inside travels in this one variable
        fields.add(path.split("\\.")[0]);
        continue;
      }
      String key = c.path("key").asText("");
      boolean displayOnly = c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false)
          || WITHOUT_VALUE.contains(c.path("type").asText(""));
      if (!key.isBlank() && !displayOnly) {
        fields.add(key);
      }
      if (c.has("components")) {
        collect(c, fields);
      }
    }
  }
}
