package zhicheng.calendar;

import java.time.Instant;
import java.util.Date;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Working days for BPMN expressions, e.g. a timer's date {@code ${workdays.after(publicityStart, 5)}}: the end
 * of 5 working days posted at {@code publicityStart}, by the counting rule. A count through a year without its
 * holiday arrangement uses weekends only and is logged as an ERROR naming the year, so nobody relies on it
 * unknowingly; processes that can (publicity) also raise an incident in Cockpit.
 */
@Component("workdays")
public class Workdays {

  private static final Logger LOG = LoggerFactory.getLogger(Workdays.class);

  private final HolidayCalendar calendar;

  public Workdays(HolidayCalendar calendar) {
    this.calendar = calendar;
  }

  /** The end instant of {@code workingDays} working days posted at {@code start}. */
  public Date after(Date start, int workingDays) {
    return Date.from(period(start, workingDays).end());
  }

  public Period period(Date start, int workingDays) {
    if (start == null) {
      throw new IllegalArgumentException("工作日计算缺少起始时间");
    }
    return period(start.toInstant(), workingDays);
  }

  public Period period(Instant start, int workingDays) {
    Period p = calendar.current().period(start, workingDays);
    if (!p.certain()) {
      LOG.error("工作日计算经过尚未载入节假日安排的年份{}：自{}起{}个工作日暂按周末计算，至{}。"
              + "请管理员载入国务院办公厅关于{}年部分节假日安排的通知（PUT /api/calendar/years/{年份}）",
          p.yearsWithoutData(), ChineseTime.instant(start), workingDays, ChineseTime.end(p.end()),
          p.yearsWithoutData().first());
    }
    return p;
  }
}
