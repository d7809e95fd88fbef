package zhicheng.process;

import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * One process variable, declared once: its name, its type, and how it is read and written. Each process declares
 * its variables as constants of this type (e.g. {@code ApplicationVariables.CHAIN}), in the style of
 * holunda-io/camunda-bpm-data; delegates read and write through them, never through a bare name and a cast.
 *
 * <p>Hand-written rather than camunda-bpm-data (which resolves for Camunda 7.24): that library stores a structured
 * value as an {@code Object} variable naming its Java class, which the engine must then be allowed to instantiate;
 * here structured values are Spin JSON, which Cockpit shows and the deserialization allow-list never has to name.
 *
 * <p>Reading is lenient where forms are: a string variable also accepts a number or a date a form sent (its text).
 *
 * @param <T> the Java type of the value
 */
public final class ProcessVariable<T> {

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true)
      .configure(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT, true);

  private final String name;
  private final Function<TypedValue, T> reader;
  private final Function<T, Object> writer;

  private ProcessVariable(String name, Function<TypedValue, T> reader, Function<T, Object> writer) {
    this.name = name;
    this.reader = reader;
    this.writer = writer;
  }

  /** Text; a number or date a form sent is read as its text. */
  public static ProcessVariable<String> string(String name) {
    return new ProcessVariable<>(name, v -> v.getValue() == null ? null : v.getValue().toString(), s -> s);
  }

  /** A whole number; a form's "3" is read as 3. */
  public static ProcessVariable<Integer> integer(String name) {
    return new ProcessVariable<>(name, v -> v.getValue() instanceof Number n ? Integer.valueOf(n.intValue())
        : v.getValue() == null || v.getValue().toString().isBlank() ? null
        : Integer.valueOf(v.getValue().toString().trim()), i -> i);
  }

  public static ProcessVariable<Boolean> bool(String name) {
    return new ProcessVariable<>(name, v -> v.getValue() instanceof Boolean b ? b
        : v.getValue() == null ? null : Boolean.valueOf(v.getValue().toString()), b -> b);
  }

  public static ProcessVariable<Date> date(String name) {
    return new ProcessVariable<>(name, v -> (Date) v.getValue(), d -> d);
  }

  /** A value of a JSON variable (Spin), read without deserializing it through the engine. */
  public static <T> ProcessVariable<T> json(String name, TypeReference<T> type) {
    return new ProcessVariable<>(name, v -> parse(name, v, type), value -> SpinValues.jsonValue(write(name, value)).create());
  }

  /**
   * Text a form shows that may be longer than a string variable holds (4000 characters: a batch's members with their
   * links, a sitting of 200 applications): kept as a JSON string, which Cockpit shows and Tasklist hands to the form
   * as text.
   */
  public static ProcessVariable<String> longText(String name) {
    return json(name, new TypeReference<String>() {});
  }

  /** A variable whose value the app passes through untouched (files, values the engine keeps as it got them). */
  public static ProcessVariable<TypedValue> typed(String name) {
    return new ProcessVariable<>(name, v -> v, v -> v);
  }

  public String name() {
    return name;
  }

  /** The value visible from {@code scope} (its own or an enclosing scope's), or null. */
  public T get(VariableScope scope) {
    return read(scope.getVariableTyped(name, false));
  }

  /** The value, or {@code fallback} when there is none. */
  public T get(VariableScope scope, T fallback) {
    T value = get(scope);
    return value == null ? fallback : value;
  }

  public Optional<T> find(VariableScope scope) {
    return Optional.ofNullable(get(scope));
  }

  /** The value of {@code scope} itself, not of an enclosing scope. */
  public T getLocal(VariableScope scope) {
    return read(scope.getVariableLocalTyped(name, false));
  }

  /** The value an execution of another instance holds, read from outside it. */
  public T get(RuntimeService runtime, String executionId) {
    return read(runtime.getVariableTyped(executionId, name, false));
  }

  /** The value another instance's execution holds, or {@code fallback}. */
  public T get(RuntimeService runtime, String executionId, T fallback) {
    T value = get(runtime, executionId);
    return value == null ? fallback : value;
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value == null ? null : writer.apply(value));
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value == null ? null : writer.apply(value));
  }

  public void set(RuntimeService runtime, String executionId, T value) {
    runtime.setVariable(executionId, name, value == null ? null : writer.apply(value));
  }

  public void remove(RuntimeService runtime, String executionId) {
    runtime.removeVariable(executionId, name);
  }

  public void remove(VariableScope scope) {
    scope.removeVariable(name);
  }

  public void removeLocal(VariableScope scope) {
    scope.removeVariableLocal(name);
  }

  /** Adds the value to a variable map (a start, a message, a completion). */
  public Map<String, Object> putIn(Map<String, Object> variables, T value) {
    variables.put(name, value == null ? null : writer.apply(value));
    return variables;
  }

  private T read(TypedValue value) {
    if (value == null) {
      return null;
    }
    if (value instanceof SerializableValue s && !s.isDeserialized()) {
      return s.getValueSerialized() == null ? null : reader.apply(value);
    }
    return value.getValue() == null ? null : reader.apply(value);
  }

  private static <T> T parse(String name, TypedValue value, TypeReference<T> type) {
    String json = value instanceof SerializableValue s ? s.getValueSerialized() : String.valueOf(value.getValue());
    if (json == null || json.isBlank()) {
      return null;
    }
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("流程变量 " + name + " 无法读取：" + e.getOriginalMessage(), e);
    }
  }

  private static String write(String name, Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("流程变量 " + name + " 无法写入", e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
