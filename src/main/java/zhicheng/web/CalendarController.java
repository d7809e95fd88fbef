package zhicheng.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SortedSet;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import zhicheng.calendar.CalendarDay;
import zhicheng.calendar.ChineseTime;
import zhicheng.calendar.HolidayCalendar;
import zhicheng.calendar.Period;
import zhicheng.calendar.Weekdays;
import zhicheng.calendar.WorkingDayCalendar;
import zhicheng.calendar.YearArrangement;
import zhicheng.process.WorkdayTimers;
import zhicheng.security.CurrentUser;
import zhicheng.vocabulary.ChinaTime;

/**
 * The working-day calendar over REST: what a day is, where a period of N working days ends (the same rule and
 * data as the timers), which years are loaded; and, for administrators, loading next year's arrangement.
 * Reading is open to every signed-in user; loading only to camunda-admin.
 */
@Tag(name = "工作日历", description = "国务院办公厅节假日安排与工作日计算；载入年度安排仅限管理员")
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

  /** ISO-8601 with the offset, seconds always written: 2024-02-22T00:00:00+08:00. */
  static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private final HolidayCalendar calendar;
  private final WorkdayTimers timers;

  public CalendarController(HolidayCalendar calendar, WorkdayTimers timers) {
    this.calendar = calendar;
    this.timers = timers;
  }

  public record DayView(String date, String weekday, boolean workingDay, String reason, String source, String warning) {}

  public record PeriodView(String from, int workingDays, String lastWorkingDay, String end, String endText,
      SortedSet<Integer> yearsWithoutData, String warning) {}

  public record YearView(int year, String notice, String documentNumber, LocalDate published, String origin,
      int holidays) {}

  public record LoadView(YearView loaded, int recalculatedTimers, int resolvedIncidents, int openIncidents) {}

  @Operation(summary = "某日是否工作日", description = "日期格式 yyyy-MM-dd；未载入该年节假日安排时按周末判断并给出提示。")
  @GetMapping("/day/{date}")
  public DayView day(@PathVariable String date) {
    LocalDate d = date(date);
    CalendarDay day = calendar.current().day(d);
    return new DayView(d.toString(), Weekdays.chinese(d), day.workingDay(), day.reason(), day.source(),
        warning(day.yearsWithoutData(), "本日按周末判断，可能不准"));
  }

  @Operation(summary = "从某时起若干个工作日的截止时间", description = "按通知的计算规则：起始当日不计，截止于最后一个工作日24时（北京时间）。")
  @GetMapping("/add")
  public PeriodView add(@RequestParam(required = false) String from, @RequestParam(required = false) String workingDays) {
    Instant start = instant(from);
    int n = workingDays(workingDays);
    Period p = calendar.current().period(start, n);
    return new PeriodView(iso(start), n, p.lastDay().toString(), iso(p.end()), ChineseTime.end(p.end()),
        p.yearsWithoutData(), warning(p.yearsWithoutData(), "这些年份按周末计算，结果可能不准"));
  }

  @Operation(summary = "已载入的年度节假日安排")
  @GetMapping("/years")
  public List<YearView> years() {
    return calendar.current().years().values().stream().map(CalendarController::view).toList();
  }

  @Operation(summary = "某年的节假日安排")
  @GetMapping("/years/{year}")
  public YearArrangement arrangement(@PathVariable String year) {
    YearArrangement a = calendar.current().years().get(year(year));
    if (a == null) {
      throw new NotFoundException(year + "年的节假日安排尚未载入");
    }
    return a;
  }

  /**
   * Loads (or replaces) one year's arrangement, in the form of holidays/*.json, keeps it in the database and
   * recalculates every waiting working-day timer.
   */
  @Operation(summary = "载入或替换某年的节假日安排（管理员）", description = "文档格式同 holidays/*.json；整份检查通过才载入，并重算所有等待中的工作日定时器。")
  @PutMapping("/years/{year}")
  public LoadView load(@PathVariable String year, @RequestBody(required = false) byte[] document,
      HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    if (!user.isAdmin()) {
      throw new ForbiddenException("只有管理员（camunda-admin 组）可以载入节假日安排");
    }
    int y = year(year);
    if (document == null || document.length == 0) {
      throw new BadRequestException("请在请求内容中提供" + y + "年节假日安排的 JSON（格式见 docs/administrators.md「节假日安排」）");
    }
    YearArrangement a = calendar.check(document, user.id());
    if (a.year() != y) {
      throw new BadRequestException("地址中的年份 " + y + " 与文件中的 year " + a.year() + " 不一致");
    }
    calendar.load(document, user.id());
    WorkdayTimers.Result r = timers.recalculate();
    return new LoadView(view(calendar.current().years().get(y)), r.recalculatedTimers(), r.resolvedIncidents(),
        r.openIncidents());
  }

  private static YearView view(YearArrangement a) {
    return new YearView(a.year(), a.notice(), a.documentNumber(), a.published(), a.origin(), a.holidays().size());
  }

  private static String warning(SortedSet<Integer> missing, String consequence) {
    if (missing.isEmpty()) {
      return null;
    }
    return String.join("、", missing.stream().map(y -> y + "年").toList()) + "的法定节假日安排尚未载入，" + consequence
        + "。请管理员载入国务院办公厅关于" + missing.first() + "年部分节假日安排的通知";
  }

  static String iso(Instant i) {
    return ISO.format(OffsetDateTime.ofInstant(i, ChinaTime.ZONE));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("日期“" + text + "”格式错误，应为 yyyy-MM-dd，例如 2024-02-04");
    }
  }

  private static int year(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new BadRequestException("年份“" + text + "”格式错误，应为四位数字，例如 2027");
    }
  }

  private static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      throw new BadRequestException("缺少参数 from：公示开始的时刻，带时区的 ISO-8601，例如 2024-02-08T15:00:00+08:00");
    }
    try {
      return OffsetDateTime.parse(text.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadRequestException("from “" + text + "” 格式错误：应为带时区的 ISO-8601 时刻，例如 2024-02-08T15:00:00+08:00"
          + "（URL 中的 + 写作 %2B）");
    }
  }

  private static int workingDays(String text) {
    int n;
    try {
      n = Integer.parseInt(text == null ? "" : text.trim());
    } catch (NumberFormatException e) {
      n = -1;
    }
    if (n < 1 || n > WorkingDayCalendar.MAX_WORKING_DAYS) {
      throw new BadRequestException("workingDays “" + text + "” 应为1至" + WorkingDayCalendar.MAX_WORKING_DAYS
          + "之间的整数（工作日数）");
    }
    return n;
  }
}
