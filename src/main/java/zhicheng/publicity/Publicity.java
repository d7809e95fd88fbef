package zhicheng.publicity;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

import zhicheng.calendar.WorkingDayCalendar;
import zhicheng.application.Vars;

/** Typed reading of a publicity's variables (PublicityVars), shared by its delegates. */
final class Publicity {

  private Publicity() {}

  static String name(VariableScope v) {
    String name = Vars.string(v, PublicityVars.NAME);
    return name == null || name.isBlank() ? "公示" : name;
  }

  static String publisher(VariableScope v) {
    String p = Vars.string(v, PublicityVars.PUBLISHER);
    return p == null || p.isBlank() ? Vars.string(v, PublicityVars.GROUP) : p;
  }

  static int days(VariableScope v) {
    Object days = v.getVariable(PublicityVars.DAYS);
    if (!(days instanceof Number n) || n.intValue() < 1 || n.intValue() > WorkingDayCalendar.MAX_WORKING_DAYS) {
      throw new IllegalStateException("公示的输入变量 " + PublicityVars.DAYS + "（公示工作日数）应为1至"
          + WorkingDayCalendar.MAX_WORKING_DAYS + "之间的整数，现为 " + days);
    }
    return n.intValue();
  }

  static Date start(VariableScope v) {
    return (Date) v.getVariable(PublicityVars.START);
  }

  static int number(VariableScope v, String name) {
    Object n = v.getVariable(name);
    return n instanceof Number number ? number.intValue() : 0;
  }

  /** An input the calling process must give; its absence is a modelling error, said in words. */
  static String required(VariableScope v, String name, String meaning) {
    String value = Vars.string(v, name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("公示缺少输入变量 " + name + "（" + meaning + "），请在调用公示的流程中传入");
    }
    return value.trim();
  }
}
