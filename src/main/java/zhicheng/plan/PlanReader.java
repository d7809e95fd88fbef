package zhicheng.plan;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import zhicheng.documents.DocumentKind;

/**
 * Reads one plan file. A malformed plan is refused with the file and the field named, so that an
 * administrator who copies a plan for next year sees at start-up exactly what to fix: a missing or misspelt
 * field, a group pattern or condition the application cannot resolve, deadlines that go backwards.
 */
public final class PlanReader {

  /** A payment period longer than a quarter of a year is a typo, not a plan. */
  static final int MAX_PAYMENT_WORKING_DAYS = 60;
  /** The fields a plan file may have; any other is refused, so a misspelt optional field is not ignored. */
  static final Set<String> FIELDS = new LinkedHashSet<>(List.of(
      "id", "title", "notice", "source", "sources", "note", "region", "committeeCode", "committeeName",
      "opens", "applicantDeadline", "routes", "chain", "refusals", "rows", "documents", "targetLevel", "series",
      "seniorityCutoff", "assessmentYears", "continuingEducationYears", "continuingEducationYearsByLevel",
      "scoringStandard", "rulesSource", "fee", "paperForms", "certificate", "formReturn", "reminders"));
  static final Set<String> LEVEL_FIELDS =
      Set.of("key", "name", "group", "deadline", "publicityDays", "source", "when");
  static final Set<String> ROW_FIELDS = Set.of("id", "row", "committeeCode", "committeeName", "evaluates",
      "recommends", "month", "deadline", "notes", "levels", "refusals", "source", "titles", "continuingEducationExempt");
  static final Set<String> REFUSAL_FIELDS = Set.of("when", "message", "source");
  static final Set<String> REGION_FIELDS = Set.of("code", "name", "source");
  static final Set<String> FEE_FIELDS = Set.of("items", "paymentWorkingDays", "source");
  static final Set<String> FEE_ITEM_FIELDS = Set.of("name", "amount");
  static final Set<String> PAPER_FORMS_FIELDS = Set.of("deadline", "group", "source");
  static final Set<String> CERTIFICATE_FIELDS = Set.of("qualification", "specialty", "issuer", "source");
  static final Set<String> FORM_RETURN_FIELDS = Set.of("group", "to", "source");
  static final Set<String> REMINDER_FIELDS = Set.of("reviewers", "applicant");
  /** A deadline written as this word takes the date of the row the applicant chose. */
  static final String FROM_ROW = "row";

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern ROW_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern DIVISION = Pattern.compile("[0-9]{2,6}");

  private final ObjectMapper json = new ObjectMapper();

