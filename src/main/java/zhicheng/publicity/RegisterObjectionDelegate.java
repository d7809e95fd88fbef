package zhicheng.publicity;

import static zhicheng.publicity.PublicityVariables.OBJECTION_AT;
import static zhicheng.publicity.PublicityVariables.OBJECTION_BY;
import static zhicheng.publicity.PublicityVariables.OBJECTION_COUNT;
import static zhicheng.publicity.PublicityVariables.OBJECTION_NAME;
import static zhicheng.publicity.PublicityVariables.OBJECTION_NUMBER;
import static zhicheng.publicity.PublicityVariables.OBJECTION_TEXT;
import static zhicheng.publicity.PublicityVariables.OPEN_OBJECTIONS;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import zhicheng.application.ApplicationRecord;
import zhicheng.calendar.ChineseTime;
import zhicheng.calendar.Period;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.process.ProcessVariable;

/**
 * 登记异议: an objection (message {@code Objection}) during the period opens its own investigation. It is kept
 * on the investigation's own execution (several may be open at once) and counted, so the period cannot end
 * while one is open. After the period's end it is refused and nothing is recorded.
 *
 * <p>The objector's identity and words are for the investigating body only (task variables, Cockpit); the
 * applicant's review trail says that an objection came, not from whom. The same objection twice, or more than a few
 * a working day from one person, is refused ({@link ObjectionLimits}).
 */
@Component("registerObjection")
public class RegisterObjectionDelegate implements JavaDelegate {

  static final int TEXT_MAX = 1000;
  static final int NAME_MAX = 50;

  /** What the message brought; it may have landed on the publicity instance. */
  private static final List<ProcessVariable<?>> PAYLOAD = List.of(OBJECTION_TEXT, OBJECTION_NAME, OBJECTION_BY,
      OBJECTION_AT);

  private final ApplicationRecord record;
  private final PublicityPeriods periods;
  private final ObjectionLimits limits;
  private final Clock clock;

  public RegisterObjectionDelegate(ApplicationRecord record, PublicityPeriods periods, ObjectionLimits limits,
      Clock clock) {
    this.record = record;
    this.periods = periods;
    this.limits = limits;
    this.clock = clock;
  }

  /** An objection as the message brought it. */
  record Objection(String text, String name, String by, Date at) {

    static Objection of(DelegateExecution execution, Date now) {
      return new Objection(OBJECTION_TEXT.get(execution), OBJECTION_NAME.get(execution), objector(execution),
          receivedAt(execution, now));
    }

    List<String> findings() {
      List<String> findings = new ArrayList<>();
      if (text == null || text.isBlank()) {
        findings.add("请填写异议内容：对公示的哪项内容有异议，事实和理由");
      } else if (text.trim().length() > TEXT_MAX) {
        findings.add("异议内容限" + TEXT_MAX + "字以内，现为" + text.trim().length() + "字");
      }
      if (name == null || name.isBlank()) {
        findings.add("请填写异议人姓名（实名提出，信息保密）");
      } else if (name.trim().length() > NAME_MAX) {
        findings.add("异议人姓名限" + NAME_MAX + "字以内");
      }
      return findings;
    }
  }

  @Override
  public void execute(DelegateExecution execution) {
    Period period = periods.current(execution);
    if (!clock.instant().isBefore(period.end())) {
      throw new PublicityClosedException(Publicity.name(execution) + "的公示期已于" + ChineseTime.end(period.end())
          + "结束，不再受理异议（公示期内未处理完的异议仍在核查中）");
    }
    Objection objection = Objection.of(execution, Date.from(clock.instant()));
    List<String> findings = objection.findings();
    if (!findings.isEmpty()) {
      throw new DeclarationRefusedException("异议未受理", findings);
    }
    int number = Publicity.count(execution, OBJECTION_COUNT) + 1;
    // counted by the server's clock: the date a message may carry is the caller's word
    limits.admit(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), objection.by(),
        objection.text().trim(), number, clock.instant());
    // the message's payload may have landed on the publicity instance: it belongs to this investigation alone
    PAYLOAD.forEach(v -> v.removeLocal(execution.getProcessInstance()));
    OBJECTION_NUMBER.setLocal(execution, number);
    OBJECTION_TEXT.setLocal(execution, objection.text().trim());
    OBJECTION_NAME.setLocal(execution, objection.name().trim());
    OBJECTION_BY.setLocal(execution, objection.by());
    OBJECTION_AT.setLocal(execution, objection.at());
    OBJECTION_COUNT.set(execution, number);
    OPEN_OBJECTIONS.set(execution, Publicity.count(execution, OPEN_OBJECTIONS) + 1);
    record.addTrail(execution, Publicity.name(execution), "系统", "收到异议",
        "第" + number + "号异议，已交" + Publicity.publisher(execution) + "核查（异议人信息保密）");
  }

  /** The authenticated caller when the message came through the engine's API, else who the /api call named. */
  private static String objector(DelegateExecution execution) {
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      return auth.getUserId();
    }
    String by = OBJECTION_BY.get(execution);
    return by == null || by.isBlank() ? "未登录用户" : by;
  }

  /** When it was filed ({@link ObjectionFiling} says so); a message sent by hand without a date: now. */
  private static Date receivedAt(DelegateExecution execution, Date now) {
    try {
      return OBJECTION_AT.get(execution, now);
    } catch (ClassCastException e) {
      return now;
    }
  }
}
