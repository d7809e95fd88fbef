package zhicheng.calendar;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The arrangements an administrator loaded, one row per year, kept as the JSON document they sent, so that they
 * survive restarts and upgrades. The table {@code zc_holiday_year} is made by the migrations (db/migration, H2 and
 * PostgreSQL alike), which run before this bean is created. A year loaded again replaces the earlier row.
 */
@Component
@DependsOnDatabaseInitialization
public class HolidayTable {

  public record Row(int year, String document, String loadedBy, String loadedAt) {}

  private final JdbcTemplate jdbc;

  public HolidayTable(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  public List<Row> all() {
    return jdbc.query("SELECT holiday_year, document, loaded_by, loaded_at FROM zc_holiday_year ORDER BY holiday_year",
        (rs, i) -> new Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
  }

  public void save(Row row) {
    int updated = jdbc.update("UPDATE zc_holiday_year SET document = ?, loaded_by = ?, loaded_at = ? WHERE holiday_year = ?",
        row.document(), row.loadedBy(), row.loadedAt(), row.year());
    if (updated == 0) {
      jdbc.update("INSERT INTO zc_holiday_year (holiday_year, document, loaded_by, loaded_at) VALUES (?, ?, ?, ?)",
          row.year(), row.document(), row.loadedBy(), row.loadedAt());
    }
  }
}
