package zhicheng.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A level's candidate-group pattern, {@code <family>:<code>}, where the code may hold placeholders filled in
 * from the applicant's scope: {@code unit:{unit}}, {@code hr:{county}}, {@code dept:{dept}},
 * {@code office:{committee}}, or a fixed group such as {@code province:33-jxt} (浙江省经济和信息化厅).
 */
public final class GroupPattern {

  /** The reviewing bodies' group families (DESIGN.md, “Who uses it”). */
  public static final Map<String, String> FAMILIES = families();
  /** Placeholders a pattern may use: the applicant's unit, county, city, supervising department; the committee. */
  public static final Map<String, String> PLACEHOLDERS = placeholders();

  private static final Pattern SHAPE = Pattern.compile("([a-z]+):((?:[A-Za-z0-9_-]|\\{[A-Za-z]+\\})+)");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");

  private GroupPattern() {}

  private static Map<String, String> families() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("unit", "用人单位");
    f.put("county", "区县（市）职称受理点");
    f.put("hr", "区县（市）人力社保部门");
    f.put("dept", "行业主管部门");
    f.put("city", "设区市主管部门");
    f.put("province", "省级部门");
    f.put("precommittee", "初评委办公室");
    f.put("office", "评委会办公室");
    return Collections.unmodifiableMap(f);
  }

  private static Map<String, String> placeholders() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("unit", "用人单位");
    p.put("county", "区县（市）");
    p.put("city", "设区市");
    p.put("dept", "行业主管部门");
    p.put("committee", "评委会");
    return Collections.unmodifiableMap(p);
  }

  /** What is wrong with a pattern, for the plan file's message; empty when it is well-formed. */
  public static Optional<String> problem(String pattern) {
    Matcher m = SHAPE.matcher(pattern);
    if (!m.matches()) {
      return Optional.of("“" + pattern + "”格式错误（应为 类别:代码，如 unit:{unit}、province:33-jxt）");
    }
    if (!FAMILIES.containsKey(m.group(1))) {
      return Optional.of("“" + pattern + "”的类别 " + m.group(1) + " 未知（应为以下之一：" + String.join("、",
          FAMILIES.keySet()) + "）");
    }
    Matcher p = PLACEHOLDER.matcher(m.group(2));
    while (p.find()) {
      if (!PLACEHOLDERS.containsKey(p.group(1))) {
        return Optional.of("“" + pattern + "”含未知的占位符 {" + p.group(1) + "}（应为以下之一："
            + String.join("、", PLACEHOLDERS.keySet().stream().map(k -> "{" + k + "}").toList()) + "）");
      }
    }
    return Optional.empty();
  }

  /** The placeholders a pattern uses, in order. */
  public static List<String> placeholdersOf(String pattern) {
    List<String> names = new ArrayList<>();
    Matcher p = PLACEHOLDER.matcher(pattern);
    while (p.find()) {
      names.add(p.group(1));
    }
    return names;
  }

  /** The pattern with its placeholders replaced; a placeholder without a value stays as it is. */
  public static String resolve(String pattern, Map<String, String> values) {
    Matcher p = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (p.find()) {
      String v = values.get(p.group(1));
      p.appendReplacement(out, Matcher.quoteReplacement(v == null ? p.group() : v));
    }
    p.appendTail(out);
    return out.toString();
  }
}
