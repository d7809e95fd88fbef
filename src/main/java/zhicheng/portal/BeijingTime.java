package zhicheng.portal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.springframework.stereotype.Component;

import zhicheng.vocabulary.ChinaTime;

/** Times on the pages in Beijing time, whatever the server's zone: {@code ${@beijing.format(date)}}. */
@Component("beijing")
public class BeijingTime {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  public String format(Object when) {
    if (when instanceof Date d) {
      return MINUTES.format(d.toInstant().atZone(ChinaTime.ZONE));
    }
    if (when instanceof OffsetDateTime t) {
      return MINUTES.format(t.atZoneSameInstant(ChinaTime.ZONE));
    }
    if (when instanceof String s && !s.isBlank()) {
      try {
        return MINUTES.format(OffsetDateTime.parse(s).atZoneSameInstant(ChinaTime.ZONE));
      } catch (RuntimeException notIso) {
        return s;
      }
    }
    return "";
  }
}
