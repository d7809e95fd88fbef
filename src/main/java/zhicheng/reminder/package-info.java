/**
 * Reminders before deadlines, through the notification outbox (docs/operations.md, Reminders): the reviewing body's
 * people before a level's deadline, the applicant before the declaration, fee and paper-form deadlines, each once,
 * by the working-day calendar, as each plan says ({@link zhicheng.plan.Reminders}).
 */
package zhicheng.reminder;
