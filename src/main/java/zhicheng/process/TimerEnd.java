package zhicheng.process;

import java.util.Date;

/**
 * A date people read beside a working-day timer (the end of a publicity, of a payment period), as computed when the
 * timer started; the timer's due date is the truth. When {@link WorkdayTimers} moves a timer after the holiday
 * arrangement changed, the variable follows. The process that owns the variable declares it as a bean, so
 * WorkdayTimers names no process's variables.
 */
public record TimerEnd(ProcessVariable<Date> variable) {}
