package zhicheng.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import zhicheng.vocabulary.ChinaTime;

/**
 * A declaration plan (申报计划) as the notices publish it: who reviews, in which order, until when.
 *
 * @param id                stable id used by forms, variables and the REST API
 * @param title             the plan's name as the notice gives it
 * @param notice            document number of the notice (文号)
 * @param source            the seed file the plan is taken from
 * @param committeeCode     code of the committee (评委会) that reviews the plan's applications
 * @param committeeName     its full name
 * @param applicantDeadline last day of online declaration (网上个人申报截止); for a plan with rows, the latest row's
 * @param routes            declaration routes (申报途径) the plan accepts
 * @param chain             the review levels, in order; a level may apply to some applicants only
 * @param rehearsal         true for a demo copy whose dates were moved to the future so people can try it
 * @param documentCopies    copies of each printed document the notice asks for, by document code
 *                          (plan file {@code documents.<code>.copies}; seed 004: evaluation-form 3); 1 when absent
 * @param rules             what the notice asks of applicants (target level, assessments, continuing education …)
 * @param fee               the fee paid after the office's qualification review; null when the plan has none
 * @param paperForms        the paper evaluation forms and their deadline; null when the plan asks for none
 * @param certificate       what the certificate confers; null: the plan's title stands for the qualification
 * @param region            the area whose units may declare (null: any)
 * @param refusals          what the notice answers instead of a review, and to whom
 * @param sources           where the notice says what the plan's fields say, by field name (applicantDeadline …)
 * @param rows              the rows of a plan table (seed 003 附件1); an applicant declares against one row
 * @param row               for the plan of one row: that row (null otherwise)
 * @param opens             first day of online declaration, when the notice says (null: open until the deadline)
 * @param formReturn        who returns the paper evaluation form after the certificate, and to whom; null: no step
 * @param reminders         when reviewers and applicants are reminded of their deadlines ({@link Reminders#DEFAULT}
 *                          when the file does not say)
 */