  public Plan read(String fileName, InputStream in) {
    JsonNode root;
    try {
      root = json.readTree(in);
    } catch (JsonProcessingException e) {
      throw new PlanFileException(fileName, "(文件)", "不是合法的 JSON：" + e.getOriginalMessage());
    } catch (IOException e) {
      throw new PlanFileException(fileName, "(文件)", "无法读取：" + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new PlanFileException(fileName, "(文件)", "应为 JSON 对象 {…}");
    }
    Fields f = new Fields(fileName, root, "");
    f.onlyKnown(FIELDS);
    // fields in the order an administrator reads the file, so the first complaint is the first mistake
    String id = f.text("id");
    if (!ID.matcher(id).matches()) {
      throw new PlanFileException(fileName, "id", "“" + id + "”应由小写字母、数字和连字符组成（如 hz-2024-hgqf-senior-engineer）");
    }
    String title = f.text("title");
    String notice = f.text("notice");
    String source = f.text("source");
    Map<String, String> sources = sources(f);
    Region region = region(f);
    boolean hasRows = root.has("rows") && !root.get("rows").isNull();
    String committeeCode = hasRows ? f.optionalText("committeeCode").trim() : f.text("committeeCode");
    String committeeName = hasRows ? f.optionalText("committeeName").trim() : f.text("committeeName");
    LocalDate opens = root.has("opens") ? f.date("opens") : null;
    LocalDate applicantDeadline = hasRows ? f.fromRow("applicantDeadline") : f.date("applicantDeadline");
    List<String> routes = new ArrayList<>();
    f.array("routes").forEach(r -> routes.add(r.asText()));
    List<PlanLevel> chain = chain(f, hasRows);
    List<Refusal> refusals = refusals(f, "refusals");
    List<PlanRow> rows = hasRows ? rows(f, chain) : List.of();
    LocalDate earliest = hasRows ? rows.stream().map(PlanRow::deadline).min(LocalDate::compareTo).orElseThrow()
        : applicantDeadline;
    if (opens != null && opens.isAfter(earliest)) {
      throw new PlanFileException(fileName, "opens", "日期 " + opens + " 晚于网上个人申报截止日期 " + earliest);
    }
    if (hasRows) {
      applicantDeadline = rows.stream().map(PlanRow::deadline).max(LocalDate::compareTo).orElseThrow();
      for (int i = 0; i < rows.size(); i++) {
        rowOrder(fileName, rows.get(i), i, chain);
      }
    } else {
      order(fileName, applicantDeadline, chain);
    }
    Map<String, Integer> copies = documentCopies(fileName, root.get("documents"));
    sources.putAll(documentSources(root.get("documents")));
    PaperForms paperForms = paperForms(fileName, root.get("paperForms"), chain);
    return new Plan(id, title, notice, source, committeeCode, committeeName, applicantDeadline, routes, chain, false,
        copies, rules(f, applicantDeadline), fee(fileName, root.get("fee")), paperForms,
        certificate(fileName, root.get("certificate")), region, refusals, sources, rows, null, opens,
        formReturn(fileName, root.get("formReturn")), reminders(fileName, root.get("reminders")));
  }

  /**
   * Optional {@code "reminders": {"reviewers": [3, 0], "applicant": [3]}}: working days before a deadline (0: on the
   * day); a side left out keeps its default, an empty list turns it off.
   */
  private static Reminders reminders(String fileName, JsonNode node) {
    if (node == null || node.isNull()) {
      return Reminders.DEFAULT;
    }
    Fields f = new Fields(fileName, node, "reminders.");
    f.onlyKnown(REMINDER_FIELDS);
    return new Reminders(days(fileName, node, "reviewers", Reminders.DEFAULT.reviewerDays()),
        days(fileName, node, "applicant", Reminders.DEFAULT.applicantDays()));
  }

  private static List<Integer> days(String fileName, JsonNode node, String name, List<Integer> otherwise) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return otherwise;
    }
    String field = "reminders." + name;
    if (!v.isArray()) {
      throw new PlanFileException(fileName, field, "应为工作日数的列表，如 [3, 0]（0 表示截止当天）");
    }
    List<Integer> days = new ArrayList<>();
    for (JsonNode d : v) {
      if (!d.canConvertToInt() || d.asInt() < 0 || d.asInt() > Reminders.MAX_DAYS) {
        throw new PlanFileException(fileName, field, "“" + d.asText() + "”应为 0 至 " + Reminders.MAX_DAYS
            + " 之间的整数（截止前的工作日数，0 表示截止当天）");
      }
      if (days.contains(d.asInt())) {
        throw new PlanFileException(fileName, field, "工作日数 " + d.asInt() + " 重复");
      }
      days.add(d.asInt());
    }
    return days;
  }

  private static Map<String, String> sources(Fields f) {
    Map<String, String> sources = new LinkedHashMap<>();
    JsonNode node = f.node().get("sources");
    if (node == null || node.isNull()) {
      return sources;
    }
    if (!node.isObject()) {
      throw new PlanFileException(f.file(), "sources", "应为对象，如 {\"applicantDeadline\": \"三、1. …\"}");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name) || name.equals("sources") || name.equals("note")) {
        throw new PlanFileException(f.file(), "sources." + name, "不是计划文件的字段（应为以下之一："
            + String.join("、", FIELDS.stream().filter(n -> !n.equals("sources") && !n.equals("note")).toList()) + "）");
      }
      sources.put(name, new Fields(f.file(), node, "sources.").text(name));
    }
    return sources;
  }

  private static Region region(Fields f) {
    JsonNode node = f.node().get("region");
    if (node == null || node.isNull()) {
      return null;
    }
    Fields r = f.object("region");
    r.onlyKnown(REGION_FIELDS);
    String code = r.text("code");
    if (!DIVISION.matcher(code).matches()) {
      throw new PlanFileException(f.file(), "region.code", "“" + code + "”应为行政区划代码的前2至6位数字（如 3311 丽水市）");
    }
    return new Region(code, r.text("name"), r.optionalText("source"));
  }

  private static List<PlanLevel> chain(Fields f, boolean hasRows) {
    List<PlanLevel> chain = new ArrayList<>();
    Map<String, Integer> keys = new HashMap<>();
    JsonNode levels = f.array("chain");
    for (int i = 0; i < levels.size(); i++) {
      Fields l = f.element("chain", i);
      l.onlyKnown(LEVEL_FIELDS);
      String key = l.text("key");
      Integer before = keys.putIfAbsent(key, i);
      if (before != null) {
        throw new PlanFileException(f.file(), "chain[" + i + "].key", "“" + key + "”与 chain[" + before + "] 重复");
      }
      String name = l.text("name");
      String group = l.text("group");
      checkGroup(f.file(), l.prefix() + "group", group);
      boolean fromRow = FROM_ROW.equals(l.optionalText("deadline"));
      if (fromRow && !hasRows) {
        throw new PlanFileException(f.file(), l.prefix() + "deadline", "为 \"row\"，但本计划没有 rows：请写日期（yyyy-MM-dd）");
      }
      LocalDate deadline = fromRow ? null : l.date("deadline");
      chain.add(new PlanLevel(key, name, group, deadline, l.optionalInt("publicityDays"), l.optionalText("source"),
          condition(l, "when")));
    }
    return chain;
  }

  /** {@code "when": {"county": ["331121", "331181"]}}: fields of {@link ApplicantScope}, each with its values. */
  private static Condition condition(Fields f, String name) {
    JsonNode node = f.node().get(name);
    if (node == null || node.isNull()) {
      return Condition.ALWAYS;
    }
    String field = f.prefix() + name;
    if (!node.isObject() || node.isEmpty()) {
      throw new PlanFileException(f.file(), field, "应为非空对象，如 {\"county\": [\"331121\", \"331181\"]}");
    }
    Map<String, List<String>> anyOf = new LinkedHashMap<>();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String scopeField = names.next();
      if (!ApplicantScope.FIELDS.containsKey(scopeField)) {
        throw new PlanFileException(f.file(), field + "." + scopeField, "不是已知的条件字段（应为以下之一："
            + String.join("、", ApplicantScope.FIELDS.keySet()) + "）");
      }
      JsonNode values = node.get(scopeField);
      List<String> list = new ArrayList<>();
      if (values.isArray()) {
        values.forEach(v -> list.add(v.isTextual() || v.isBoolean() ? v.asText().trim() : ""));
      }
      if (list.isEmpty() || list.stream().anyMatch(String::isEmpty)) {
        throw new PlanFileException(f.file(), field + "." + scopeField, "应为非空的文字列表，如 [\"331121\", \"331181\"]");
      }
      if (scopeField.equals("selfEvaluating") && !Set.of("true", "false").containsAll(list)) {
        throw new PlanFileException(f.file(), field + "." + scopeField, "应为 [true] 或 [false]");
      }
      anyOf.put(scopeField, list);
    }
    return new Condition(anyOf);
  }

  private static List<Refusal> refusals(Fields f, String name) {
    JsonNode node = f.node().get(name);
    List<Refusal> refusals = new ArrayList<>();
    if (node == null || node.isNull()) {
      return refusals;
    }
    if (!node.isArray()) {
      throw new PlanFileException(f.file(), f.prefix() + name, "应为列表，如 [{\"message\": \"…\", \"source\": \"…\"}]");
    }
    for (int i = 0; i < node.size(); i++) {
      Fields r = f.element(name, i);
      r.onlyKnown(REFUSAL_FIELDS);
      Condition when = condition(r, "when");
      refusals.add(new Refusal(when, r.text("message"), r.optionalText("source")));
    }
    return refusals;
  }

  private static List<PlanRow> rows(Fields f, List<PlanLevel> chain) {
    JsonNode node = f.array("rows");
    List<String> levelKeys = chain.stream().map(PlanLevel::key).toList();
    Map<String, Integer> ids = new HashMap<>();
    List<PlanRow> rows = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      Fields r = f.element("rows", i);
      r.onlyKnown(ROW_FIELDS);
      String id = r.text("id");
      if (!ROW_ID.matcher(id).matches()) {
        throw new PlanFileException(f.file(), r.prefix() + "id", "“" + id + "”应由小写字母、数字和连字符组成（如 15、28-first）");
      }
      Integer before = ids.putIfAbsent(id, i);
      if (before != null) {
        throw new PlanFileException(f.file(), r.prefix() + "id", "“" + id + "”与 rows[" + before + "] 重复");
      }
      int number = r.optionalInt("row");
      if (number < 1) {
        throw new PlanFileException(f.file(), r.prefix() + "row", "应为附件表格中的序号（不小于 1 的整数）");
      }
      String committeeName = r.text("committeeName");
      String month = r.text("month");
      LocalDate deadline = r.date("deadline");
      List<String> levels = new ArrayList<>();
      JsonNode levelsNode = r.node().get("levels");
      if (levelsNode != null && !levelsNode.isNull()) {
        JsonNode list = r.array("levels");
        for (int j = 0; j < list.size(); j++) {
          String key = list.get(j).asText();
          if (!levelKeys.contains(key)) {
            throw new PlanFileException(f.file(), r.prefix() + "levels[" + j + "]", "“" + key
                + "”不是本计划 chain 中的层级（应为以下之一：" + String.join("、", levelKeys) + "）");
          }
          levels.add(key);
        }
      }
      List<Refusal> refusals = refusals(r, "refusals");
      boolean reviewed = refusals.stream().noneMatch(x -> x.when().always());
      String committeeCode = reviewed ? r.text("committeeCode") : r.optionalText("committeeCode").trim();
      String evaluates = r.optionalText("evaluates");
      String recommends = r.optionalText("recommends");
      rows.add(new PlanRow(id, number, committeeCode, committeeName, evaluates, recommends, month, deadline,
          r.optionalText("notes"), levels, refusals, r.text("source"), titles(r, evaluates, recommends),
          r.optionalText("continuingEducationExempt").trim()));
    }
    return rows;
  }

  /**
   * Optional {@code "titles": {"所评": {"技术员": "员级", "工程师": "中级"}, "推荐": {"高级工程师": "副高级"}}}: each title
   * of a row's columns with its level. A column the row leaves empty cannot list titles; a title is named once.
   */
  private static List<PlanRow.Title> titles(Fields r, String evaluates, String recommends) {
    JsonNode node = r.node().get("titles");
    List<PlanRow.Title> titles = new ArrayList<>();
    if (node == null || node.isNull()) {
      return titles;
    }
    Fields t = r.object("titles");
    t.onlyKnown(Set.of(PlanRow.EVALUATES, PlanRow.RECOMMENDS));
    for (String column : List.of(PlanRow.EVALUATES, PlanRow.RECOMMENDS)) {
      JsonNode names = node.get(column);
      if (names == null || names.isNull()) {
        continue;
      }
      String text = column.equals(PlanRow.EVALUATES) ? evaluates : recommends;
      if (text.isBlank()) {
        throw new PlanFileException(r.file(), r.prefix() + "titles." + column, "该行没有“" + column
            + "资格名称”（" + (column.equals(PlanRow.EVALUATES) ? "evaluates" : "recommends") + "），不能列出其资格");
      }
      Fields c = t.object(column);
      for (Iterator<String> it = names.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        String level = c.text(name);
        if (!PlanRules.LEVELS.contains(level)) {
          throw new PlanFileException(r.file(), c.prefix() + name, "“" + level + "”应为以下之一："
              + String.join("、", PlanRules.LEVELS));
        }
        if (titles.stream().anyMatch(x -> x.name().equals(name.trim()))) {
          throw new PlanFileException(r.file(), c.prefix() + name, "资格“" + name + "”在该行已列出");
        }
        titles.add(new PlanRow.Title(name.trim(), level, column));
      }
    }
    return titles;
  }

  /** The applicant deadline and every level's deadline, in the chain's order, never go backwards. */
  private static void order(String file, LocalDate applicantDeadline, List<PlanLevel> chain) {
    LocalDate previous = applicantDeadline;
    String previousName = "网上个人申报截止日期（applicantDeadline）";
    for (int i = 0; i < chain.size(); i++) {
      PlanLevel l = chain.get(i);
      if (l.deadline().isBefore(previous)) {
        throw new PlanFileException(file, "chain[" + i + "].deadline", "日期 " + l.deadline() + " 早于" + previousName
            + "的 " + previous + "：各级截止日期应逐级不早于前一级");
      }
      previous = l.deadline();
      previousName = "前一级“" + l.name() + "”（chain[" + i + "]）";
    }
  }

  /** The same for one row: its date is the applicant's and that of every level without a date of its own. */
  private static void rowOrder(String file, PlanRow row, int index, List<PlanLevel> chain) {
    LocalDate previous = row.deadline();
    for (int i = 0; i < chain.size(); i++) {
      PlanLevel l = chain.get(i);
      if (!row.levels().isEmpty() && !row.levels().contains(l.key())) {
        continue;
      }
      if (l.deadline() == null) {
        continue;
      }
      if (l.deadline().isBefore(previous)) {
        throw new PlanFileException(file, "rows[" + index + "].deadline", "日期 " + row.deadline() + "（" + row.label()
            + "）晚于“" + l.name() + "”（chain[" + i + "]）的截止日期 " + l.deadline() + "：各级截止日期应逐级不早于前一级");
      }
      previous = l.deadline();
    }
  }

  /** The optional eligibility settings; absent ones take the defaults of {@link PlanRules}. */
  private static PlanRules rules(Fields f, LocalDate applicantDeadline) {
    PlanRules d = PlanRules.defaults(applicantDeadline);
    String targetLevel = f.optionalText("targetLevel");
    if (!targetLevel.isEmpty() && !PlanRules.LEVELS.contains(targetLevel)) {
      throw new PlanFileException(f.file(), "targetLevel", "应为以下之一：" + String.join("、", PlanRules.LEVELS));
    }
    LocalDate cutoff = f.node().has("seniorityCutoff") ? f.date("seniorityCutoff") : d.seniorityCutoff();
    List<Integer> ceYears = new ArrayList<>();
    JsonNode years = f.node().get("continuingEducationYears");
    if (years != null && !years.isNull()) {
      if (!years.isArray()) {
        throw new PlanFileException(f.file(), "continuingEducationYears", "应为年份列表，如 [2021, 2022, 2023]");
      }
      for (int i = 0; i < years.size(); i++) {
        JsonNode y = years.get(i);
        if (!y.canConvertToInt() || y.asInt() < 1990 || y.asInt() > cutoff.getYear()) {
          throw new PlanFileException(f.file(), "continuingEducationYears[" + i + "]",
              "应为1990至资历截止年度（" + cutoff.getYear() + "）之间的年份");
        }
        ceYears.add(y.asInt());
      }
    }
    Map<String, List<Integer>> byLevel = new LinkedHashMap<>();
    JsonNode levels = f.node().get("continuingEducationYearsByLevel");
    if (levels != null && !levels.isNull()) {
      Fields l = f.object("continuingEducationYearsByLevel");
      l.onlyKnown(new LinkedHashSet<>(PlanRules.LEVELS));
      for (Iterator<String> it = levels.fieldNames(); it.hasNext(); ) {
        String level = it.next();
        byLevel.put(level, years(f.file(), "continuingEducationYearsByLevel." + level, levels.get(level), cutoff));
      }
    }
    return new PlanRules(targetLevel, f.optionalText("series").trim(), cutoff, f.optionalInt("assessmentYears"),
        ceYears, f.optionalText("scoringStandard").trim(), f.optionalText("rulesSource"), byLevel);
  }

  private static List<Integer> years(String file, String field, JsonNode years, LocalDate cutoff) {
    if (!years.isArray()) {
      throw new PlanFileException(file, field, "应为年份列表，如 [2017, 2018, 2019, 2020]");
    }
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      JsonNode y = years.get(i);
      if (!y.canConvertToInt() || y.asInt() < 1990 || y.asInt() > cutoff.getYear()) {
        throw new PlanFileException(file, field + "[" + i + "]", "应为1990至资历截止年度（" + cutoff.getYear() + "）之间的年份");
      }
      list.add(y.asInt());
    }
    return list;
  }

  /**
   * Optional {@code "fee": {"items": [{"name": "评审费", "amount": 180}], "paymentWorkingDays": 5, "source": "…"}}:
   * amounts in 元 with at most two decimals, the payment period in working days from the notification.
   */
  private static Fee fee(String fileName, JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    Fields f = new Fields(fileName, node, "fee.");
    f.onlyKnown(FEE_FIELDS);
    List<Fee.Item> items = new ArrayList<>();
    JsonNode list = f.array("items");
    for (int i = 0; i < list.size(); i++) {
      Fields item = new Fields(fileName, list.get(i), "fee.items[" + i + "].");
      item.onlyKnown(FEE_ITEM_FIELDS);
      items.add(new Fee.Item(item.text("name"), item.amount("amount")));
    }
    int days = f.optionalInt("paymentWorkingDays");
    if (days < 1 || days > MAX_PAYMENT_WORKING_DAYS) {
      throw new PlanFileException(fileName, "fee.paymentWorkingDays", "应为1至" + MAX_PAYMENT_WORKING_DAYS
          + "的整数（自缴费通知之日起的工作日数）");
    }
    return new Fee(items, days, f.optionalText("source"));
  }

  /**
   * Optional {@code "paperForms": {"deadline": "2022-01-07", "group": "office:{committee}", "source": "…"}}. The
   * forms follow the review chain, so their deadline may not come before the chain's last deadline.
   */
  private static PaperForms paperForms(String fileName, JsonNode node, List<PlanLevel> chain) {
    if (node == null || node.isNull()) {
      return null;
    }
    Fields f = new Fields(fileName, node, "paperForms.");
    f.onlyKnown(PAPER_FORMS_FIELDS);
    LocalDate deadline = f.date("deadline");
    LocalDate lastLevel = chain.get(chain.size() - 1).deadline();
    if (lastLevel != null && deadline.isBefore(lastLevel)) {
      throw new PlanFileException(fileName, "paperForms.deadline", "“" + deadline + "”早于审核链最后一级的截止日期 "
          + lastLevel + "（纸质评审表在资格审查和缴费之后报送）");
    }
    String group = f.optionalText("group");
    group = group.isBlank() ? PaperForms.DEFAULT_GROUP : group.trim();
    checkGroup(fileName, "paperForms.group", group);
    return new PaperForms(deadline, group, f.optionalText("source"));
  }

  /**
   * Optional {@code "formReturn": {"group": "county:{county}", "to": "申报单位", "source": "…"}}: who hands the
   * paper evaluation form back after the certificate, and to whom (seed 002 附件2 十一; seed 004 四、5).
   */
  private static FormReturn formReturn(String fileName, JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    Fields f = new Fields(fileName, node, "formReturn.");
    f.onlyKnown(FORM_RETURN_FIELDS);
    String group = f.text("group").trim();
    checkGroup(fileName, "formReturn.group", group);
    String to = f.text("to").trim();
    if (!FormReturn.RECIPIENTS.contains(to)) {
      throw new PlanFileException(fileName, "formReturn.to", "“" + to + "”应为以下之一：" + String.join("、",
          FormReturn.RECIPIENTS));
    }
    return new FormReturn(group, to, f.optionalText("source"));
  }

  private static void checkGroup(String fileName, String field, String group) {
    GroupPattern.problem(group).ifPresent(p -> {
      throw new PlanFileException(fileName, field, p);
    });
  }

  /** Optional {@code "certificate": {"qualification": "高级工程师", "specialty": "…", "issuer": "…", "source": "…"}}. */
  private static CertificateTerms certificate(String fileName, JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    Fields f = new Fields(fileName, node, "certificate.");
    f.onlyKnown(CERTIFICATE_FIELDS);
    return new CertificateTerms(f.text("qualification"), f.optionalText("specialty"), f.text("issuer"),
        f.optionalText("source"));
  }

  /**
   * Optional {@code "documents": {"evaluation-form": {"copies": 3, "source": "…"}}}: how many copies of each
   * printed document the notice asks for. An unknown document code is refused, so a typo does not silently
   * print one copy.
   */
  private static Map<String, Integer> documentCopies(String fileName, JsonNode documents) {
    Map<String, Integer> copies = new LinkedHashMap<>();
    if (documents == null || documents.isNull()) {
      return copies;
    }
    if (!documents.isObject()) {
      throw new PlanFileException(fileName, "documents", "应为对象，如 {\"evaluation-form\": {\"copies\": 3}}");
    }
    for (Iterator<String> codes = documents.fieldNames(); codes.hasNext(); ) {
      String code = codes.next();
      String field = "documents." + code;
      if (DocumentKind.ofCode(code).isEmpty()) {
        throw new PlanFileException(fileName, field, "不是已知的文书（应为以下之一：" + String.join("、",
            Arrays.stream(DocumentKind.values()).map(DocumentKind::code).toList()) + "）");
      }
      JsonNode n = documents.get(code).get("copies");
      if (n == null || !n.canConvertToInt() || n.asInt() < 1 || n.asInt() > 10) {
        throw new PlanFileException(fileName, field + ".copies", "应为1至10的整数");
      }
      copies.put(code, n.asInt());
    }
    return copies;
  }

  /**
   * Where the notice asks for each document's copies ({@code documents.<code>.source}), as the plan's source of
   * the field {@code documents.<code>} ({@link Plan#sourceOf}): the batch forms quote it beside the number.
   */
  private static Map<String, String> documentSources(JsonNode documents) {
    Map<String, String> sources = new LinkedHashMap<>();
    if (documents != null && documents.isObject()) {
      documents.fields().forEachRemaining(e -> {
        JsonNode source = e.getValue().get("source");
        if (source != null && source.isTextual() && !source.asText().isBlank()) {
          sources.put("documents." + e.getKey(), source.asText().trim());
        }
      });
    }
    return sources;
  }

  /** Field access that names the file and the JSON path of whatever is missing or wrong. */
  private record Fields(String file, JsonNode node, String prefix) {

    void onlyKnown(Set<String> known) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!known.contains(name)) {
          throw new PlanFileException(file, prefix + name, "不是计划文件的字段（应为以下之一：" + String.join("、", known)
              + "），请检查拼写");
        }
      }
    }

    String text(String name) {
      JsonNode v = node.get(name);
      if (v == null || !v.isTextual() || v.asText().isBlank()) {
        throw new PlanFileException(file, prefix + name, "缺少或为空（应为文字）");
      }
      return v.asText().trim();
    }

    String optionalText(String name) {
      JsonNode v = node.get(name);
      return v == null || v.isNull() ? "" : v.asText();
    }

    int optionalInt(String name) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        return 0;
      }
      if (!v.canConvertToInt() || v.asInt() < 0) {
        throw new PlanFileException(file, prefix + name, "应为不小于 0 的整数");
      }
      return v.asInt();
    }

    /** An amount in 元, positive, at most two decimals; returned in 分. */
    long amount(String name) {
      JsonNode v = node.get(name);
      try {
        if (v == null || !v.isNumber() || v.decimalValue().signum() <= 0) {
          throw new ArithmeticException();
        }
        return Money.fen(v.decimalValue());
      } catch (ArithmeticException e) {
        throw new PlanFileException(file, prefix + name, "应为大于0的金额（元，最多两位小数），如 180 或 180.50");
      }
    }

    LocalDate date(String name) {
      String v = text(name);
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw new PlanFileException(file, prefix + name, "日期“" + v + "”格式错误（应为 yyyy-MM-dd）");
      }
    }

    /** A plan with rows: the field must say "row" (each row gives its own date); returns null. */
    LocalDate fromRow(String name) {
      if (!FROM_ROW.equals(optionalText(name))) {
        throw new PlanFileException(file, prefix + name, "本计划按行（rows）申报，应写 \"row\"：各行的截止日期见 rows[].deadline");
      }
      return null;
    }

    JsonNode array(String name) {
      JsonNode v = node.get(name);
      if (v == null || !v.isArray() || v.isEmpty()) {
        throw new PlanFileException(file, prefix + name, "缺少或为空（应为非空列表）");
      }
      return v;
    }

    Fields object(String name) {
      JsonNode v = node.get(name);
      if (v == null || !v.isObject()) {
        throw new PlanFileException(file, prefix + name, "应为对象 {…}");
      }
      return new Fields(file, v, prefix + name + ".");
    }

    Fields element(String arrayName, int i) {
      JsonNode v = node.get(arrayName).get(i);
      String path = prefix + arrayName + "[" + i + "]";
      if (v == null || !v.isObject()) {
        throw new PlanFileException(file, path, "应为对象 {…}");
      }
      return new Fields(file, v, path + ".");
    }
  }
}
