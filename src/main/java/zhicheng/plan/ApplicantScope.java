package zhicheng.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an applicant stands in the organisation, from their employer unit: what a plan's group patterns
 * ({@code unit:{unit}}) and conditions ({@code "when": {"county": ["331121"]}}) are resolved against.
 *
 * @param unit           the unit's code
 * @param county         its county or district (administrative division code, e.g. 331121 青田县)
 * @param city           the city the county belongs to (e.g. 3311 丽水市); null when the data does not say
 * @param dept           the unit's industry supervising department (行业主管部门); null when it has none
 * @param unitType       企业 or 事业单位
 * @param selfEvaluating whether the unit evaluates its own staff (自主评聘单位, seed 003 三、（七）)
 * @param unitName       the unit's name, for messages
 * @param countyName     the county's name, for messages
 */
public record ApplicantScope(
    String unit, String county, String city, String dept, String unitType, boolean selfEvaluating,
    String unitName, String countyName) {

  /** Fields a condition may test, with what an administrator reads in messages. */
  public static final Map<String, String> FIELDS = fields();

  private static Map<String, String> fields() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("unit", "用人单位");
    f.put("county", "区县（市）");
    f.put("city", "设区市");
    f.put("dept", "行业主管部门");
    f.put("unitType", "单位类型");
    f.put("selfEvaluating", "自主评聘单位");
    return Collections.unmodifiableMap(f);
  }

  /** The scope as condition fields and placeholder values; a field the data does not give is absent. */
  public Map<String, String> values() {
    Map<String, String> v = new LinkedHashMap<>();
    putIfPresent(v, "unit", unit);
    putIfPresent(v, "county", county);
    putIfPresent(v, "city", city);
    putIfPresent(v, "dept", dept);
    putIfPresent(v, "unitType", unitType);
    v.put("selfEvaluating", String.valueOf(selfEvaluating));
    return v;
  }

  private static void putIfPresent(Map<String, String> map, String key, String value) {
    if (value != null && !value.isBlank()) {
      map.put(key, value);
    }
  }
}
