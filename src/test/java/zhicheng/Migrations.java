package zhicheng;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The app's tables in a test's own database, made as the app makes them on start: Flyway with the migrations of
 * src/main/resources/db/migration and the settings of spring.flyway in application.yaml (a database that has
 * tables but no history is baselined at 0, so V1 runs on it too). Running it again is a restart: nothing to do.
 */
public final class Migrations {

  /**
   * Flyway's history once every migration of this version ran on a database baselined at 0: one entry per migration
   * in src/main/resources/db/migration (add yours here; the upgrade tests compare against it).
   */
  public static final List<String> HISTORY = List.of("0 BASELINE true", "1 SQL true", "2 SQL true", "3 SQL true",
      "4 SQL true", "6 SQL true", "8 SQL true", "9 SQL true", "10 SQL true");

  /**
   * The tables the migrations after V1 add, in the order they make them (a table after the one its foreign key
   * names): V2's application table and its readers, V3's reminders, V4's portal drafts and uploads, V6's
   * achievement archive, V8's title dates kept with it, V9's objection count, V10's shared sessions.
   */
  public static final List<String> LATER_TABLES = List.of("zc_application", "zc_application_reader", "zc_reminder",
      "zc_draft", "zc_portal_upload", "zc_achievement", "zc_achievement_evidence", "zc_achievement_use",
      "zc_achievement_title", "zc_objection", "zc_session", "zc_session_attributes");

  private Migrations() {}

  public static <T extends DataSource> T migrate(T dataSource) {
    Flyway.configure().dataSource(dataSource).baselineOnMigrate(true).baselineVersion("0").load().migrate();
    return dataSource;
  }

  /** Up to {@code version} only: the tables as a release of that version had them. */
  public static <T extends DataSource> T migrate(T dataSource, String version) {
    Flyway.configure().dataSource(dataSource).baselineOnMigrate(true).baselineVersion("0").target(version).load()
        .migrate();
    return dataSource;
  }
}
