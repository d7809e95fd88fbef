package zhicheng.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import zhicheng.vocabulary.ChinaTime;

/**
 * The working-day calendar in force. Built at start-up from, in rising precedence: cn.6tail:lunar's years
 * ({@link LunarYears}), the shipped files {@code holidays/*.json}, and the years an administrator loaded
 * ({@link HolidayTable}); a later source replaces a year of an earlier one. {@link #load} adds or replaces a
 * year while the app runs.
 */
@Component
public class HolidayCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(HolidayCalendar.class);

  private final HolidayTable table;
  private final Clock clock;
  private final ArrangementReader reader = new ArrangementReader();
  private volatile WorkingDayCalendar current;

  @Autowired
  public HolidayCalendar(
      HolidayTable table, Clock clock,
      @Value("${zhicheng.holidays:classpath*:holidays/*.json}") String files) throws IOException {
    this.table = table;
    this.clock = clock;
    Map<Integer, YearArrangement> years = shippedYears(files);
    for (HolidayTable.Row row : table.all()) {
      try {
        years.put(row.year(), reader.read(origin(row.loadedBy(), row.loadedAt()),
            row.document().getBytes(StandardCharsets.UTF_8)));
      } catch (ArrangementException e) {
        LOG.error("数据库中管理员载入的{}年节假日安排无法使用，改用随程序发布的数据：{}", row.year(), e.getMessage());
      }
    }
    this.current = new WorkingDayCalendar(years);
    LOG.info("工作日历已载入{}年的节假日安排：{}", current.years().keySet(),
        current.years().values().stream().map(a -> a.year() + "年←" + a.origin()).toList());
  }

  /** The library and the shipped files only, for tests and tools without a database. */
  public HolidayCalendar(WorkingDayCalendar calendar, Clock clock) {
    this.table = null;
    this.clock = clock;
    this.current = calendar;
  }

  public static WorkingDayCalendar shipped() {
    try {
      return new WorkingDayCalendar(shippedYears("classpath*:holidays/*.json"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public WorkingDayCalendar current() {
    return current;
  }

  /** Reads and checks a document without loading it. */
  public YearArrangement check(byte[] document, String user) {
    return reader.read(origin(user, "（检查）"), document);
  }

  /**
   * Checks and adds (or replaces) one year, kept in the database when there is one. The whole document is
   * checked first; a refused document changes nothing.
   */
  public synchronized YearArrangement load(byte[] document, String user) {
    String at = OffsetDateTime.now(clock.withZone(ChinaTime.ZONE)).truncatedTo(ChronoUnit.SECONDS).toString();
    YearArrangement a = reader.read(origin(user, at), document);
    if (table != null) {
      table.save(new HolidayTable.Row(a.year(), new String(document, StandardCharsets.UTF_8), user, at));
    }
    current = current.with(a);
    LOG.warn("管理员 {} 载入了{}年节假日安排：{}", user, a.year(), a.citation());
    return a;
  }

  private static String origin(String user, String at) {
    return "管理员 " + user + " 于 " + at + " 载入";
  }

  private static Map<Integer, YearArrangement> shippedYears(String files) throws IOException {
    Map<Integer, YearArrangement> years = new TreeMap<>();
    LunarYears.all().forEach(a -> years.put(a.year(), a));
    Resource[] resources = new PathMatchingResourcePatternResolver().getResources(files);
    Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
    ArrangementReader reader = new ArrangementReader();
    for (Resource r : resources) {
      try (InputStream in = r.getInputStream()) {
        YearArrangement a = reader.read("holidays/" + r.getFilename(), in.readAllBytes());
        years.put(a.year(), a);
      }
    }
    return years;
  }
}
