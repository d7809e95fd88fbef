package zhicheng.plan;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import zhicheng.documents.DocumentKind;

/**
 * Reads one plan file. A malformed plan is refused with the file and the field named, so that an
 * administrator who copies a plan for next year sees at start-up exactly what to fix.
 */
public final class PlanReader {

  /** A payment period longer than a quarter of a year is a typo, not a plan. */
  static final int MAX_PAYMENT_WORKING_DAYS = 60;

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
    Fields f = new Fields(fileName, root, "");
    // fields in the order an administrator reads the file, so the first complaint is the first mistake
    String id = f.text("id");
    String title = f.text("title");
    String notice = f.text("notice");
    String source = f.text("source");
    String committeeCode = f.text("committeeCode");
    String committeeName = f.text("committeeName");
    LocalDate applicantDeadline = f.date("applicantDeadline");
    List<String> routes = new ArrayList<>();
    f.array("routes").forEach(r -> routes.add(r.asText()));
    List<PlanLevel> chain = new ArrayList<>();
    JsonNode levels = f.array("chain");
    for (int i = 0; i < levels.size(); i++) {
      Fields l = new Fields(fileName, levels.get(i), "chain[" + i + "].");
      chain.add(new PlanLevel(
          l.text("key"), l.text("name"), l.text("group"), l.date("deadline"),
          l.optionalInt("publicityDays"), l.optionalText("source")));
    }
    Map<String, Integer> copies = documentCopies(fileName, root.get("documents"));
    PaperForms paperForms = paperForms(fileName, root.get("paperForms"), chain);
    return new Plan(id, title, notice, source, committeeCode, committeeName, applicantDeadline, routes, chain, false,
        copies, rules(f, applicantDeadline), fee(fileName, root.get("fee")), paperForms,
        certificate(fileName, root.get("certificate")));
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
    return new PlanRules(targetLevel, f.optionalText("series").trim(), cutoff, f.optionalInt("assessmentYears"),
        ceYears, f.optionalText("scoringStandard").trim(), f.optionalText("rulesSource"));
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
    List<Fee.Item> items = new ArrayList<>();
    JsonNode list = f.array("items");
    for (int i = 0; i < list.size(); i++) {
      Fields item = new Fields(fileName, list.get(i), "fee.items[" + i + "].");
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
    LocalDate deadline = f.date("deadline");
    LocalDate lastLevel = chain.get(chain.size() - 1).deadline();
    if (deadline.isBefore(lastLevel)) {
      throw new PlanFileException(fileName, "paperForms.deadline", "“" + deadline + "”早于审核链最后一级的截止日期 "
          + lastLevel + "（纸质评审表在资格审查和缴费之后报送）");
    }
    String group = f.optionalText("group");
    return new PaperForms(deadline, group.isBlank() ? PaperForms.DEFAULT_GROUP : group.trim(),
        f.optionalText("source"));
  }

  /** Optional {@code "certificate": {"qualification": "高级工程师", "specialty": "…", "issuer": "…", "source": "…"}}. */
  private static CertificateTerms certificate(String fileName, JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    Fields f = new Fields(fileName, node, "certificate.");
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

  /** Field access that names the file and the JSON path of whatever is missing or wrong. */
  private record Fields(String file, JsonNode node, String prefix) {

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

    JsonNode array(String name) {
      JsonNode v = node.get(name);
      if (v == null || !v.isArray() || v.isEmpty()) {
        throw new PlanFileException(file, prefix + name, "缺少或为空（应为非空列表）");
      }
      return v;
    }
  }
}
