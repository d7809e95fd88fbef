package zhicheng.plan;

import java.time.LocalDate;
import java.util.List;

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
 * @param rules             what the notice asks of applicants (target level, assessments, continuing education …)
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
    PlanRules rules) {

  public Plan {
    routes = List.copyOf(routes);
    chain = List.copyOf(chain);
    rules = rules == null ? PlanRules.defaults(applicantDeadline) : rules;
  }

  /** A plan whose notice asks nothing of applicants beyond the defaults of {@link PlanRules}. */
  public Plan(String id, String title, String notice, String source, String committeeCode, String committeeName,
      LocalDate applicantDeadline, List<String> routes, List<PlanLevel> chain, boolean rehearsal) {
    this(id, title, notice, source, committeeCode, committeeName, applicantDeadline, routes, chain, rehearsal, null);
  }

  public PlanLevel level(int index) {
    return chain.get(index);
  }
}
