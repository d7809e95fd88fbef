package zhicheng.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import zhicheng.publicity.ObjectionFiling;
import zhicheng.security.CurrentUser;
import zhicheng.vocabulary.ProcessKeys;

/**
 * 异议: anyone signed in may object to an application in publicity, as the public may object to a posted
 * notice. The objector's user id and the name they give are recorded for the investigating body only. An
 * application not in publicity (or whose period is over) answers 409 with the reason.
 */
@Tag(name = "公示异议", description = "公示期内对申报提出异议")
@RestController
@RequestMapping("/api/applications/{id}/objections")
public class ObjectionController {

  private final HistoryService history;
  private final ObjectionFiling filing;

  public ObjectionController(HistoryService history, ObjectionFiling filing) {
    this.history = history;
    this.filing = filing;
  }

  /** {@code who}: the objector's name as they sign it; {@code text}: what they object to and why. */
  public record Objection(String who, String text) {}

  public record Accepted(int number, String message) {}

  @Operation(summary = "提出公示异议", description = "仅在公示期内；公示期外答 409 并说明原因。")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Accepted file(@PathVariable String id, @RequestBody Objection objection, HttpServletRequest request) {
    HistoricProcessInstance application = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.TITLE_APPLICATION).processInstanceId(id).singleResult();
    if (application == null) {
      throw new NotFoundException("未找到申报 " + id);
    }
    ObjectionFiling.Filed filed = filing.file(application.getBusinessKey(), CurrentUser.of(request).id(),
        objection.who(), objection.text());
    return new Accepted(filed.number(),
        "异议已受理（第" + filed.number() + "号），将由" + filed.publisher() + "核查；异议人信息保密");
  }
}
