package zhicheng.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL of the project's machines (127.0.0.1:5432, database "test", trust authentication), one
 * schema per integration-test class, dropped and recreated on every run so each class starts empty. Another
 * server, user or schema prefix: -Dzhicheng.it.db=…, -Dzhicheng.it.user=…, -Dzhicheng.it.schema=… (README).
 */
final class PostgresSchema {

  static final String SERVER = System.getProperty("zhicheng.it.db", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER = System.getProperty("zhicheng.it.user", "postgres");
  /** The prefix of every class's schema; two checkouts testing at once give different ones. */
  static final String PREFIX = System.getProperty("zhicheng.it.schema", "zhicheng_it");
  /** The administrator's password of the postgres profile, which refuses to start without one. */
  static final String ADMIN_PASSWORD = "integration-admin-secret";

  private PostgresSchema() {}

  /** Recreates {@code schema} and points the app's datasource and the engine's tables at it. */
  static void use(DynamicPropertyRegistry registry, String schema) throws SQLException {
    recreate(schema);
    registry.add("spring.datasource.url", () -> SERVER + "?currentSchema=" + schema);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> "");
    registry.add("camunda.bpm.database.schema-name", () -> schema);
    registry.add("camunda.bpm.database.table-prefix", () -> schema + ".");
  }

  /** Drops {@code schema} with everything in it and creates it empty. */
  static void recreate(String schema) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    }
  }

  /** Connections whose current schema is {@code schema}, as the app's are. */
  static PGSimpleDataSource dataSource(String schema) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(SERVER + "?currentSchema=" + schema);
    ds.setUser(USER);
    ds.setPassword("");
    return ds;
  }

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(SERVER, USER, "");
  }

  /** The number a {@code SELECT count(*) …} answers, asked in {@code schema}. */
  static int rows(String schema, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER + "?currentSchema=" + schema, USER, "");
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
