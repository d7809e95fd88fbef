package zhicheng.documents;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import zhicheng.vocabulary.ChinaTime;

/**
 * Documents stored with the application in the application's own database (H2 or PostgreSQL alike), every
 * version kept. Saving changed bytes adds a version; saving the bytes of the latest version again adds
 * nothing (the same data gives the same bytes). Inside an engine command the writes join the engine's
 * transaction, so a step that fails leaves no document behind. The table {@code zc_document} is made by the
 * migrations (db/migration), which run before this bean is created.
 */
@DependsOnDatabaseInitialization
public class DocumentStore {

  private static final String COLUMNS =
      "id, process_instance_id, business_key, kind, version, file_name, created_at, sha256, size_bytes";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public DocumentStore(DataSource dataSource, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.clock = clock;
  }

  /** Stores {@code pdf} as the next version of this kind for this process instance, unless it is the latest. */
  public StoredDocument save(String processInstanceId, String businessKey, DocumentKind kind, String fileStem,
      byte[] pdf) {
    String sha = HexFormat.of().formatHex(PdfCanvas.sha256(pdf));
    Optional<StoredDocument> latest = latest(processInstanceId, kind);
    if (latest.isPresent() && latest.get().sha256().equals(sha)) {
      return latest.get();
    }
    int version = latest.map(d -> d.version() + 1).orElse(1);
    String fileName = fileStem.replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + "-第" + version + "版.pdf";
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ChinaTime.OFFSET).truncatedTo(ChronoUnit.MILLIS);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(con -> {
      PreparedStatement s = con.prepareStatement("INSERT INTO zc_document (process_instance_id, business_key, kind, "
          + "version, file_name, created_at, sha256, size_bytes, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      s.setString(1, processInstanceId);
      s.setString(2, businessKey);
      s.setString(3, kind.code());
      s.setInt(4, version);
      s.setString(5, fileName);
      s.setObject(6, now);
      s.setString(7, sha);
      s.setInt(8, pdf.length);
      s.setBytes(9, pdf);
      return s;
    }, key);
    long id = Objects.requireNonNull(key.getKey()).longValue();
    return new StoredDocument(id, processInstanceId, businessKey, kind, version, fileName, now, sha, pdf.length);
  }

  public Optional<StoredDocument> latest(String processInstanceId, DocumentKind kind) {
    return jdbc.query("SELECT " + COLUMNS + " FROM zc_document WHERE process_instance_id = ? AND kind = ? "
        + "ORDER BY version DESC", DocumentStore::row, processInstanceId, kind.code()).stream().findFirst();
  }

  /** All versions for a process instance: by kind as {@link DocumentKind} lists them, newest version first. */
  public List<StoredDocument> list(String processInstanceId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM zc_document WHERE process_instance_id = ?",
            DocumentStore::row, processInstanceId).stream()
        .sorted((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : b.version() - a.version())
        .toList();
  }

  public Optional<StoredDocument> find(String processInstanceId, long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM zc_document WHERE process_instance_id = ? AND id = ?",
        DocumentStore::row, processInstanceId, id).stream().findFirst();
  }

  public byte[] content(long id) {
    return jdbc.queryForObject("SELECT content FROM zc_document WHERE id = ?", (rs, n) -> rs.getBytes(1), id);
  }

  private static StoredDocument row(ResultSet rs, int n) throws SQLException {
    return new StoredDocument(rs.getLong("id"), rs.getString("process_instance_id"), rs.getString("business_key"),
        DocumentKind.ofCode(rs.getString("kind")).orElseThrow(), rs.getInt("version"), rs.getString("file_name"),
        rs.getObject("created_at", OffsetDateTime.class).withOffsetSameInstant(ChinaTime.OFFSET), rs.getString("sha256").trim(),
        rs.getInt("size_bytes"));
  }
}
