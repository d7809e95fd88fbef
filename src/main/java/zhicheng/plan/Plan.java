package zhicheng.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A declaration plan (申报计划) as the notices publish it: who reviews, in which order, until when.
 *
 * @param id                stable id used by forms, variables and the REST API
 * @param title             the plan's name as the notice gives it
 * @param notice            document number of the notice (文号)
 * @param source            the seed file the plan is taken from
 * @param committeeCode     code of the committee (评委会) that reviews the plan's applications
 * @param committeeName     its full name
 * @param applicantDeadline last day of online declaration (网上个人申报截止)
 * @param routes            declaration routes (申报途径) the plan accepts
 * @param chain             the review levels, in order
 * @param rehearsal         true for a demo copy whose dates were moved to the future so people can try it
 * @param documentCopies    copies of each printed document the notice asks for, by document code
 *                          (plan file {@code documents.<code>.copies}; seed 004: evaluation-form 3); 1 when absent
 * @param rules             what the notice asks of applicants (target level, assessments, continuing education …)
 * @param fee               the fee paid after the office's qualification review; null when the plan has none
 * @param paperForms        the paper evaluation forms and their deadline; null when the plan asks for none
 * @param certificate       what the certificate confers; null: the plan's title stands for the qualification
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
    CertificateTerms certificate) {

  public Plan {
    routes = List.copyOf(routes);
    chain = List.copyOf(chain);
    documentCopies = Map.copyOf(documentCopies);
    rules = rules == null ? PlanRules.defaults(applicantDeadline) : rules;
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

  /** How many copies of a document (by its code, e.g. "evaluation-form") to print: the plan's number, else 1. */
  public int copies(String documentCode) {
    return documentCopies.getOrDefault(documentCode, 1);
  }

  public PlanLevel level(int index) {
    return chain.get(index);
  }
}
