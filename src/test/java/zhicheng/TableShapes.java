package zhicheng;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * The shape of the app's tables (zc_*) in the connection's current schema, as JDBC's metadata reports it: per
 * table its columns in order (name, type, size, NOT NULL, identity), primary key, unique and plain indexes with
 * their columns (and their names where the DDL gave them). Two databases with equal shapes have the same tables.
 */
public final class TableShapes {

  private TableShapes() {}

  public static Map<String, List<String>> of(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return of(c);
    }
  }

  public static Map<String, List<String>> of(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    String schema = c.getSchema();
    List<String> names = new ArrayList<>();
    // tables only (PostgreSQL lists indexes and sequences too): "TABLE" there, "BASE TABLE" on H2
    try (ResultSet t = meta.getTables(null, schema, null, new String[] {"TABLE", "BASE TABLE"})) {
      while (t.next()) {
        if (lower(t.getString("TABLE_NAME")).startsWith("zc_")) {
          names.add(t.getString("TABLE_NAME"));
        }
      }
    }
    Map<String, List<String>> shapes = new TreeMap<>();
    for (String table : names) {
      List<String> shape = new ArrayList<>();
      try (ResultSet col = meta.getColumns(null, schema, table, null)) {
        while (col.next()) {
          shape.add(lower(col.getString("COLUMN_NAME")) + " " + lower(col.getString("TYPE_NAME"))
              + "(" + col.getInt("COLUMN_SIZE") + ")"
              + (col.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : "")
              + ("YES".equals(col.getString("IS_AUTOINCREMENT")) ? " identity" : ""));
        }
      }
      Map<Integer, String> key = new TreeMap<>();
      try (ResultSet pk = meta.getPrimaryKeys(null, schema, table)) {
        while (pk.next()) {
          key.put(pk.getInt("KEY_SEQ"), lower(pk.getString("COLUMN_NAME")));
        }
      }
      shape.add("primary key " + key.values());
      Map<String, Map<Integer, String>> indexColumns = new TreeMap<>();
      Map<String, Boolean> unique = new TreeMap<>();
      try (ResultSet ix = meta.getIndexInfo(null, schema, table, false, false)) {
        while (ix.next()) {
          String name = ix.getString("INDEX_NAME");
          if (name == null) {
            continue;
          }
          indexColumns.computeIfAbsent(name, n -> new TreeMap<>())
              .put((int) ix.getShort("ORDINAL_POSITION"), lower(ix.getString("COLUMN_NAME")));
          unique.put(name, !ix.getBoolean("NON_UNIQUE"));
        }
      }
      List<String> indexes = new ArrayList<>();
      indexColumns.forEach((name, columns) -> indexes.add((unique.get(name) ? "unique " : "index ")
          + columns.values() + (given(name) ? " " + lower(name) : "")));
      indexes.sort(null);
      shape.addAll(indexes);
      shapes.put(lower(table), shape);
    }
    return shapes;
  }

  /** A name from the DDL, not one H2 makes up for a key or constraint (PRIMARY_KEY_4, …_INDEX_A). */
  private static boolean given(String index) {
    String name = lower(index);
    return name.startsWith("zc_") && !name.matches(".*_index_[0-9a-f]+");
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** The shapes with one column's NOT NULL dropped, as a migration that lets it be empty leaves them. */
  public static Map<String, List<String>> nullable(Map<String, List<String>> shapes, String table, String column) {
    Map<String, List<String>> result = new java.util.LinkedHashMap<>(shapes);
    result.computeIfPresent(table, (t, lines) -> lines.stream()
        .map(l -> l.startsWith(column + " ") ? l.replace(" not null", "") : l).toList());
    return result;
  }
}
