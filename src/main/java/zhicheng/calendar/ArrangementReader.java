package zhicheng.calendar;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads one year's arrangement in the file form of {@code holidays/*.json} (docs/administrators.md「节假日安排」), the same form
 * an administrator loads over REST. Every mistake is reported at once with its field, and nothing is used
 * unless the whole document is right: a typo in a date would silently move every publicity of a year.
 */
public final class ArrangementReader {

  static final int MIN_YEAR = 2000;
  static final int MAX_YEAR = 2100;
  /** The longest break so far: 2020's Spring Festival, extended to 10 days (国办发明电〔2020〕1号). */
  static final int MAX_HOLIDAY_DAYS = 15;
  /**
   * A notice lists seven holidays (国办发明电〔2025〕7号 for 2026); more than this is not a notice, and each holiday
   * is compared with every other one, so the list is refused before it is read.
   */
  static final int MAX_HOLIDAYS = 30;
  /** Adjusted working days of one holiday: two at most so far; more than this is not a notice either. */
  static final int MAX_WORKDAYS = 10;
  /** Duplicates and overlaps named in the one finding that reports them; the rest are counted. */
  static final int EXAMPLES = 3;
  /** Findings listed in one refusal; the rest are counted. */
  static final int MAX_FINDINGS = 20;
  /** A value quoted back in a finding is cut to this many characters: a refusal never echoes a large input. */
  static final int QUOTE = 100;
  private static final Set<String> TOP_FIELDS =
      Set.of("year", "notice", "documentNumber", "published", "note", "holidays");
  private static final Set<String> HOLIDAY_FIELDS = Set.of("name", "from", "to", "workdays", "text");

  private final ObjectMapper json = new ObjectMapper();

  public YearArrangement read(String origin, byte[] document) {
    JsonNode root;
    try {
      root = json.readTree(document);
    } catch (JsonProcessingException e) {
      throw new ArrangementException(origin, List.of("不是合法的 JSON：" + quote(e.getOriginalMessage())));
    } catch (IOException e) {
      throw new ArrangementException(origin, List.of("无法读取：" + e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new ArrangementException(origin, List.of("应为一个 JSON 对象（见 docs/administrators.md「节假日安排」）"));
    }
    List<String> findings = new ArrayList<>();
    unknownFields(root, TOP_FIELDS, "", findings);
    int year = year(root.get("year"), findings);
    String notice = text(root, "notice", "", findings);
    if (notice != null && year > 0 && !notice.contains(year + "年")) {
      findings.add("notice “" + quote(notice) + "” 应为国务院办公厅关于" + year + "年部分节假日安排的通知");
    }
    String documentNumber = text(root, "documentNumber", "", findings);
    LocalDate published = root.hasNonNull("published") ? date(root.get("published"), "published", findings) : null;

    List<StatutoryHoliday> holidays = new ArrayList<>();
    JsonNode list = root.get("holidays");
    if (list == null || !list.isArray() || list.isEmpty()) {
      findings.add("holidays 缺少或为空（应为通知所列节假日的列表）");
    } else if (list.size() > MAX_HOLIDAYS) {
      findings.add("holidays 有 " + list.size() + " 项，超过 " + MAX_HOLIDAYS + " 项：通知每年所列节假日不过七项，请核对");
    } else {
      for (int i = 0; i < list.size(); i++) {
        StatutoryHoliday h = holiday(list.get(i), "holidays[" + i + "].", year, findings);
        if (h != null) {
          holidays.add(h);
        }
      }
      crossChecks(holidays, findings);
    }
    if (!findings.isEmpty()) {
      throw new ArrangementException(origin, limited(findings));
    }
    return new YearArrangement(year, notice, documentNumber, published, origin, holidays);
  }

  private StatutoryHoliday holiday(JsonNode node, String path, int year, List<String> findings) {
    if (node == null || !node.isObject()) {
      findings.add(path + " 应为一个对象：{name, from, to, workdays, text}");
      return null;
    }
    int before = findings.size();
    unknownFields(node, HOLIDAY_FIELDS, path, findings);
    String name = text(node, "name", path, findings);
    LocalDate from = date(node.get("from"), path + "from", findings);
    LocalDate to = date(node.get("to"), path + "to", findings);
    List<LocalDate> workdays = new ArrayList<>();
    JsonNode w = node.get("workdays");
    if (w != null && !w.isNull() && !w.isArray()) {
      findings.add(path + "workdays 应为日期列表（无调休上班日时写 []）");
    } else if (w != null && w.size() > MAX_WORKDAYS) {
      findings.add(path + "workdays 有 " + w.size() + " 项，超过 " + MAX_WORKDAYS + " 项，请核对");
    } else if (w != null) {
      for (int i = 0; i < w.size(); i++) {
        LocalDate d = date(w.get(i), path + "workdays[" + i + "]", findings);
        if (d != null) {
          inYear(d, path + "workdays[" + i + "]", year, findings);
          if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
            findings.add(path + "workdays[" + i + "] " + d + " 是" + Weekdays.chinese(d)
                + "：调休上班日应为周六或周日");
          }
          workdays.add(d);
        }
      }
    }
    if (from != null && to != null) {
      inYear(from, path + "from", year, findings);
      inYear(to, path + "to", year, findings);
      if (to.isBefore(from)) {
        findings.add(path + "to " + to + " 早于 from " + from);
      } else if (from.plusDays(MAX_HOLIDAY_DAYS).isBefore(to.plusDays(1))) {
        findings.add(path + " 放假 " + from + " 至 " + to + " 超过" + MAX_HOLIDAY_DAYS + "天，请核对");
      }
    }
    JsonNode text = node.get("text");
    return findings.size() > before ? null
        : new StatutoryHoliday(name, from, to, workdays, text == null || text.isNull() ? "" : text.asText());
  }

  /**
   * Holidays of one notice never overlap, and no adjusted working day falls inside a holiday or is listed twice.
   * Each kind of mistake is one finding naming at most {@link #EXAMPLES} cases and counting the rest, so a list of
   * identical holidays gives one short refusal, not one line per pair.
   */
  private static void crossChecks(List<StatutoryHoliday> holidays, List<String> findings) {
    List<String> overlaps = new ArrayList<>();
    List<String> repeated = new ArrayList<>();
    List<String> workdaysOff = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < holidays.size(); i++) {
      StatutoryHoliday a = holidays.get(i);
      for (int j = i + 1; j < holidays.size(); j++) {
        StatutoryHoliday b = holidays.get(j);
        if (a.isOff(b.from()) || b.isOff(a.from())) {
          overlaps.add(quote(a.name()) + "（" + a.from() + "）与" + quote(b.name()) + "（" + b.from() + "）");
        }
      }
      for (LocalDate d : a.workdays()) {
        if (!seen.add(d)) {
          repeated.add(d.toString());
        }
        holidays.stream().filter(h -> h.isOff(d)).findFirst()
            .ifPresent(h -> workdaysOff.add(quote(a.name()) + " 的 " + d + " 落在 " + quote(h.name()) + " 的放假期间内"));
      }
    }
    summary("放假日期重叠：", overlaps, findings);
    summary("调休上班日重复出现：", repeated, findings);
    summary("调休上班日落在放假期间内：", workdaysOff, findings);
  }

