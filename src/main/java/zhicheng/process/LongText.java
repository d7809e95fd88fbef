package zhicheng.process;

import java.util.HashMap;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Text for a form that may be longer than a string variable holds (the engine keeps 4000 characters; a sitting of
 * 200 applications, a batch's members make more): kept as a JSON string, which Cockpit shows and Tasklist hands to
 * the form as text.
 */
public final class LongText {

  private static final ProcessVariable<String> ANY = longText("text");

  private LongText() {}

  /** A text variable of any length (a JSON string). */
  public static ProcessVariable<String> longText(String name) {
    return ProcessVariable.json(name, new TypeReference<>() {});
  }

  /** The value such a variable stores for {@code text}, for a variable set by name (a map, another instance). */
  public static Object value(String text) {
    return ANY.putIn(new HashMap<>(), text).get(ANY.name());
  }
}
