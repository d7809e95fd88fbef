package zhicheng.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import zhicheng.Migrations;
import zhicheng.vocabulary.ChinaTime;

/**
 * An administrator's year survives a restart: it is kept in the app's own table (made by the migrations, on H2 as
 * in the embedded default; PostgresIntegrationTest does the same on PostgreSQL), and a calendar built again
 * from that table has it, with who loaded it.
 */
class HolidayTableTest {

  private final Clock clock = Clock.fixed(Instant.parse("2025-11-05T02:00:00Z"), ChinaTime.ZONE);

  private static JdbcDataSource h2(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    return Migrations.migrate(ds);
  }

  @Test
  void aLoadedYearIsKeptAndWinsOverTheShippedFileAfterARestart() throws Exception {
    JdbcDataSource ds = h2("holiday-restart");
    byte[] notice2026 = Files.readAllBytes(Path.of("holidays/2026.json"));
    HolidayCalendar first = new HolidayCalendar(new HolidayTable(ds), clock, "classpath*:holidays/*.json");
    assertThat(first.current().years().get(2026).origin()).isEqualTo("holidays/2026.json");
    first.load(notice2026, "admin");

    // a restart: the table exists already, the calendar is built again from it
    HolidayCalendar again = new HolidayCalendar(new HolidayTable(ds), clock, "classpath*:holidays/*.json");
    YearArrangement y = again.current().years().get(2026);
    assertThat(y.origin()).isEqualTo("管理员 admin 于 2025-11-05T10:00+08:00 载入");
    assertThat(y.documentNumber()).isEqualTo("国办发明电〔2025〕7号");
    assertThat(new HolidayTable(ds).all()).hasSize(1);

    // loaded again: the row is replaced, not doubled
    again.load(notice2026, "admin2");
    assertThat(new HolidayTable(ds).all()).singleElement().extracting(HolidayTable.Row::loadedBy).isEqualTo("admin2");
  }

  @Test
  void aRefusedDocumentChangesNeitherTheTableNorTheCalendar() throws Exception {
    JdbcDataSource ds = h2("holiday-refused");
    HolidayCalendar calendar = new HolidayCalendar(new HolidayTable(ds), clock, "classpath*:holidays/*.json");
    WorkingDayCalendar before = calendar.current();
    assertThatThrownBy(() -> calendar.load("{\"year\": 2027}".getBytes(), "admin"))
        .isInstanceOf(ArrangementException.class);
    assertThat(calendar.current()).isSameAs(before);
    assertThat(new HolidayTable(ds).all()).isEmpty();
  }
}