  private static void summary(String kind, List<String> cases, List<String> findings) {
    if (cases.isEmpty()) {
      return;
    }
    String named = String.join("；", cases.subList(0, Math.min(EXAMPLES, cases.size())));
    findings.add(kind + named + (cases.size() > EXAMPLES ? "（等，共 " + cases.size() + " 处）" : ""));
  }

  /** The first findings and how many more: a document with thousands of mistakes gets a refusal one can read. */
  private static List<String> limited(List<String> findings) {
    if (findings.size() <= MAX_FINDINGS) {
      return findings;
    }
    List<String> first = new ArrayList<>(findings.subList(0, MAX_FINDINGS));
    first.add("另有 " + (findings.size() - MAX_FINDINGS) + " 处错误未列出，请先改正以上各处");
    return first;
  }

  /** {@code value} as a finding quotes it: at most {@link #QUOTE} characters, a cut marked with “…”. */
  static String quote(String value) {
    return value.length() <= QUOTE ? value : value.substring(0, QUOTE) + "…";
  }

  private static void unknownFields(JsonNode node, Set<String> known, String path, List<String> findings) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        findings.add(path + quote(f) + " 不是可用的字段（可用：" + String.join("、", known.stream().sorted().toList()) + "）");
      }
    }
  }

  private static int year(JsonNode v, List<String> findings) {
    if (v == null || !v.canConvertToInt() || v.isTextual() || v.asInt() < MIN_YEAR || v.asInt() > MAX_YEAR) {
      findings.add("year 应为 " + MIN_YEAR + "—" + MAX_YEAR + " 之间的年份（整数）");
      return -1;
    }
    return v.asInt();
  }

  private static String text(JsonNode node, String name, String path, List<String> findings) {
    JsonNode v = node.get(name);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      findings.add(path + name + " 缺少或为空（应为文字）");
      return null;
    }
    return v.asText().trim();
  }

  private static LocalDate date(JsonNode v, String path, List<String> findings) {
    if (v == null || !v.isTextual()) {
      findings.add(path + " 缺少（应为 yyyy-MM-dd 日期）");
      return null;
    }
    try {
      return LocalDate.parse(v.asText().trim());
    } catch (DateTimeParseException e) {
      findings.add(path + " 日期“" + quote(v.asText()) + "”格式错误（应为 yyyy-MM-dd）");
      return null;
    }
  }

  /**
   * A notice arranges its own year; its New Year's Day may reach back into the last days of December
   * (2018-12-29 worked, 12-30 and 12-31 off: 国办发明电〔2018〕15号 for 2019).
   */
  private static void inYear(LocalDate d, String path, int year, List<String> findings) {
    if (year > 0 && (d.getYear() > year || d.isBefore(LocalDate.of(year - 1, 12, WorkingDayCalendar.DECEMBER_REACH)))) {
      findings.add(path + " " + d + " 不在" + year + "年（或其元旦前的" + (year - 1) + "年12月"
          + WorkingDayCalendar.DECEMBER_REACH + "日至31日）内");
    }
  }
}
