package zhicheng.publicity;

import static zhicheng.publicity.PublicityVariables.DAYS;

import org.camunda.bpm.engine.delegate.VariableScope;

import zhicheng.calendar.WorkingDayCalendar;
import zhicheng.process.ProcessVariable;

/** The inputs of a publicity (PublicityVariables) as its delegates read them: with defaults, checked. */
final class Publicity {

  private Publicity() {}

  static String name(VariableScope v) {
    String name = PublicityVariables.NAME.get(v);
    return name == null || name.isBlank() ? "公示" : name;
  }

  static String publisher(VariableScope v) {
    String p = PublicityVariables.PUBLISHER.get(v);
    return p == null || p.isBlank() ? PublicityVariables.GROUP.get(v) : p;
  }

  static int days(VariableScope v) {
    Integer days;
    try {
      days = DAYS.get(v);
    } catch (NumberFormatException e) {
      days = null;
    }
    if (days == null || days < 1 || days > WorkingDayCalendar.MAX_WORKING_DAYS) {
      // the message names what the caller passed, as it passed it (text that is no number included)
      throw new IllegalStateException("公示的输入变量 " + DAYS + "（公示工作日数）应为1至"
          + WorkingDayCalendar.MAX_WORKING_DAYS + "之间的整数，现为 " + v.getVariable(DAYS.name()));
    }
    return days;
  }

  /** A count, 0 before the first. */
  static int count(VariableScope v, ProcessVariable<Integer> count) {
    return count.get(v, 0);
  }

  /** An input the calling process must give; its absence is a modelling error, said in words. */
  static String required(VariableScope v, ProcessVariable<String> input, String meaning) {
    String value = input.get(v);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("公示缺少输入变量 " + input + "（" + meaning + "），请在调用公示的流程中传入");
    }
    return value.trim();
  }
}
