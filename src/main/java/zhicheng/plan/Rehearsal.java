package zhicheng.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * A demo copy of a real plan whose dates are moved so that declaration closes a fixed number of days after
 * the given day. The real plans of the notices closed long ago (seed 004: 2023-08-27) and are refused as
 * overdue, as they must be; the demo copy lets a person try the same chain today. Every date moves by the same
 * number of days, so the gaps between the levels' deadlines (and between the rows of a plan table) stay those
 * of the notice; with rows, the earliest row closes that many days after the day. The rules (the seniority
 * cut-off, the years of assessments and continuing education) stay: the copy is the same round, only open
 * longer. A copy whose first day of declaration would fall after the day opens on the day.
 */
public final class Rehearsal {

  public static final String ID_SUFFIX = "-demo";

  private Rehearsal() {}

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  public static Plan of(Plan real, LocalDate today, int daysToApply) {
    LocalDate earliest = real.hasRows()
        ? real.rows().stream().map(PlanRow::deadline).min(Comparator.naturalOrder()).orElseThrow()
        : real.applicantDeadline();
    long shift = ChronoUnit.DAYS.between(earliest, today.plusDays(daysToApply));
    List<PlanLevel> chain = real.chain().stream()
        .map(l -> l.deadline() == null ? l : l.withDeadline(l.deadline().plusDays(shift)))
        .toList();
    List<PlanRow> rows = real.rows().stream()
        .map(r -> r.withDeadline(r.deadline().plusDays(shift)))
        .toList();
    return new Plan(real.id() + ID_SUFFIX, real.title() + "（演示：日期顺延）", real.notice(), real.source(),
        real.committeeCode(), real.committeeName(), real.applicantDeadline().plusDays(shift),
        real.routes(), chain, true, real.documentCopies(), real.rules(), real.fee(),
        paperForms(real.paperForms(), shift), real.certificate(), real.region(), real.refusals(),
        real.sources(), rows, null, real.opens() == null ? null : min(real.opens().plusDays(shift), today),
        real.formReturn(), real.reminders());
  }

  private static PaperForms paperForms(PaperForms real, long shift) {
    return real == null ? null : new PaperForms(real.deadline().plusDays(shift), real.group(), real.source());
  }
}
