package zhicheng.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * When a level of a chain, or a refusal, applies: every field named must have one of the listed values in the
 * applicant's {@link ApplicantScope}. In a plan file: {@code "when": {"county": ["331121", "331181"]}} (seed
 * 001 四（一）3: 青田、龙泉由工艺美术初评委组织评审推荐工作). No fields: always.
 */
public record Condition(Map<String, List<String>> anyOf) {

  public static final Condition ALWAYS = new Condition(Map.of());

  public Condition {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    anyOf.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    anyOf = Collections.unmodifiableMap(copy);
  }

  public boolean always() {
    return anyOf.isEmpty();
  }

  public boolean matches(ApplicantScope scope) {
    Map<String, String> values = scope.values();
    return anyOf.entrySet().stream().allMatch(e -> e.getValue().contains(values.get(e.getKey())));
  }

  /** What the condition says, for people: 区县（市）为 331121、331181 之一. */
  public String text() {
    if (always()) {
      return "所有申报人";
    }
    return anyOf.entrySet().stream()
        .map(e -> ApplicantScope.FIELDS.getOrDefault(e.getKey(), e.getKey()) + "为 " + String.join("、", e.getValue())
            + (e.getValue().size() > 1 ? " 之一" : ""))
        .collect(Collectors.joining("，且"));
  }
}
