package zhicheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import zhicheng.Migrations;
import zhicheng.TableShapes;
import zhicheng.documents.DocumentStore;
import zhicheng.integrity.IntegrityCorrections;
import zhicheng.integrity.IntegrityRecords;

/**
 * A PostgreSQL schema of a version before Flyway upgrades in place, as an embedded ./data does
 * (LegacyDatabaseUpgradeTest): V1 runs on PostgreSQL over tables that are there, adds what an older version lacks,
 * and keeps the rows. Flyway as the app runs it (zhicheng.Migrations), without starting the app: that the app's
 * Flyway works in the engine's schema is PostgresIntegrationTest's.
 */
class PostgresUpgradeIntegrationTest {

  static final String SCHEMA = PostgresSchema.PREFIX + "_upgrade";
  private static final String ID = "33010619851212002X";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-09-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  @Test
  void aSchemaOfTheLastVersionBeforeFlywayUpgradesInPlaceAndKeepsItsRows() throws SQLException {
    DataSource db = schema(SCHEMA);
    new ResourceDatabasePopulator(false, false, StandardCharsets.UTF_8.name(),
        new ClassPathResource("db/legacy-schema.sql")).execute(db);
    Map<String, List<String>> before = TableShapes.of(db);

    Migrations.migrate(db);
    Migrations.migrate(db); // a restart: nothing to do

    assertThat(history(db)).containsExactly("0 BASELINE true", "1 SQL true", "2 SQL true", "3 SQL true", "4 SQL true", "6 SQL true", "8 SQL true");
    // the earlier tables as they were (but V3's notification of no application), V2's application table, V3's
    // reminders, V4's portal tables, V6's archive and V8's title dates beside them
    assertThat(TableShapes.of(db)).hasSize(21)
        .containsAllEntriesOf(TableShapes.nullable(before, "zc_notification", "process_instance_id"))
        .isEqualTo(fresh()).containsKeys("zc_application", "zc_application_reader", "zc_reminder", "zc_draft", "zc_portal_upload", "zc_achievement",
            "zc_achievement_evidence", "zc_achievement_use", "zc_achievement_title");
    DocumentStore documents = new DocumentStore(db, CLOCK);
    assertThat(documents.content(documents.list("pi-legacy").get(0).id()))
        .isEqualTo("%PDF-1".getBytes(StandardCharsets.US_ASCII));
    assertThat(new IntegrityRecords(new JdbcTemplate(db), CLOCK).of(ID)).singleElement()
        .satisfies(r -> assertThat(r.basis()).isEqualTo("处理决定 第二条"));
  }

  @Test
  void aSchemaOfAnOlderVersionGainsTheTablesAndColumnsItLacks() throws SQLException {
    DataSource db = schema(SCHEMA + "_older");
    JdbcTemplate old = new JdbcTemplate(db);
    old.execute("""
        CREATE TABLE IF NOT EXISTS zc_integrity_record (
          id VARCHAR(36) PRIMARY KEY,
          id_number VARCHAR(18) NOT NULL,
          person_name VARCHAR(60) NOT NULL,
          finding VARCHAR(1000) NOT NULL,
          round_year INTEGER NOT NULL,
          notice VARCHAR(200) NOT NULL,
          recorded_by VARCHAR(64) NOT NULL,
          recorded_at TIMESTAMP NOT NULL)""");
    old.execute("CREATE INDEX IF NOT EXISTS zc_integrity_record_id_number ON zc_integrity_record (id_number)");
    old.update("INSERT INTO zc_integrity_record (id, id_number, person_name, finding, round_year, notice, recorded_by, "
        + "recorded_at) VALUES ('first', ?, '赵六', '提供虚假论文', 2022, '杭经信人事〔2022〕号', 'xihu-hr', "
        + "TIMESTAMP '2022-10-01 10:00:00')", ID);

    Migrations.migrate(db);

    assertThat(history(db)).containsExactly("0 BASELINE true", "1 SQL true", "2 SQL true", "3 SQL true", "4 SQL true", "6 SQL true", "8 SQL true");
    assertThat(TableShapes.of(db)).isEqualTo(fresh());
    IntegrityRecords records = new IntegrityRecords(old, CLOCK);
    assertThat(records.of(ID)).singleElement().satisfies(r -> assertThat(r.basis()).isNull());
    new IntegrityCorrections(old, CLOCK).remove("first", "复核后撤销", "admin");
    assertThat(records.of(ID)).isEmpty();
  }

  /** The tables of a new schema. */
  private static Map<String, List<String>> fresh() throws SQLException {
    return TableShapes.of(Migrations.migrate(schema(SCHEMA + "_fresh")));
  }

  private static DataSource schema(String name) throws SQLException {
    PostgresSchema.recreate(name);
    return PostgresSchema.dataSource(name);
  }

  private static List<String> history(DataSource db) {
    return new JdbcTemplate(db).query("SELECT version, type, success FROM flyway_schema_history "
        + "WHERE version IS NOT NULL ORDER BY installed_rank",
        (rs, n) -> rs.getString("version") + " " + rs.getString("type") + " " + rs.getBoolean("success"));
  }
}
