package zhicheng.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A demo copy of a real plan whose dates are moved so that declaration closes a fixed number of days after
 * the given day. The real plans of the notices closed long ago (seed 004: 2023-08-27) and are refused as
 * overdue, as they must be; the demo copy lets a person try the same chain today. The gaps between the
 * levels' deadlines stay those of the notice, and so do the rules (the seniority cut-off, the years of
 * assessments and continuing education): the copy is the same round, only open longer.
 */
public final class Rehearsal {

  public static final String ID_SUFFIX = "-demo";

  private Rehearsal() {}

  public static Plan of(Plan real, LocalDate today, int daysToApply) {
    long shift = ChronoUnit.DAYS.between(real.applicantDeadline(), today.plusDays(daysToApply));
    List<PlanLevel> chain = real.chain().stream()
        .map(l -> new PlanLevel(l.key(), l.name(), l.group(), l.deadline().plusDays(shift),
            l.publicityDays(), l.source()))
        .toList();
    return new Plan(real.id() + ID_SUFFIX, real.title() + "（演示：日期顺延）", real.notice(), real.source(),
        real.committeeCode(), real.committeeName(), real.applicantDeadline().plusDays(shift),
        real.routes(), chain, true, real.documentCopies(), real.rules(), real.fee(),
        paperForms(real.paperForms(), shift), real.certificate());
  }

  private static PaperForms paperForms(PaperForms real, long shift) {
    return real == null ? null : new PaperForms(real.deadline().plusDays(shift), real.group(), real.source());
  }
}
