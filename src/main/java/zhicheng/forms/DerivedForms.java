package zhicheng.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The applicant's task forms that ask again for what the declaration asked take those fields from
 * {@code forms/declaration.form}, the one source, so that they cannot drift from it:
 * <ul>
 *   <li>{@code eligibility-fix.form} (补正资格条件): 申报途径, 学历, 现任专业技术职务, its date and the whole group
 *       资格核验信息 ({@code path: "profile"}), their ids (and every id inside the group) prefixed {@code Fix}
 *       ({@code Field_Route} → {@code Field_FixRoute});</li>
 *   <li>{@code correction.form} (修改申报材料): 姓名, 身份证号码, 申报途径, 学历, 现任专业技术职务, its date, the whole
 *       group 资格核验信息 and 本人述职, ids unchanged (the form has no other field of the same id).</li>
 * </ul>
 * A derived form keeps everything else as it is in its own file: its header, its own components (heading, the
 * findings, the plan's title, the return reason, the trail) and where each shared field stands. A component of the
 * derived form whose key (a group: its path) is one of its shared names is replaced, in place, by the declaration's
 * top-level component of that name. Nothing else is changed or added, so a display-only field keeps
 * {@code disabled}, which the engine's guard ({@code zhicheng.security.FormFields}) reads.
 *
 * <p>{@code main(forms, out)} writes the derived forms made from {@code forms/} into {@code out}. The build runs it
 * after compiling (exec:java@derive-forms, phase process-classes) into {@code target/classes/forms}, so what is
 * deployed is always derived from the declaration as it is; {@code mvn -q compile exec:java@update-forms} writes
 * them into {@code forms/} itself, after the declaration was edited in Modeler. DerivedFormsTest fails while a
 * checked-in copy differs from what this makes.
 */
public final class DerivedForms {

  /** The one source of the shared fields. */
  public static final String SOURCE = "declaration.form";

  /** A form made from its own file and the declaration's {@code shared} fields, their ids given {@code idPrefix}. */
  public record Derived(String file, String idPrefix, List<String> shared) {
    public Derived {
      shared = List.copyOf(shared);
    }
  }

  public static final Derived ELIGIBILITY_FIX = new Derived("eligibility-fix.form", "Fix",
      List.of("route", "education", "currentTitle", "currentTitleDate", "profile"));
  public static final Derived CORRECTION = new Derived("correction.form", "",
      List.of("applicantName", "idNumber", "route", "education", "currentTitle", "currentTitleDate", "profile",
          "statement"));
  public static final List<Derived> FORMS = List.of(ELIGIBILITY_FIX, CORRECTION);

  private static final ObjectMapper JSON = new ObjectMapper();

  private DerivedForms() {}

  /**
   * {@code form} as it must be: its own file {@code current} with each shared field replaced by the declaration's,
   * written as Camunda Modeler writes a form. Throws when the declaration or the form lacks a shared field, names one
   * twice, or when two components of the result share an id.
   */
  public static String derive(String declaration, Derived form, String current) {
    Map<String, JsonNode> source = topLevel(read(declaration, SOURCE), SOURCE, form);
    ObjectNode derived = (ObjectNode) read(current, form.file());
    ArrayNode components = (ArrayNode) derived.get("components");
    Set<String> replaced = new LinkedHashSet<>();
    for (int i = 0; i < components.size(); i++) {
      String name = name(components.get(i));
      if (name != null && form.shared().contains(name)) {
        if (!replaced.add(name)) {
          throw new IllegalStateException(form.file() + " has the field " + name + " twice");
        }
        JsonNode copy = source.get(name).deepCopy();
        prefixIds(copy, form.idPrefix());
        components.set(i, copy);
      }
    }
    List<String> missing = new ArrayList<>(form.shared());
    missing.removeAll(replaced);
    if (!missing.isEmpty()) {
      throw new IllegalStateException(form.file() + " has no field " + String.join(", ", missing) + ": it takes them from "
          + SOURCE + " where they stand in it; add them back (any version, e.g. a copy from " + SOURCE + ")");
    }
    Set<String> duplicates = duplicateIds(derived);
    if (!duplicates.isEmpty()) {
      throw new IllegalStateException(form.file() + " would have two components with the id " + String.join(", ",
          duplicates) + ": rename its own one in Modeler");
    }
    return print(derived);
  }

  /** {@code derive} for each derived form: its own parts from {@code forms}, the result under the same name in {@code out}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: DerivedForms <forms folder> <output folder>");
    }
    Path forms = Path.of(args[0]);
    Path out = Path.of(args[1]);
    boolean updatingSources = Files.isDirectory(out) && Files.isSameFile(forms, out);
    String declaration = Files.readString(forms.resolve(SOURCE), StandardCharsets.UTF_8);
    Files.createDirectories(out);
    for (Derived form : FORMS) {
      String current = Files.readString(forms.resolve(form.file()), StandardCharsets.UTF_8);
      String derived = derive(declaration, form, current);
      Path target = out.resolve(form.file());
      if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(derived)) {
        Files.writeString(target, derived, StandardCharsets.UTF_8);
        if (updatingSources) {
          System.out.println("[derive-forms] updated " + target + " from " + SOURCE);
        }
      }
      if (!updatingSources && !read(current, form.file()).equals(read(derived, form.file()))) {
        System.out.println("[derive-forms] " + forms.resolve(form.file()) + " differs from what " + SOURCE
            + " makes; deployed is the derived one. Update the file: mvn -q compile exec:java@update-forms");
      }
    }
  }

  /** The declaration's top-level components by key or path, each of {@code form}'s shared names among them. */
  private static Map<String, JsonNode> topLevel(JsonNode declaration, String file, Derived form) {
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    for (JsonNode c : declaration.path("components")) {
      String name = name(c);
      if (name != null) {
        byName.putIfAbsent(name, c);
      }
    }
    List<String> missing = form.shared().stream().filter(n -> !byName.containsKey(n)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(file + " has no top-level field " + String.join(", ", missing) + ", which "
          + form.file() + " takes from it");
    }
    return byName;
  }

  /** A field's key, a group's path, or null (text, a group without a path). */
  private static String name(JsonNode component) {
    for (String property : List.of("key", "path")) {
      String value = component.path(property).asText("");
      if (!value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /** {@code Field_Route} → {@code Field_FixRoute}, in the component and every component inside it. */
  private static void prefixIds(JsonNode component, String prefix) {
    if (prefix.isEmpty()) {
      return;
    }
    if (component.hasNonNull("id")) {
      String id = component.get("id").asText();
      int underscore = id.indexOf('_');
      ((ObjectNode) component).put("id", underscore < 0 ? prefix + id
          : id.substring(0, underscore + 1) + prefix + id.substring(underscore + 1));
    }
    for (JsonNode inner : component.path("components")) {
      prefixIds(inner, prefix);
    }
  }

  private static Set<String> duplicateIds(JsonNode form) {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> duplicates = new LinkedHashSet<>();
    collectIds(form.path("components"), seen, duplicates);
    return duplicates;
  }

  private static void collectIds(JsonNode components, Set<String> seen, Set<String> duplicates) {
    for (JsonNode c : components) {
      if (c.hasNonNull("id") && !seen.add(c.get("id").asText())) {
        duplicates.add(c.get("id").asText());
      }
      collectIds(c.path("components"), seen, duplicates);
    }
  }

  private static JsonNode read(String text, String file) {
    try {
      JsonNode form = JSON.readTree(text);
      if (form == null || !form.isObject() || !form.path("components").isArray()) {
        throw new IllegalStateException(file + " is not a Camunda Form (no components)");
      }
      return form;
    } catch (IOException e) {
      throw new UncheckedIOException(file + " is not valid JSON", e);
    }
  }

  /** The form as Camunda Modeler saves one: {@code JSON.stringify(form, null, 2)} and a line break. */
  public static String print(JsonNode form) {
    StringBuilder out = new StringBuilder();
    print(form, "", out);
    return out.append('\n').toString();
  }

  private static void print(JsonNode node, String indent, StringBuilder out) {
    String inner = indent + "  ";
    if (node.isObject()) {
      if (node.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      int left = node.size();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        out.append(inner);
        string(field.getKey(), out);
        out.append(": ");
        print(field.getValue(), inner, out);
        out.append(--left > 0 ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < node.size(); i++) {
        out.append(inner);
        print(node.get(i), inner, out);
        out.append(i < node.size() - 1 ? ",\n" : "\n");
      }
      out.append(indent).append(']');
    } else if (node.isTextual()) {
      string(node.asText(), out);
    } else if (node.isFloatingPointNumber() && node.asDouble() == Math.rint(node.asDouble())
        && Math.abs(node.asDouble()) < 1e21) {
      out.append((long) node.asDouble()); // JavaScript writes 2.0 as 2
    } else {
      out.append(node.asText()); // integers, other numbers, true, false, null
    }
  }

  /** A string as JSON.stringify writes it: quote, backslash and control characters escaped, nothing else. */
  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
