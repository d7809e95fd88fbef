package zhicheng.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import zhicheng.vocabulary.ChinaTime;

/**
 * Drafts of a new declaration (table {@code zc_draft}, db/migration V4): the form's fields as typed, kept on the
 * server so that closing the tab loses nothing. A draft is not an application: it creates no process instance, nobody
 * reviews it, and only its owner reads it. It is removed when the declaration it became is accepted.
 */
@Component
@DependsOnDatabaseInitialization
public class Drafts {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, List<String>>> FIELDS = new TypeReference<>() {};

  public record Draft(long id, String owner, String planId, Map<String, List<String>> fields, OffsetDateTime updatedAt) {
    public String first(String field) {
      List<String> v = fields.get(field);
      return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0);
    }

    public List<String> all(String field) {
      return fields.getOrDefault(field, List.of());
    }
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public Drafts(DataSource dataSource, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.clock = clock;
  }

  public long create(String owner) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(c -> {
      var s = c.prepareStatement("INSERT INTO zc_draft (owner, content, updated_at) VALUES (?, ?, ?)",
          new String[] {"id"});
      s.setString(1, owner);
      s.setString(2, "{}");
      s.setObject(3, now());
      return s;
    }, key);
    return key.getKey().longValue();
  }

  /** The owner's draft; another person's draft does not exist for them. */
  public Optional<Draft> find(String owner, long id) {
    return jdbc.query("SELECT id, owner, plan_id, content, updated_at FROM zc_draft WHERE id = ? AND owner = ?",
        (rs, i) -> new Draft(rs.getLong(1), rs.getString(2), rs.getString(3), fields(rs.getString(4)),
            rs.getObject(5, OffsetDateTime.class).withOffsetSameInstant(ChinaTime.OFFSET)), id, owner)
        .stream().findFirst();
  }

  public List<Draft> of(String owner) {
    return jdbc.query("SELECT id, owner, plan_id, content, updated_at FROM zc_draft WHERE owner = ? ORDER BY id DESC",
        (rs, i) -> new Draft(rs.getLong(1), rs.getString(2), rs.getString(3), fields(rs.getString(4)),
            rs.getObject(5, OffsetDateTime.class).withOffsetSameInstant(ChinaTime.OFFSET)), owner);
  }

  public void save(String owner, long id, Map<String, List<String>> fields) {
    String planId = fields.getOrDefault("planId", List.of()).stream().findFirst().orElse(null);
    try {
      jdbc.update("UPDATE zc_draft SET plan_id = ?, content = ?, updated_at = ? WHERE id = ? AND owner = ?",
          planId, JSON.writeValueAsString(fields), now(), id, owner);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public void delete(String owner, long id) {
    jdbc.update("DELETE FROM zc_draft WHERE id = ? AND owner = ?", id, owner);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ChinaTime.OFFSET);
  }

  private static Map<String, List<String>> fields(String json) {
    try {
      return JSON.readValue(json, FIELDS);
    } catch (JsonProcessingException e) {
      return new LinkedHashMap<>();
    }
  }
}
