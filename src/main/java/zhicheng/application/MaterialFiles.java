package zhicheng.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import zhicheng.eligibility.Material;
import zhicheng.eligibility.MaterialCheck;

/**
 * The material files a task's completion left in a scope (File variables named as {@link Material#variable()}),
 * judged by their content with the same {@link MaterialCheck} wherever they arrive: the upload task, and the
 * correction after a 退回 (a replaced photo or PDF is checked exactly as the first one was).
 */
public final class MaterialFiles {

  private MaterialFiles() {}

  /** What is wrong with each material file visible in {@code scope}, one sentence per file; empty when all pass. */
  public static List<String> problems(VariableScope scope) {
    List<String> problems = new ArrayList<>();
    for (Material m : Material.values()) {
      TypedValue value = scope.getVariableTyped(m.variable(), true);
      if (value == null || value.getValue() == null) {
        continue;
      }
      if (!(value instanceof FileValue file)) {
        problems.add(m.label() + "应为上传的文件");
        continue;
      }
      byte[] content = bytes(file);
      (m.isPhoto() ? MaterialCheck.photo(file.getFilename(), content)
          : MaterialCheck.pdf(m.label(), file.getFilename(), content)).ifPresent(problems::add);
    }
    return problems;
  }

  /** The material files held by {@code scope} itself (not its parents), by material, with content. */
  public static Map<Material, FileValue> heldBy(VariableScope scope) {
    Map<Material, FileValue> held = new LinkedHashMap<>();
    for (Material m : Material.values()) {
      if (scope.getVariableLocalTyped(m.variable(), true) instanceof FileValue f && f.getValue() != null) {
        held.put(m, f);
      }
    }
    return held;
  }

  /** A copy of {@code file} that another process instance can keep (its own bytes, name and type). */
  public static FileValue copy(FileValue file) {
    return Variables.fileValue(file.getFilename()).file(bytes(file)).mimeType(file.getMimeType())
        .encoding(file.getEncoding()).create();
  }

  static byte[] bytes(FileValue file) {
    try (InputStream in = file.getValue()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取上传的文件 " + file.getFilename(), e);
    }
  }
}
