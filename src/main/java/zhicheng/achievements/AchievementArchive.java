package zhicheng.achievements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zhicheng.scoring.AchievementClaim;
import zhicheng.scoring.AchievementScore;
import zhicheng.scoring.AchievementScorer;
import zhicheng.scoring.ScoreClaim;
import zhicheng.scoring.ScoringStandard;
import zhicheng.scoring.ScoringStandards;
import zhicheng.vocabulary.ChinaTime;

/**
 * An applicant's achievement archive (业绩档案), as the API and the applicant's pages use it: each call names the
 * owner, and a row of someone else's archive is simply not found. A row is checked by {@link AchievementRules}
 * before anything is written, and once an application was submitted with it, it can no longer be changed or deleted
 * (what the reviewers saw stays what it was). Scoring from the archive is {@link AchievementScorer} on the owner's
 * rows that name a scoring item.
 */
@Service
public class AchievementArchive {

  private final AchievementStore store;
  private final ScoringStandards standards;
  private final Clock clock;

  public AchievementArchive(AchievementStore store, ScoringStandards standards, Clock clock) {
    this.store = store;
    this.standards = standards;
    this.clock = clock;
  }

  /** Refused input: the findings name their fields; nothing was written. */
  public static class RefusedException extends RuntimeException {
    private final List<String> findings;

    public RefusedException(String message, List<String> findings) {
      super(message);
      this.findings = List.copyOf(findings);
    }

    public List<String> findings() {
      return findings;
    }
  }

  /** The row was used by a submitted application: it stays as the reviewers saw it. */
  public static class LockedException extends RuntimeException {
    public LockedException(String message) {
      super(message);
    }
  }

  public List<Achievement> list(String owner) {
    return store.list(owner);
  }

  public Optional<Achievement> find(String owner, long id) {
    return store.find(owner, id);
  }

  @Transactional
  public Achievement create(String owner, AchievementInput in) {
    AchievementRules.Checked checked = AchievementRules.check(in, items(), Set.of(), false, today());
    refuseIfProblems(owner, in, checked);
    long id = store.create(owner, in, checked.newFiles());
    return store.find(owner, id).orElseThrow();
  }

  /** Empty when the owner has no such row. */
  @Transactional
  public Optional<Achievement> update(String owner, long id, AchievementInput in) {
    Optional<Achievement> current = store.find(owner, id);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    refuseIfLocked(current.get(), "修改");
    Set<Long> files = current.get().evidence().stream().map(Evidence::id).collect(Collectors.toCollection(HashSet::new));
    AchievementRules.Checked checked = AchievementRules.check(in, items(), files, true, today());
    refuseIfProblems(owner, in, checked);
    store.update(owner, id, in, checked.keptFiles(), checked.newFiles());
    return store.find(owner, id);
  }

  /** The date the owner obtained the current title, as the owner gave it on the archive, if ever. */
  public Optional<LocalDate> titleDate(String owner) {
    return store.titleDate(owner);
  }

  /**
   * Keeps the date the owner obtained the current title (现任职称取得日期): a valid date, not in the future. Rows
   * already kept stay; those it now puts before the title are marked by {@link #beforeTitle}.
   */
  @Transactional
  public LocalDate setTitleDate(String owner, String text) {
    LocalDate date;
    try {
      date = text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new RefusedException("现任职称取得日期未保存", List.of("titleDate：“" + text + "”不是有效日期，格式为 yyyy-MM-dd"));
    }
    if (date == null) {
      throw new RefusedException("现任职称取得日期未保存", List.of("titleDate：请填写取得现任职称的日期（yyyy-MM-dd）"));
    }
    if (date.isAfter(today())) {
      throw new RefusedException("现任职称取得日期未保存", List.of("titleDate：" + date + " 晚于今天（" + today()
          + "），取得日期不能在将来"));
    }
    store.setTitleDate(owner, date);
    return date;
  }

