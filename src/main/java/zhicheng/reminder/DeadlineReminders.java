package zhicheng.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import zhicheng.application.ApplicationVariables;
import zhicheng.calendar.ChineseTime;
import zhicheng.calendar.HolidayCalendar;
import zhicheng.calendar.WorkingDayCalendar;
import zhicheng.levels.LevelVariables;
import zhicheng.notification.NotificationOutbox;
import zhicheng.plan.Plan;
import zhicheng.plan.PlanRepository;
import zhicheng.plan.Reminders;
import zhicheng.process.InstanceVariables;
import zhicheng.process.ProcessVariable;
import zhicheng.vocabulary.ProcessKeys;

/**
 * Reminds people of deadlines through the outbox, by the working-day calendar and each plan's {@link Reminders}:
 * <ul>
 *   <li>every member of a level's reviewing group, before the level's deadline (default 3 working days before and on
 *       the day), one message per deadline listing the applications still waiting for them;</li>
 *   <li>the applicant, before the declaration, fee and paper-form deadlines (default 3 working days before), while
 *       that step is still open.</li>
 * </ul>
 *
 * <p>Why a Spring schedule and not an engine timer in each model: the reminders are not a step of any application
 * (nothing in the process waits for them, Cockpit need not show them); one query over the open tasks and timers
 * finds every deadline, including deadlines that moved when a holiday year was loaded; no model changes, and running
 * applications need no migration. A schedule runs on every node, so each reminder's key goes into
 * {@code zc_reminder} (primary key) in the same transaction as its outbox row: the first node to insert it queues
 * it, every other node and every later run finds it there. The schedule runs hourly during office hours
 * ({@code zhicheng.reminders.cron}, Beijing time, default 8:00–17:00), so nobody gets a message at night.
 */
