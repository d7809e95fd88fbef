package zhicheng;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The app's tables in a test's own database, made as the app makes them on start: Flyway with the migrations of
 * src/main/resources/db/migration and the settings of spring.flyway in application.yaml (a database that has
 * tables but no history is baselined at 0, so V1 runs on it too). Running it again is a restart: nothing to do.
 */
public final class Migrations {

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
