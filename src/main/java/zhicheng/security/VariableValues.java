package zhicheng.security;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The kinds of value a caller may hand the engine: strings, numbers, booleans, dates, JSON (Spin), and files where
 * the form has a file field. An {@code Object} variable names a Java class the engine instantiates when someone reads
 * it ({@code java.net.URL}, {@code java.io.File}…), and Java serialization is a well-known remote-code hole: neither
 * has any use here (the app keeps structured data as JSON), so both are refused from every caller, administrators
 * included, before the engine sees them. Engine-free apart from the public variable API.
 */
final class VariableValues {

  /** Types by {@link org.camunda.bpm.engine.variable.type.ValueType#getName()}. */
  private static final Set<String> PLAIN = Set.of("string", "integer", "long", "short", "double", "boolean", "date",
      "null", "json");
  private static final String FILE = "file";

  private VariableValues() {}

  /** What is wrong with the values of {@code variables}, one Chinese sentence per variable; empty when all are fine. */
  static List<String> problems(Map<String, ?> variables, Set<String> fileFields) {
    List<String> problems = new ArrayList<>();
    if (variables == null) {
      return problems;
    }
    for (String name : variables.keySet()) {
      // a VariableMap answers get() with the plain value (a JSON value as a Spin node): its type is asked for
      Object value = variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
      String problem = problem(value, fileFields.contains(name));
      if (problem != null) {
        problems.add("变量“" + Shown.name(name) + "”" + problem);
      }
    }
    return problems;
  }

  private static String problem(Object value, boolean fileField) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof Date || value instanceof SpinJsonNode) {
      return null;
    }
    if (!(value instanceof TypedValue typed)) {
      return "是对象类型，只接受文字、数字、日期、是否和 JSON";
    }
    if (typed.getType() == null) {
      // an untyped value (REST without "type"): the engine decides by the Java value inside
      return typed.getValue() instanceof TypedValue ? "的值无法识别" : problem(typed.getValue(), fileField);
    }
    if (typed instanceof SerializableValue s
        && Variables.SerializationDataFormats.JAVA.getName().equals(s.getSerializationDataFormat())) {
      return "使用了 Java 序列化格式，本系统不接受";
    }
    String type = typed.getType().getName();
    if (PLAIN.contains(type) || fileField && FILE.equals(type)) {
      return null;
    }
    if ("object".equals(type)) {
      return "是对象类型，只接受文字、数字、日期、是否和 JSON";
    }
    if (FILE.equals(type)) {
      return "是文件，而表单中这一项不是上传文件";
    }
    return "的类型“" + Shown.name(type) + "”不被接受，只接受文字、数字、日期、是否和 JSON";
  }
}
