package zhicheng.application;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import zhicheng.process.ProcessVariable;
import zhicheng.vocabulary.ProcessKeys;

/**
 * The application table on the first start of the version that has it: every application the engine knows (running
 * or ended: an applicant reads why an ended one was rejected) gets its row from its variables, and its reviewers
 * (the groups of the levels it entered, its paper forms' and its returned form's receivers) may list it. On later
 * starts the table has every application already: one count each, nothing else.
 */
@Component
public class ApplicationIndexBackfill {

  private static final Logger LOG = LoggerFactory.getLogger(ApplicationIndexBackfill.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CHUNK = 200;
  private static final List<ProcessVariable<?>> READ = List.of(ApplicationVariables.APPLICANT,
      ApplicationVariables.APPLICANT_NAME, ApplicationVariables.ID_NUMBER, ApplicationVariables.PLAN_ID,
      ApplicationVariables.PLAN_TITLE, ApplicationVariables.UNIT_CODE, ApplicationVariables.UNIT_NAME,
      ApplicationVariables.COUNTY_CODE, ApplicationVariables.COUNTY_NAME, ApplicationVariables.COMMITTEE_CODE,
      ApplicationVariables.LEVEL_KEY, ApplicationVariables.LEVEL_NAME, ApplicationVariables.STATUS,
      ApplicationVariables.STATUS_TEXT, ApplicationVariables.STATUS_REASON, ApplicationVariables.CHAIN,
      ApplicationVariables.LEVEL_INDEX, ApplicationVariables.LEVEL_DEADLINE, ApplicationVariables.APPLICANT_DEADLINE,
      ApplicationVariables.PAYMENT_DEADLINE, ApplicationVariables.PAPER_FORMS_DEADLINE,
      ApplicationVariables.PAPER_FORMS_GROUP, ApplicationVariables.FORM_RETURN_GROUP);

  private final HistoryService history;
  private final ApplicationIndex index;

  public ApplicationIndexBackfill(HistoryService history, ApplicationIndex index) {
    this.history = history;
    this.index = index;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void fill() {
    if (history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.TITLE_APPLICATION).count()
        == index.count()) {
      return;
    }
    Set<String> known = index.ids();
    List<HistoricProcessInstance> missing = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.TITLE_APPLICATION).orderByProcessInstanceStartTime().asc().list().stream()
        .filter(p -> !known.contains(p.getId())).toList();
    for (int from = 0; from < missing.size(); from += CHUNK) {
      List<HistoricProcessInstance> chunk = missing.subList(from, Math.min(missing.size(), from + CHUNK));
      Map<String, Map<String, Object>> values = new HashMap<>();
      for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(chunk.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
          .variableNameIn(READ.stream().map(ProcessVariable::name).toArray(String[]::new)).list()) {
        if (v.getValue() != null) {
          values.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).put(v.getName(), v.getValue());
        }
      }
      for (HistoricProcessInstance p : chunk) {
        write(p, values.getOrDefault(p.getId(), Map.of()));
      }
    }
    LOG.info("申报表：为 {} 份此前的申报补写了记录", missing.size());
  }

  private void write(HistoricProcessInstance p, Map<String, Object> v) {
    ApplicationStatus status = status(v);
    String statusText = str(v, ApplicationVariables.STATUS_TEXT);
    OffsetDateTime created = at(p.getStartTime());
    ApplicationIndex.Entry e = new ApplicationIndex.Entry(p.getId(), p.getBusinessKey(),
        str(v, ApplicationVariables.APPLICANT) == null ? "" : str(v, ApplicationVariables.APPLICANT),
        str(v, ApplicationVariables.APPLICANT_NAME), str(v, ApplicationVariables.ID_NUMBER),
        str(v, ApplicationVariables.PLAN_ID), str(v, ApplicationVariables.PLAN_TITLE),
        str(v, ApplicationVariables.UNIT_CODE), str(v, ApplicationVariables.UNIT_NAME),
        str(v, ApplicationVariables.COUNTY_CODE), str(v, ApplicationVariables.COUNTY_NAME),
        str(v, ApplicationVariables.COMMITTEE_CODE), str(v, ApplicationVariables.LEVEL_KEY),
        str(v, ApplicationVariables.LEVEL_NAME), status.name(), statusText == null ? status.text() : statusText,
        str(v, ApplicationVariables.STATUS_REASON), p.getEndTime() == null ? at(due(status, v)) : null, created,
        p.getEndTime() == null ? created : at(p.getEndTime()));
    boolean holds = !ApplicationIndex.RELEASING.contains(status) && (p.getEndTime() == null
        || status == ApplicationStatus.CERTIFIED || status == ApplicationStatus.ARCHIVED);
    index.backfilled(e, holds, readers(v));
  }

  private static ApplicationStatus status(Map<String, Object> v) {
    String s = str(v, ApplicationVariables.STATUS);
    try {
      return s == null ? ApplicationStatus.IN_REVIEW : ApplicationStatus.valueOf(s);
    } catch (IllegalArgumentException unknown) {
      return ApplicationStatus.IN_REVIEW;
    }
  }

  /** As {@link ApplicationRecord} fixes it with each status. */
  private static Date due(ApplicationStatus status, Map<String, Object> v) {
    Object due = switch (status) {
      case AWAITING_MATERIALS -> v.get(ApplicationVariables.APPLICANT_DEADLINE.name());
      case IN_REVIEW, CORRECTION_REQUIRED, PUBLICITY -> v.getOrDefault(ApplicationVariables.LEVEL_DEADLINE.name(),
          v.get(ApplicationVariables.APPLICANT_DEADLINE.name()));
      case AWAITING_PAYMENT -> v.get(ApplicationVariables.PAYMENT_DEADLINE.name());
      case AWAITING_PAPER_FORMS -> v.get(ApplicationVariables.PAPER_FORMS_DEADLINE.name());
      default -> null;
    };
    return due instanceof Date d ? d : null;
  }

  /** The groups of the levels entered so far, and the bodies that receive its paper forms and return its form. */
  private static List<String> readers(Map<String, Object> v) {
    List<String> groups = new ArrayList<>();
    Object entered = v.get(ApplicationVariables.LEVEL_INDEX.name());
    Object chain = v.get(ApplicationVariables.CHAIN.name());
    if (entered instanceof Number n && chain != null) {
      try {
        JsonNode levels = JSON.readTree(chain.toString());
        for (int i = 0; i < Math.min(n.intValue(), levels.size()); i++) {
          groups.add(levels.get(i).path("group").asText(null));
        }
      } catch (JsonProcessingException unreadable) {
        LOG.warn("申报表：申报的审核链无法读取，不补写其审核单位", unreadable);
      }
    }
    groups.add(str(v, ApplicationVariables.PAPER_FORMS_GROUP));
    groups.add(str(v, ApplicationVariables.FORM_RETURN_GROUP));
    return groups.stream().filter(g -> g != null && !g.isBlank()).distinct().toList();
  }

  private static String str(Map<String, Object> v, ProcessVariable<?> variable) {
    Object o = v.get(variable.name());
    return o == null ? null : o.toString();
  }

  private static OffsetDateTime at(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.ofHours(8));
  }
}
