package zhicheng.application;

import java.nio.charset.Charset;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an application's row in {@link ApplicationIndex} does not carry, read from the history for the rows of one
 * page at once (three queries, whatever the page's length): the review trail (JSON, as the variable has it), the
 * certificate's code and link, and when the instance ended. The trail grows with every step and belongs to the
 * process, so it stays a variable rather than a second copy in the table.
 *
 * <p>The trail is read with one SQL statement of its own, not through the engine's variable query: that query
 * loads a JSON variable's bytes ({@code ACT_GE_BYTEARRAY}) with one statement per variable as it deserializes
 * it, and a page of 50 spent most of its time in those 50 round trips (docs/operations.md, Performance). The
 * statement reads the same two history tables the engine writes, by the engine's own table prefix and charset.
 */
@Component
public class ApplicationDetails {

  /** {@code trail} is the review trail's JSON text ({@code null} before the first entry). */
  public record Details(String trail, String certificateCode, String certificateUrl, Date endedAt) {
    static final Details NONE = new Details(null, null, null, null);
  }

  private final HistoryService history;
  private final NamedParameterJdbcTemplate jdbc;
  private final String trailsSql;
  private final Charset charset;

  public ApplicationDetails(HistoryService history, DataSource dataSource, ProcessEngineConfigurationImpl engine) {
    this.history = history;
    this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    String prefix = engine.getDatabaseTablePrefix() == null ? "" : engine.getDatabaseTablePrefix();
    this.trailsSql = "SELECT v.PROC_INST_ID_, b.BYTES_ FROM " + prefix + "ACT_HI_VARINST v JOIN " + prefix
        + "ACT_GE_BYTEARRAY b ON b.ID_ = v.BYTEARRAY_ID_ WHERE v.NAME_ = :name AND v.PROC_INST_ID_ IN (:ids)";
    this.charset = engine.getDefaultCharset();
  }

  /** By application id; every id given has an entry. */
  public Map<String, Details> of(Collection<String> applicationIds) {
    Map<String, Details> details = new HashMap<>();
    if (applicationIds.isEmpty()) {
      return details;
    }
    String[] ids = new HashSet<>(applicationIds).toArray(String[]::new);
    Map<String, String> trails = trails(ids);
    Map<String, Map<String, Object>> values = new HashMap<>();
    // the certificate's code and link are strings: the engine's query reads them in the same statement
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
        .variableNameIn(ApplicationVariables.CERTIFICATE_CODE.name(), ApplicationVariables.CERTIFICATE_URL.name())
        .list()) {
      if (v.getValue() != null) {
        values.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).put(v.getName(), v.getValue());
      }
    }
    Map<String, Date> ended = new HashMap<>();
    for (HistoricProcessInstance p : history.createHistoricProcessInstanceQuery()
        .processInstanceIds(new HashSet<>(List.of(ids))).list()) {
      ended.put(p.getId(), p.getEndTime());
    }
    for (String id : ids) {
      Map<String, Object> v = values.getOrDefault(id, Map.of());
      details.put(id, new Details(trails.get(id), str(v.get(ApplicationVariables.CERTIFICATE_CODE.name())),
          str(v.get(ApplicationVariables.CERTIFICATE_URL.name())), ended.get(id)));
    }
    return details;
  }

  /** The review trail's JSON text of each application that has one, in one statement. */
  private Map<String, String> trails(String[] ids) {
    Map<String, String> trails = new HashMap<>();
    jdbc.query(trailsSql, Map.of("name", ApplicationVariables.REVIEW_TRAIL.name(), "ids", List.of(ids)), row -> {
      byte[] bytes = row.getBytes(2);
      if (bytes != null) {
        trails.put(row.getString(1), new String(bytes, charset));
      }
    });
    return Collections.unmodifiableMap(trails);
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