public record Plan(
    String id,
    String title,
    String notice,
    String source,
    String committeeCode,
    String committeeName,
    LocalDate applicantDeadline,
    List<String> routes,
    List<PlanLevel> chain,
    boolean rehearsal,
    Map<String, Integer> documentCopies,
    PlanRules rules,
    Fee fee,
    PaperForms paperForms,
    CertificateTerms certificate,
    Region region,
    List<Refusal> refusals,
    Map<String, String> sources,
    List<PlanRow> rows,
    PlanRow row,
    LocalDate opens,
    FormReturn formReturn,
    Reminders reminders) {

  /** Separates a plan's id from a row's id in the id an applicant declares against: {@code anji-2021:15}. */
  public static final String ROW_SEPARATOR = ":";
  private static final String ROW_TITLE_SEPARATOR = "·";

  public Plan {
    routes = List.copyOf(routes);
    chain = List.copyOf(chain);
    documentCopies = Map.copyOf(documentCopies);
    rules = rules == null ? PlanRules.defaults(applicantDeadline) : rules;
    refusals = refusals == null ? List.of() : List.copyOf(refusals);
    sources = sources == null ? Map.of() : Map.copyOf(sources);
    rows = rows == null ? List.of() : List.copyOf(rows);
    reminders = reminders == null ? Reminders.DEFAULT : reminders;
  }

  /** A plan with the default reminders. */
  public Plan(String id, String title, String notice, String source, String committeeCode, String committeeName,
      LocalDate applicantDeadline, List<String> routes, List<PlanLevel> chain, boolean rehearsal,
      Map<String, Integer> documentCopies, PlanRules rules, Fee fee, PaperForms paperForms,
      CertificateTerms certificate, Region region, List<Refusal> refusals, Map<String, String> sources,
      List<PlanRow> rows, PlanRow row, LocalDate opens, FormReturn formReturn) {
    this(id, title, notice, source, committeeCode, committeeName, applicantDeadline, routes, chain, rehearsal,
        documentCopies, rules, fee, paperForms, certificate, region, refusals, sources, rows, row, opens, formReturn,
        null);
  }

  /** A plan with its document copies, rules and committee terms, for everyone, without rows. */
  public Plan(String id, String title, String notice, String source, String committeeCode, String committeeName,
      LocalDate applicantDeadline, List<String> routes, List<PlanLevel> chain, boolean rehearsal,
      Map<String, Integer> documentCopies, PlanRules rules, Fee fee, PaperForms paperForms,
      CertificateTerms certificate) {
    this(id, title, notice, source, committeeCode, committeeName, applicantDeadline, routes, chain, rehearsal,
        documentCopies, rules, fee, paperForms, certificate, null, List.of(), Map.of(), List.of(), null, null, null);
  }

  /**
   * A plan that sets no copies, asks nothing of applicants beyond the defaults of {@link PlanRules} and has no
   * fee, paper forms or certificate terms.
   */
  public Plan(String id, String title, String notice, String source, String committeeCode, String committeeName,
      LocalDate applicantDeadline, List<String> routes, List<PlanLevel> chain, boolean rehearsal) {
    this(id, title, notice, source, committeeCode, committeeName, applicantDeadline, routes, chain, rehearsal,
        Map.of());
  }

  /** The same, with its document copies. */
  public Plan(String id, String title, String notice, String source, String committeeCode, String committeeName,
      LocalDate applicantDeadline, List<String> routes, List<PlanLevel> chain, boolean rehearsal,
      Map<String, Integer> documentCopies) {
    this(id, title, notice, source, committeeCode, committeeName, applicantDeadline, routes, chain, rehearsal,
        documentCopies, null, null, null, null);
  }

  /** The same plan with other rules (the rules of the level an applicant of a plan table declares for). */
  public Plan withRules(PlanRules other) {
    return new Plan(id, title, notice, source, committeeCode, committeeName, applicantDeadline, routes, chain,
        rehearsal, documentCopies, other, fee, paperForms, certificate, region, refusals, sources, rows, row, opens,
        formReturn, reminders);
  }

  /** How many copies of a document (by its code, e.g. "evaluation-form") to print: the plan's number, else 1. */
  public int copies(String documentCode) {
    return documentCopies.getOrDefault(documentCode, 1);
  }

  /**
   * Where the plan's notice asks for those copies, for the forms that quote the number: “杭经信人事〔2023〕63号 附件2
   * 二、8. …”, the notice and the plan file's {@code documents.<code>.source}; the notice alone when the file does not
   * say.
   */
  public String copiesSource(String documentCode) {
    String clause = sourceOf("documents." + documentCode);
    return notice + (clause.isBlank() ? "" : " " + clause);
  }

  public PlanLevel level(int index) {
    return chain.get(index);
  }

  public boolean hasRows() {
    return !rows.isEmpty();
  }

  /**
   * Whether declarations are accepted at {@code now}: from the first day of declaration (when the notice gives
   * one) until the applicant deadline (any row's, with rows).
   */
  public boolean isOpen(Instant now) {
    return !isNotYetOpen(now) && !Deadlines.isPast(applicantDeadline, now);
  }

  public boolean isNotYetOpen(Instant now) {
    return opens != null && now.isBefore(opens.atStartOfDay(ChinaTime.ZONE).toInstant());
  }

  /** The plans an applicant can choose from this one: itself, or one per row. */
  public List<Plan> choices() {
    return hasRows() ? rows.stream().map(this::forRow).toList() : List.of(this);
  }

  /** The refusals that concern an applicant of this scope, the plan's first. */
  public List<Refusal> refusalsFor(ApplicantScope scope) {
    return refusals.stream().filter(r -> r.appliesTo(scope)).toList();
  }

  /** The refusal every applicant gets, if the plan has one (a row marked 委托评审 …). */
  public Optional<Refusal> refusalForEveryone() {
    return refusals.stream().filter(r -> r.when().always()).findFirst();
  }

  /** Where the notice says what a field says ("" when the file does not say). */
  public String sourceOf(String field) {
    return sources.getOrDefault(field, "");
  }

  /** The title of the plan table a row's plan belongs to (its own title without the row); else the title. */
  public String tableTitle() {
    return row == null ? title : title.substring(0, title.length() - ROW_TITLE_SEPARATOR.length() - row.label().length());
  }

  /**
   * The plan of one row: the row's committee and date, the levels the row runs, levels without a date of their
   * own taking the row's date, the plan's refusals followed by the row's.
   */
  public Plan forRow(PlanRow r) {
    List<PlanLevel> levels = chain.stream()
        .filter(l -> r.levels().isEmpty() || r.levels().contains(l.key()))
        .map(l -> l.deadline() == null ? l.withDeadline(r.deadline()) : l)
        .toList();
    List<Refusal> all = new ArrayList<>(refusals);
    all.addAll(r.refusals());
    return new Plan(id + ROW_SEPARATOR + r.id(), title + ROW_TITLE_SEPARATOR + r.label(), notice, source, r.committeeCode(),
        r.committeeName(), r.deadline(), routes, levels, rehearsal, documentCopies, rules, fee, paperForms,
        certificate, region, all, sources, List.of(), r, opens, formReturn, reminders);
  }
}