  /**
   * Why a row with this item and date cannot score as that item for this owner: the item is one of a standard's
   * that counts only what was obtained after the 工艺美术师 title (浙经信消费〔2022〕35号 附件2 说明5) and the date is
   * before the title date the owner gave. Empty when it may score, or when the owner gave no title date.
   */
  public Optional<String> beforeTitle(String owner, String item, String date) {
    Optional<LocalDate> title = store.titleDate(owner);
    if (title.isEmpty() || item == null || item.isBlank() || date == null) {
      return Optional.empty();
    }
    LocalDate d;
    try {
      d = LocalDate.parse(date.trim());
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
    if (!d.isBefore(title.get())) {
      return Optional.empty();
    }
    for (ScoringStandard s : standards.all()) {
      for (ScoringStandard.Group g : s.groups()) {
        for (ScoringStandard.Indicator ind : g.indicators()) {
          for (ScoringStandard.Rule r : ind.rules()) {
            for (ScoringStandard.Item it : r.items()) {
              if (it.id().equals(item) && r.needsAfterTitle()) {
                return Optional.of(d + " 早于您的现任职称取得日期（" + title.get() + "）：评分项“" + it.text()
                    + "”只计取得职称后的业绩（" + s.clause("afterTitle") + "）；任现职前的业绩如需存档，请不选评分项");
              }
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private void refuseIfProblems(String owner, AchievementInput in, AchievementRules.Checked checked) {
    List<String> problems = new java.util.ArrayList<>(checked.problems());
    if (in != null && problems.stream().noneMatch(p -> p.startsWith("date：") || p.startsWith("item："))) {
      beforeTitle(owner, in.item(), in.date()).ifPresent(p -> problems.add("date：" + p));
    }
    if (!problems.isEmpty()) {
      throw new RefusedException("业绩未保存", problems);
    }
  }

  /** False when the owner has no such row. */
  @Transactional
  public boolean delete(String owner, long id) {
    Optional<Achievement> current = store.find(owner, id);
    if (current.isEmpty()) {
      return false;
    }
    refuseIfLocked(current.get(), "删除");
    store.delete(owner, id);
    return true;
  }

  public Optional<AchievementStore.File> evidence(String owner, long id, long evidenceId) {
    return store.file(owner, id, evidenceId);
  }

  /**
   * The self-score of the owner's archive against a standard: every row that names an item of it, with the date of
   * the 工艺美术师 title; a refusal names the fields as {@link AchievementScorer#problems} does.
   */
  public AchievementScore score(String owner, ScoringStandard standard, String titleDate) {
    return score(standard, titleDate, claims(store.list(owner), standard));
  }

  /**
   * The self-score as the unit confirmed it: the rows an application was submitted with that its unit confirmed
   * (核实), plus the items the archive cannot hold (学历, 从业年限: no kind of row scores as them) as the applicant
   * declared them in {@code declared}. Empty while no confirmed row names an item of the standard.
   */
  public Optional<AchievementScore> scoreConfirmed(String applicationId, ScoringStandard standard, String titleDate,
      List<ScoreClaim> declared) {
    return scoreOf(forApplication(applicationId).stream()
        .filter(a -> a.uses().stream().anyMatch(AchievementUse::confirmed)).toList(), standard, titleDate, declared);
  }

  /**
   * The self-score of every row the application was submitted with, as if the unit confirmed them all (what each row
   * would score, shown to the unit before it confirms), with the declared 学历 and 从业年限 as for
   * {@link #scoreConfirmed}. Empty while no row names an item of the standard.
   */
  public Optional<AchievementScore> scoreSubmitted(String applicationId, ScoringStandard standard, String titleDate,
      List<ScoreClaim> declared) {
    return scoreOf(forApplication(applicationId), standard, titleDate, declared);
  }

  private Optional<AchievementScore> scoreOf(List<Achievement> rows, ScoringStandard standard, String titleDate,
      List<ScoreClaim> declared) {
    List<AchievementClaim> claims = new java.util.ArrayList<>(claims(rows, standard));
    if (claims.isEmpty()) {
      return Optional.empty();
    }
    for (ScoreClaim c : declared == null ? List.<ScoreClaim>of() : declared) {
      boolean archivable = java.util.Arrays.stream(AchievementKind.values()).anyMatch(k -> k.scoresAs(c.item()));
      if (!archivable) {
        for (int i = 0; i < Math.min(c.times(), 20); i++) {
          claims.add(new AchievementClaim(null, c.item(), "申报时填报", null, titleDate, null, null));
        }
      }
    }
    return Optional.of(score(standard, titleDate, claims));
  }

  /** The rows an application was submitted with, each showing only that application's use (its confirmation). */
  public List<Achievement> forApplication(String applicationId) {
    return store.usedBy(applicationId).stream().map(a -> new Achievement(a.id(), a.owner(), a.kind(), a.item(),
        a.title(), a.work(), a.date(), a.grade(), a.status(), a.role(), a.note(), a.evidence(), a.locked(),
        a.uses().stream().filter(u -> u.applicationId().equals(applicationId)).toList(), a.createdAt(),
        a.updatedAt())).toList();
  }

  /**
   * The unit's finding on one row of an application (the caller has checked that {@code by} holds the unit's
   * review of it): 核实, or 不予认定 with a reason. Empty when the application was not submitted with that row.
   */
  @Transactional
  public Optional<Achievement> confirm(String applicationId, long achievementId, String confirmation, String reason,
      String by) {
    List<String> problems = confirmationProblems(confirmation, reason);
    if (!problems.isEmpty()) {
      throw new RefusedException("业绩核实未保存", problems);
    }
    if (!store.confirm(applicationId, achievementId, confirmation,
        reason == null || reason.isBlank() ? null : reason.trim(), by)) {
      return Optional.empty();
    }
    return forApplication(applicationId).stream().filter(a -> a.id() == achievementId).findFirst();
  }

  /** What is wrong with a finding of the unit on a row, each naming its field; empty when it may be kept. */
  public static List<String> confirmationProblems(String confirmation, String reason) {
    List<String> problems = new java.util.ArrayList<>();
    if (!AchievementUse.CONFIRMED.equals(confirmation) && !AchievementUse.NOT_RECOGNISED.equals(confirmation)) {
      problems.add("confirmation：请选择“核实”或“不予认定”" + (confirmation == null ? "" : "，不是“" + confirmation + "”"));
    }
    if (AchievementUse.NOT_RECOGNISED.equals(confirmation) && (reason == null || reason.isBlank())) {
      problems.add("reason：不予认定须写明理由，申报人据此修改或说明");
    }
    if (reason != null && reason.length() > AchievementRules.NOTE_MAX) {
      problems.add("reason：理由不超过" + AchievementRules.NOTE_MAX + "字，现为" + reason.length() + "字");
    }
    return problems;
  }

  /**
   * {@link #scoreConfirmed} as it would be with these findings of the unit (row id → 核实 / 不予认定) in place of the
   * rows' present ones: what a completion that carries them would decide, before anything is written.
   */
  public Optional<AchievementScore> scoreConfirmed(String applicationId, ScoringStandard standard, String titleDate,
      List<ScoreClaim> declared, Map<Long, String> pending) {
    return scoreOf(forApplication(applicationId).stream()
        .filter(a -> pending.containsKey(a.id()) ? AchievementUse.CONFIRMED.equals(pending.get(a.id()))
            : a.uses().stream().anyMatch(AchievementUse::confirmed)).toList(), standard, titleDate, declared);
  }

  /** The items the standards in force score, by id with their text: what a row's {@code item} may name. */
  public Map<String, String> items() {
    Map<String, String> items = new LinkedHashMap<>();
    standards.all().forEach(s -> s.groups().forEach(g -> g.indicators().forEach(i -> i.rules().forEach(
        r -> r.items().forEach(it -> items.putIfAbsent(it.id(), it.text()))))));
    return items;
  }

  private AchievementScore score(ScoringStandard standard, String titleDate, List<AchievementClaim> claims) {
    if (claims.isEmpty()) {
      throw new RefusedException("自评分无法计算", List.of("achievements：业绩档案中没有对应《" + standard.title()
          + "》评分项（item）的业绩"));
    }
    List<String> problems = AchievementScorer.problems(standard, titleDate, claims, today());
    if (!problems.isEmpty()) {
      throw new RefusedException("自评分无法计算", problems);
    }
    return AchievementScorer.score(standard, titleDate, claims, today());
  }

  private static List<AchievementClaim> claims(List<Achievement> rows, ScoringStandard standard) {
    Set<String> items = new HashSet<>();
    standard.groups().forEach(g -> g.indicators().forEach(i -> i.rules().forEach(
        r -> r.items().forEach(it -> items.add(it.id())))));
    return rows.stream().filter(a -> items.contains(a.item()))
        .map(a -> new AchievementClaim(String.valueOf(a.id()), a.item(), a.title(), a.work(), a.date(), a.status(),
            a.role()))
        .toList();
  }

  private static void refuseIfLocked(Achievement a, String what) {
    if (a.locked()) {
      AchievementUse use = a.uses().get(0);
      throw new LockedException("业绩“" + a.title() + "”已随申报（" + (use.businessKey() == null ? use.applicationId()
          : use.businessKey()) + "）提交，不能" + what + "：送审材料须与单位审核、公示的一致（浙经信消费〔2022〕35号 "
          + "附件1（二）：申报人和单位要对申报材料的真实性负责）");
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ChinaTime.ZONE));
  }
}
