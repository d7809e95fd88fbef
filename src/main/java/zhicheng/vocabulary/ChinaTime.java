package zhicheng.vocabulary;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Beijing time: every date and time the app reads, counts or prints (a notice's deadline date is the whole of that
 * day in Beijing, working days are counted there, documents print it). The one place the zone is named.
 */
public final class ChinaTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** The same as an offset, for {@link java.time.OffsetDateTime}: China keeps no daylight saving time. */
  public static final ZoneOffset OFFSET = ZoneOffset.ofHours(8);

  private ChinaTime() {}
}
