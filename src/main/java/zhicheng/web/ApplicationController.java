package zhicheng.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import zhicheng.application.ApplicationVariables;
import zhicheng.security.CurrentUser;
import zhicheng.vocabulary.ProcessKeys;

/**
 * An applicant's own applications with their status and review trail, also after they ended, so a rejected
 * or overdue applicant can read why. An applicant sees only applications they declared (the query is
 * restricted to them); administrators see all.
 */
@Tag(name = "申报", description = "申报人看自己的申报，审核单位看本级的申报，管理员看全部：状态、审核记录与文书链接")
@RestController
@RequestMapping("/api/applications")
public class ApplicationController {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HistoryService history;

  public ApplicationController(HistoryService history) {
    this.history = history;
  }

  /**
   * One application as its applicant reads it; {@code certificateCode} and {@code certificateUrl} (the PDF to
   * download) once the certificate is issued.
   */
  public record ApplicationView(
      String id, String businessKey, String planTitle, String applicant, String applicantName, String unitName,
      String status, String statusText, String statusReason, Date declaredAt, Date endedAt, JsonNode trail,
      String certificateCode, String certificateUrl) {}

  @Operation(summary = "我能查看的申报", description = "按开始时间倒序；申报人只见自己的，审核单位只见经其审核的，管理员见全部。")
  @GetMapping
  public List<ApplicationView> mine(HttpServletRequest request) {
    return query(CurrentUser.of(request)).orderByProcessInstanceStartTime().desc().list().stream()
        .map(this::view).toList();
  }

  @Operation(summary = "一项申报", description = "状态、状态说明、审核记录（谁、何时、何级、何意见）与文书链接；无权查看时答 404。")
  @GetMapping("/{id}")
  public ApplicationView one(@PathVariable String id, HttpServletRequest request) {
    HistoricProcessInstance p = query(CurrentUser.of(request)).processInstanceId(id).singleResult();
    if (p == null) {
      throw new NotFoundException("未找到申报 " + id + "，或您无权查看");
    }
    return view(p);
  }

  private HistoricProcessInstanceQuery query(CurrentUser user) {
    HistoricProcessInstanceQuery q = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.TITLE_APPLICATION);
    return user.isAdmin() ? q : q.variableValueEquals(ApplicationVariables.APPLICANT.name(), user.id());
  }

  private ApplicationView view(HistoricProcessInstance p) {
    Map<String, Object> v = new HashMap<>();
    for (HistoricVariableInstance var : history.createHistoricVariableInstanceQuery()
        .processInstanceId(p.getId()).list()) {
      v.put(var.getName(), var.getValue());
    }
    return new ApplicationView(p.getId(), p.getBusinessKey(), str(v, ApplicationVariables.PLAN_TITLE.name()), str(v, ApplicationVariables.APPLICANT.name()),
        str(v, ApplicationVariables.APPLICANT_NAME.name()), str(v, ApplicationVariables.UNIT_NAME.name()), str(v, ApplicationVariables.STATUS.name()), str(v, ApplicationVariables.STATUS_TEXT.name()),
        str(v, ApplicationVariables.STATUS_REASON.name()), p.getStartTime(), p.getEndTime(), trail(v.get(ApplicationVariables.REVIEW_TRAIL.name())),
        str(v, ApplicationVariables.CERTIFICATE_CODE.name()), str(v, ApplicationVariables.CERTIFICATE_URL.name()));
  }

  private static String str(Map<String, Object> v, String name) {
    Object o = v.get(name);
    return o == null ? null : o.toString();
  }

  private static JsonNode trail(Object value) {
    try {
      return value == null ? JSON.createArrayNode() : JSON.readTree(value.toString());
    } catch (JsonProcessingException e) {
      return JSON.createArrayNode();
    }
  }
}