@Component
public class DeadlineReminders {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineReminders.class);
  /** The channel of every notification of the app (the 12333 短信 of the notices; mail when configured). */
  static final String CHANNEL = "短信";
  static final String REVIEW_KIND = "REVIEW";
  /** Names listed in a reviewer's reminder; more are counted, not named (the outbox's body holds 2000 characters). */
  static final int NAMES_LISTED = 10;
  static final List<ProcessVariable<?>> REVIEW_VARIABLES = List.of(ApplicationVariables.PLAN_ID,
      ApplicationVariables.PLAN_TITLE, ApplicationVariables.LEVEL_KEY, ApplicationVariables.LEVEL_NAME,
      ApplicationVariables.REVIEW_GROUP, ApplicationVariables.APPLICANT_NAME);
  static final List<ProcessVariable<?>> APPLICANT_VARIABLES = List.of(ApplicationVariables.PLAN_ID,
      ApplicationVariables.PLAN_TITLE, ApplicationVariables.APPLICANT, ApplicationVariables.APPLICANT_NAME);

  /** What one run queued. */
  public record Run(int reviewerMessages, int applicantMessages) {}

  /** One level's deadline for one reviewing group: the applications waiting for it. */
  private record LevelDeadline(String planId, String planTitle, String levelKey, String levelName, String group,
      Instant deadline) {}

  private final TaskService tasks;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final PlanRepository plans;
  private final HolidayCalendar calendar;
  private final NotificationOutbox outbox;
  private final ReminderLedger ledger;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public DeadlineReminders(TaskService tasks, ManagementService management, RuntimeService runtime,
      IdentityService identity, PlanRepository plans, HolidayCalendar calendar, NotificationOutbox outbox,
      ReminderLedger ledger, PlatformTransactionManager transactions, Clock clock) {
    this.tasks = tasks;
    this.management = management;
    this.runtime = runtime;
    this.identity = identity;
    this.plans = plans;
    this.calendar = calendar;
    this.outbox = outbox;
    this.ledger = ledger;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Scheduled(cron = "${zhicheng.reminders.cron:0 0 8-17 * * *}", zone = "Asia/Shanghai")
  public void scheduled() {
    Run run = run();
    if (run.reviewerMessages() + run.applicantMessages() > 0) {
      LOG.info("截止提醒：已向审核单位发出{}条、向申报人发出{}条", run.reviewerMessages(), run.applicantMessages());
    }
  }

  public Run run() {
    Instant now = clock.instant();
    WorkingDayCalendar days = calendar.current();
    // deadlines further ahead than the farthest reminder of any plan need no look; one working day more, as the
    // queries' bounds are exclusive and a deadline is the very end of its day
    int farthest = plans.all().stream().flatMap(p -> days(p.reminders()).stream()).mapToInt(Integer::intValue)
        .max().orElse(0);
    Instant horizon = days.period(now, farthest + 1).end();
    return new Run(reviewers(now, horizon, days), applicants(now, horizon, days));
  }

  private static List<Integer> days(Reminders r) {
    List<Integer> all = new ArrayList<>(r.reviewerDays());
    all.addAll(r.applicantDays());
    return all;
  }

  private Reminders remindersOf(Object planId) {
    return plans.find(planId == null ? null : planId.toString()).map(Plan::reminders).orElse(Reminders.DEFAULT);
  }

  // ---- reviewers ----

  private int reviewers(Instant now, Instant horizon, WorkingDayCalendar days) {
    List<Task> waiting = tasks.createTaskQuery().processDefinitionKey(ProcessKeys.LEVEL_REVIEW)
        .taskDefinitionKey(LevelVariables.REVIEW_TASK).dueAfter(Date.from(now)).dueBefore(Date.from(horizon)).list();
    Map<String, Map<String, Object>> values = InstanceVariables.read(runtime,
        waiting.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()), REVIEW_VARIABLES);
    Map<LevelDeadline, Set<String>> byDeadline = new LinkedHashMap<>();
    for (Task t : waiting) {
      Map<String, Object> v = values.getOrDefault(t.getProcessInstanceId(), Map.of());
      LevelDeadline d = new LevelDeadline(text(v, ApplicationVariables.PLAN_ID), text(v, ApplicationVariables.PLAN_TITLE),
          text(v, ApplicationVariables.LEVEL_KEY), text(v, ApplicationVariables.LEVEL_NAME),
          text(v, ApplicationVariables.REVIEW_GROUP), t.getDueDate().toInstant());
      byDeadline.computeIfAbsent(d, k -> new TreeSet<>()).add(text(v, ApplicationVariables.APPLICANT_NAME));
    }
    int sent = 0;
    for (var e : byDeadline.entrySet()) {
      LevelDeadline d = e.getKey();
      OptionalInt n = ReminderTiming.due(d.deadline(), remindersOf(d.planId()).reviewerDays(), now, days);
      if (n.isEmpty() || d.group().isEmpty()) {
        continue;
      }
      Group group = identity.createGroupQuery().groupId(d.group()).singleResult();
      String body = reviewerText(d, group == null ? d.group() : group.getName(), e.getValue(), n.getAsInt());
      String subject = "【职称评审】审核截止提醒：" + d.levelName();
      for (User u : identity.createUserQuery().memberOfGroup(d.group()).list()) {
        String key = String.join("|", REVIEW_KIND, d.planId(), d.levelKey(), d.group(),
            String.valueOf(d.deadline().getEpochSecond()), String.valueOf(n.getAsInt()), u.getId());
        if (queue(key, REVIEW_KIND, d.deadline(), n.getAsInt(), u.getId(), now, null, null, subject, body)) {
          sent++;
        }
      }
    }
    return sent;
  }

  private static String reviewerText(LevelDeadline d, String groupName, Set<String> applicants, int n) {
    String names = applicants.stream().limit(NAMES_LISTED).collect(Collectors.joining("、"))
        + (applicants.size() > NAMES_LISTED ? "等" : "");
    return d.planTitle() + "：" + groupName + "尚有" + applicants.size() + "份申报待" + d.levelName() + "（" + names
        + "），本级审核截止时间为" + ChineseTime.end(d.deadline()) + when(d.deadline(), n)
        + "逾期未审核的申报将按“逾期不予受理”结束，请及时登录 Tasklist 办理。";
  }

  // ---- applicants ----

  private int applicants(Instant now, Instant horizon, WorkingDayCalendar days) {
    Map<Job, ApplicantDeadline> jobs = new LinkedHashMap<>();
    for (ApplicantDeadline kind : ApplicantDeadline.values()) {
      management.createJobQuery().processDefinitionKey(ProcessKeys.TITLE_APPLICATION).timers()
          .activityId(kind.timerId).duedateHigherThan(Date.from(now)).duedateLowerThan(Date.from(horizon)).list()
          .forEach(j -> jobs.put(j, kind));
    }
    Set<String> instances = jobs.keySet().stream().map(Job::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, Map<String, Object>> values = InstanceVariables.read(runtime, instances, APPLICANT_VARIABLES);
    Map<String, String> businessKeys = new LinkedHashMap<>();
    if (!instances.isEmpty()) {
      runtime.createProcessInstanceQuery().processInstanceIds(instances).list()
          .forEach(p -> businessKeys.put(p.getId(), businessKey(p)));
    }
    int sent = 0;
    for (var e : jobs.entrySet()) {
      Job job = e.getKey();
      ApplicantDeadline kind = e.getValue();
      Map<String, Object> v = values.getOrDefault(job.getProcessInstanceId(), Map.of());
      Instant deadline = job.getDuedate().toInstant();
      OptionalInt n = ReminderTiming.due(deadline, remindersOf(v.get(ApplicationVariables.PLAN_ID.name()))
          .applicantDays(), now, days);
      String applicant = text(v, ApplicationVariables.APPLICANT);
      if (n.isEmpty() || applicant.isEmpty()) {
        continue;
      }
      String businessKey = businessKeys.get(job.getProcessInstanceId());
      String body = text(v, ApplicationVariables.APPLICANT_NAME) + "：您申报的" + text(v, ApplicationVariables.PLAN_TITLE)
          + "（申报编号" + businessKey + "），" + kind.what + "为" + ChineseTime.end(deadline) + when(deadline, n.getAsInt())
          + kind.advice;
      String key = String.join("|", kind.name(), job.getProcessInstanceId(), String.valueOf(deadline.getEpochSecond()),
          String.valueOf(n.getAsInt()));
      if (queue(key, kind.name(), deadline, n.getAsInt(), applicant, now, job.getProcessInstanceId(), businessKey,
          "【职称评审】" + kind.subject, body)) {
        sent++;
      }
    }
    return sent;
  }

  private static String businessKey(ProcessInstance p) {
    return p.getBusinessKey() == null ? p.getId() : p.getBusinessKey();
  }

  // ---- shared ----

  /** “，还有3个工作日。” or “，即今天。”: the words of the reminder's distance. */
  private static String when(Instant deadline, int n) {
    return n == 0 ? "（今天截止）。" : "，还有" + n + "个工作日。";
  }

  /** Records and queues in one transaction; false when another run or node has already sent it. */
  private boolean queue(String key, String kind, Instant deadline, int n, String recipient, Instant now,
      String applicationId, String businessKey, String subject, String body) {
    Boolean queued = transaction.execute(status -> {
      if (!ledger.claim(key, kind, deadline, n, recipient, now)) {
        // on PostgreSQL the failed insert has spoilt the transaction: end it without anything
        status.setRollbackOnly();
        return false;
      }
      outbox.enqueue(applicationId, businessKey, recipient, CHANNEL, subject, body);
      return true;
    });
    return Boolean.TRUE.equals(queued);
  }

  private static String text(Map<String, Object> values, ProcessVariable<?> variable) {
    Object v = values.get(variable.name());
    return v == null ? "" : v.toString();
  }
}
