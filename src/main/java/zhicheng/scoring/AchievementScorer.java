package zhicheng.scoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scores achievements against a standard, every rule of it applied and each achievement's outcome explained:
 * <ol>
 *   <li>说明5: an achievement obtained before the 工艺美术师 title scores nothing (rows that are not achievements
 *       obtained at a date — 学历, 从业年限, a title or office held — are exempt, {@link ScoringStandard.Rule#afterTitle});</li>
 *   <li>近五年内 rows: an achievement older than the window scores nothing;</li>
 *   <li>说明4: a patent only accepted (受理), not granted (授权), scores nothing;</li>
 *   <li>a row only for a leading role (为主完成, 作为主创人员): a 参与 achievement scores as the row for 参与 where the
 *       standard has one, else nothing;</li>
 *   <li>项目及获奖: one work scores once, at its highest award; a 以最高…为准 rule scores only its best item; an
 *       item without a unit (学历) once;</li>
 *   <li>the caps: the rule's own (累计最多得…分), the indicator's (说明6), the group's (加分条件最多20分). What a cap
 *       cuts is cut from the achievements scoring least, so the finding of a well-scoring one stays whole.</li>
 * </ol>
 * The totals are those {@link ScoreCalculator} gives for the same rule points. Engine-free; the day of scoring
 * ({@code asOf}) is given, so a test fixes it.
 */
public final class AchievementScorer {

  private AchievementScorer() {}

  /**
   * What makes the request impossible to score, each prefixed with the field that causes it, in Chinese: a missing
   * or malformed date, a date after {@code asOf}, an unknown item, a patent without its status, an award without its
   * work, an unknown status or role. Empty when it can be scored.
   */
  public static List<String> problems(ScoringStandard standard, String titleDate, List<AchievementClaim> achievements,
      LocalDate asOf) {
    List<String> problems = new ArrayList<>();
    Optional<LocalDate> title = date(titleDate);
    if (titleDate == null || titleDate.isBlank()) {
      problems.add("titleDate：请填写取得工艺美术师职称的日期（yyyy-MM-dd），" + standard.clause("afterTitle"));
    } else if (title.isEmpty()) {
      problems.add("titleDate：“" + titleDate + "”不是有效日期，格式为 yyyy-MM-dd");
    } else if (title.get().isAfter(asOf)) {
      problems.add("titleDate：" + titleDate + " 晚于今天（" + asOf + "），职称取得日期不能在将来");
    }
    if (achievements == null || achievements.isEmpty()) {
      problems.add("achievements：请至少列出一项业绩");
      return problems;
    }
    Index index = new Index(standard);
    for (int i = 0; i < achievements.size(); i++) {
      AchievementClaim a = achievements.get(i);
      String at = "achievements[" + i + "]";
      if (a == null) {
        problems.add(at + "：业绩不能为空");
        continue;
      }
      ScoringStandard.Item item = a.item() == null ? null : index.items.get(a.item());
      if (item == null) {
        problems.add(at + ".item：评分项“" + a.item() + "”不在《" + standard.title() + "》（" + standard.notice() + "）中");
      }
      Optional<LocalDate> d = date(a.date());
      if (a.date() == null || a.date().isBlank()) {
        problems.add(at + ".date：请填写取得日期（yyyy-MM-dd）");
      } else if (d.isEmpty()) {
        problems.add(at + ".date：“" + a.date() + "”不是有效日期，格式为 yyyy-MM-dd");
      } else if (d.get().isAfter(asOf)) {
        problems.add(at + ".date：" + a.date() + " 晚于今天（" + asOf + "），业绩的取得日期不能在将来");
      }
      if (a.status() != null && !a.status().isBlank()
          && !AchievementClaim.GRANTED.equals(a.status()) && !AchievementClaim.ACCEPTED.equals(a.status())) {
        problems.add(at + ".status：状态只能是“授权”或“受理”，不是“" + a.status() + "”");
      }
      if (a.role() != null && !a.role().isBlank()
          && !AchievementClaim.LEAD.equals(a.role()) && !AchievementClaim.PART.equals(a.role())) {
        problems.add(at + ".role：本人作用只能是“为主”或“参与”，不是“" + a.role() + "”");
      }
      if (item != null) {
        ScoringStandard.Rule rule = index.rule.get(item.id());
        if (rule.needsGrant() && (a.status() == null || a.status().isBlank())) {
          problems.add(at + ".status：专利须注明状态（授权或受理），" + standard.clause("granted"));
        }
        if (rule.scoresOncePerWork() && (a.work() == null || a.work().isBlank())) {
          problems.add(at + ".work：获奖须写明获奖作品，" + standard.clause("oncePerWork"));
        }
      }
    }
    return problems;
  }

  public static AchievementScore score(ScoringStandard standard, String titleDate, List<AchievementClaim> achievements,
      LocalDate asOf) {
    List<String> problems = problems(standard, titleDate, achievements, asOf);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("；", problems));
    }
    Index index = new Index(standard);
    LocalDate title = LocalDate.parse(titleDate);
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < achievements.size(); i++) {
      entries.add(admit(standard, index, i, achievements.get(i), title, asOf));
    }
    Map<String, Long> rulePoints = new HashMap<>();
    for (ScoringStandard.Group g : standard.groups()) {
      List<Entry> inGroup = new ArrayList<>();
      for (ScoringStandard.Indicator ind : g.indicators()) {
        List<Entry> inIndicator = new ArrayList<>();
        for (ScoringStandard.Rule rule : ind.rules()) {
          List<Entry> inRule = entries.stream().filter(e -> e.rule == rule && e.points > 0).toList();
          inRule = applyRule(standard, rule, inRule);
          rulePoints.put(rule.id(), inRule.stream().mapToLong(e -> e.points).sum());
          inIndicator.addAll(inRule);
        }
        cap(byPoints(inIndicator), ind.cap(), "二级指标“" + ind.name() + "”最多得" + ind.cap() + "分",
            standard.clause("caps"));
        inGroup.addAll(inIndicator);
      }
      cap(byPoints(inGroup), g.cap(), "一级指标“" + g.name() + "”最多得" + g.cap() + "分", standard.clause("caps"));
    }
    Score score = ScoreCalculator.assemble(standard, rulePoints);
    List<AchievementFinding> findings = entries.stream().map(Entry::finding).toList();
    return AchievementScore.of(score, titleDate, asOf.toString(), findings);
  }

  /** Whether the achievement can score at all, and at which item: the rules that look at one achievement alone. */
  private static Entry admit(ScoringStandard standard, Index index, int i, AchievementClaim a, LocalDate title,
      LocalDate asOf) {
    ScoringStandard.Item item = index.items.get(a.item());
    Entry e = new Entry(i, a, item, index.rule.get(item.id()), index.where.get(item.id()), standard.notice());
    LocalDate date = LocalDate.parse(a.date());
    if (e.rule.needsAfterTitle() && date.isBefore(title)) {
      return e.none("取得于" + date + "，早于取得工艺美术师职称的" + title + "，不计分", standard.clause("afterTitle"));
    }
    if (item.withinYears() != null && date.isBefore(asOf.minusYears(item.withinYears()))) {
      return e.none("取得于" + date + "，不在近" + item.withinYears() + "年内（" + asOf.minusYears(item.withinYears())
          + "以后），不计分", e.ruleSource());
    }
    if (e.rule.needsGrant() && !AchievementClaim.GRANTED.equals(a.status())) {
      return e.none("专利尚在受理，未获授权，不计分", standard.clause("granted"));
    }
    if (AchievementClaim.LEAD.equals(item.role()) && AchievementClaim.PART.equals(a.role())) {
      ScoringStandard.Item part = item.asPart() == null ? null : index.items.get(item.asPart());
      if (part == null) {
        return e.none("“" + item.text() + "”须本人为主（主创、第一撰写人），本人为参与，不计分", e.ruleSource());
      }
      e.item = part;
      e.notes.add("本人为参与，按“" + part.text() + "”计" + part.points() + "分");
    }
    e.points = e.item.points();
    return e;
  }

  /** The rules that look at a rule's achievements together, then its own cap; what still scores, in cap order. */
  private static List<Entry> applyRule(ScoringStandard standard, ScoringStandard.Rule rule, List<Entry> entries) {
    List<Entry> scoring = new ArrayList<>();
    if (rule.best()) {
      Entry best = entries.stream().max(Comparator.comparingLong(e -> e.points)).orElse(null);
      for (Entry e : entries) {
        if (e == best) {
          scoring.add(e);
        } else {
          e.none("已按“" + best.item.text() + "”计" + best.points + "分，以最高者为准，本项不再计分", standard.clause("best"));
        }
      }
      return scoring;
    }
    Map<String, Entry> bestOfWork = new LinkedHashMap<>();
    Map<String, Entry> onceOnly = new HashMap<>();
    if (rule.scoresOncePerWork()) {
      for (Entry e : entries) {
        bestOfWork.merge(work(e.claim.work()), e, (x, y) -> y.points > x.points ? y : x);
      }
    }
    for (Entry e : entries) {
      if (rule.scoresOncePerWork()) {
        Entry best = bestOfWork.get(work(e.claim.work()));
        if (best != e) {
          e.none("同一作品“" + e.claim.work().trim() + "”已按所获最高奖项“" + best.item.text() + "”计" + best.points
              + "分，本项不再计分", standard.clause("oncePerWork"));
          continue;
        }
      } else if (e.item.unit() == null && onceOnly.putIfAbsent(e.item.id(), e) != null) {
        e.none("“" + e.item.text() + "”只计一次，已计分", e.ruleSource());
        continue;
      }
      scoring.add(e);
    }
    List<Entry> ordered = byPoints(scoring);
    if (rule.cap() != null) {
      cap(ordered, rule.cap(), "本条累计最多得" + rule.cap() + "分", null);
    }
    return ordered.stream().filter(e -> e.points > 0).toList();
  }

  /** Cuts what is above {@code cap}, from the last of {@code ordered} (the least scoring); notes each cut. */
  private static void cap(List<Entry> ordered, int cap, String what, String source) {
    long left = cap;
    for (Entry e : ordered) {
      if (e.points <= left) {
        left -= e.points;
        continue;
      }
      long cut = e.points - left;
      e.points = left;
      left = 0;
      String note = what + "，已计满，" + (e.points == 0 ? "本项不再计分" : "本项只计" + e.points + "分（超出的" + cut + "分不计）");
      e.cut(note, source == null ? e.ruleSource() : source);
    }
  }

  private static List<Entry> byPoints(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingLong((Entry e) -> e.points).reversed());
    return sorted;
  }

  /** The same work however it is spaced or cased: “青瓷·月白” and “青瓷 · 月白” are one. */
  private static String work(String work) {
    return work.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  private static Optional<LocalDate> date(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.trim()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Where each item sits in the standard: its rule and its 一级指标·二级指标. */
  private static final class Index {
    final Map<String, ScoringStandard.Item> items = new HashMap<>();
    final Map<String, ScoringStandard.Rule> rule = new HashMap<>();
    final Map<String, String> where = new HashMap<>();

    Index(ScoringStandard standard) {
      for (ScoringStandard.Group g : standard.groups()) {
        for (ScoringStandard.Indicator ind : g.indicators()) {
          for (ScoringStandard.Rule r : ind.rules()) {
            for (ScoringStandard.Item it : r.items()) {
              items.put(it.id(), it);
              rule.put(it.id(), r);
              where.put(it.id(), g.name() + "·" + ind.name());
            }
          }
        }
      }
    }
  }

  /** One achievement as it goes through the rules: the item it scores at, its points so far, why. */
  private static final class Entry {
    final int index;
    final AchievementClaim claim;
    final ScoringStandard.Rule rule;
    final String where;
    final String notice;
    final List<String> notes = new ArrayList<>();
    ScoringStandard.Item item;
    long points;
    String reason;
    String source;

    Entry(int index, AchievementClaim claim, ScoringStandard.Item item, ScoringStandard.Rule rule, String where,
        String notice) {
      this.index = index;
      this.claim = claim;
      this.item = item;
      this.rule = rule;
      this.where = where;
      this.notice = notice;
    }

    /** The row of the table that scores it: 浙经信消费〔2022〕35号 附件2 工作业绩·项目及获奖. */
    String ruleSource() {
      return notice + " " + where;
    }

    /** Scores nothing, for this reason under this clause. */
    Entry none(String why, String clause) {
      points = 0;
      reason = why;
      source = clause;
      return this;
    }

    /** A cap cut it: the reason and the clause of the cap. */
    void cut(String why, String clause) {
      notes.add(why);
      source = clause;
    }

    AchievementFinding finding() {
      String message;
      if (reason != null) {
        message = reason;
      } else {
        List<String> parts = new ArrayList<>();
        parts.add("“" + item.text() + "”" + item.points() + "分（" + rule.text() + "）");
        parts.addAll(notes);
        message = (points > 0 ? "计" + points + "分：" : "不计分：") + String.join("；", parts);
      }
      return new AchievementFinding(index, claim.id(), claim.item(), item.text(), claim.title(), claim.work(),
          claim.date(), (int) points, points > 0, message, source == null ? ruleSource() : source);
    }
  }
}
