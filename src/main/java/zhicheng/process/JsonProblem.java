package zhicheng.process;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Why a JSON document could not be read, in Chinese and naming the field. Jackson's own message names Java types
 * ({@code Cannot deserialize value of type `java.lang.Integer`…}) and the library's settings: a person can do nothing
 * with it, and no answer names the app's classes. Engine-free.
 */
public final class JsonProblem {

  private JsonProblem() {}

  /** What was wrong with the document {@code failure} came from, e.g. “字段 assessments[0].year 的值类型不正确”. */
  public static String of(Throwable failure) {
    String field = Causes.find(failure, JsonMappingException.class).map(JsonProblem::path).orElse("");
    String where = field.isEmpty() ? "" : "字段 " + field + " ";
    if (Causes.find(failure, StreamConstraintsException.class).isPresent()) {
      return "嵌套层数或数值、文字长度超出上限（嵌套不超过 1000 层）";
    }
    if (Causes.find(failure, InputCoercionException.class).isPresent()) {
      return where + "的数值超出范围";
    }
    if (!field.isEmpty()) {
      return where + "的值类型不正确";
    }
    if (Causes.find(failure, JsonParseException.class).isPresent()) {
      return "不是合法的 JSON";
    }
    return Causes.find(failure, JsonMappingException.class).isPresent() ? "结构不正确（应为 JSON 对象）" : "无法读取";
  }

  /** The field as a path, {@code assessments[0].year}; empty for the document itself. */
  static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? "." + Quoted.value(r.getFieldName()) : "[" + r.getIndex() + "]")
        .collect(Collectors.joining()).replaceFirst("^\\.", "");
  }
}
