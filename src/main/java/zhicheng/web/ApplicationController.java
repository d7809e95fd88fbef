package zhicheng.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import zhicheng.application.ApplicationDetails;
import zhicheng.application.ApplicationIndex;
import zhicheng.application.ApplicationStatus;
import zhicheng.organisation.OrganisationRepository;
import zhicheng.plan.PlanRepository;
import zhicheng.process.IdentityNames;
import zhicheng.process.PersonNames;
import zhicheng.security.CurrentUser;

/**
 * Applications with their status and review trail, also after they ended, so a rejected or overdue applicant can
 * read why: a page at a time, newest first, from the application table ({@link ApplicationIndex}). Who sees what:
 * administrators everything; a reviewing body's member the applications its groups review or reviewed; everyone
 * their own declarations. Someone else's application answers 404, as one that does not exist.
 */
@Tag(name = "申报", description = "申报人看自己的申报，审核单位看本级的申报，管理员看全部：状态、审核记录与文书链接")
@RestController
@RequestMapping("/api/applications")
public class ApplicationController {

  static final int DEFAULT_SIZE = 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ApplicationIndex index;
  private final ApplicationDetails details;
  private final PlanRepository plans;
  private final OrganisationRepository organisation;
  private final IdentityService identity;

  public ApplicationController(ApplicationIndex index, ApplicationDetails details, PlanRepository plans,
      OrganisationRepository organisation, IdentityService identity) {
    this.identity = identity;
    this.index = index;
    this.details = details;
    this.plans = plans;
    this.organisation = organisation;
  }

  /**
   * One application as its applicant and reviewers read it; {@code certificateCode} and {@code certificateUrl} (the
   * PDF to download) once the certificate is issued, {@code dueAt} while someone has to act by a date.
   */
  public record ApplicationView(
      String id, String businessKey, String planId, String planTitle, String applicant, String applicantName,
      String unitCode, String unitName, String countyName, String levelKey, String levelName, String status,
      String statusText, String statusReason, OffsetDateTime dueAt, OffsetDateTime declaredAt, OffsetDateTime updatedAt,
      Date endedAt, JsonNode trail, String certificateCode, String certificateUrl) {}

  /** A page of applications: {@code total} is how many match, over all pages. */
  public record ApplicationPage(List<ApplicationView> items, long total, int page, int size) {}

  @Operation(summary = "我能查看的申报（分页）", description = "最新的在前，可按状态、计划、层级、单位筛选，mine 只看本人的申报；"
      + "申报人只见自己的，审核单位只见其审核过或正在审核的，管理员见全部。")
  @GetMapping
  public ApplicationPage list(HttpServletRequest request,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size,
      @RequestParam(required = false) String status, @RequestParam(required = false) String plan,
      @RequestParam(required = false) String level, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String mine) {
    int p = number("page", page, 0, 0, Integer.MAX_VALUE / ApplicationIndex.MAX_PAGE_SIZE);
    int s = number("size", size, DEFAULT_SIZE, 1, ApplicationIndex.MAX_PAGE_SIZE);
    ApplicationIndex.Filter filter = new ApplicationIndex.Filter(status(status), plan(plan), level(level), unit(unit));
    CurrentUser user = CurrentUser.of(request);
    ApplicationIndex.Viewer viewer = mine(mine) ? ApplicationIndex.Viewer.applicant(user.id()) : viewer(user);
    ApplicationIndex.Page found = index.search(viewer, filter, p, s);
    Map<String, ApplicationDetails.Details> more = details.of(found.items().stream().map(ApplicationIndex.Entry::id)
        .toList());
    PersonNames names = new IdentityNames(identity);
    return new ApplicationPage(found.items().stream().map(e -> view(e, more.get(e.id()), names)).toList(), found.total(),
        found.page(), found.size());
  }

  @Operation(summary = "一项申报", description = "状态、状态说明、审核记录（谁、何时、何级、何意见）与文书链接；无权查看时答 404。")
  @GetMapping("/{id}")
  public ApplicationView one(@PathVariable String id, HttpServletRequest request) {
    ApplicationIndex.Entry entry = index.find(id, viewer(CurrentUser.of(request)))
        .orElseThrow(() -> new NotFoundException("未找到申报 " + id + "，或您无权查看"));
    return view(entry, details.of(List.of(id)).get(id), new IdentityNames(identity));
  }

  static ApplicationIndex.Viewer viewer(CurrentUser user) {
    return new ApplicationIndex.Viewer(user.id(), user.groups(), user.isAdmin());
  }

  // ---- the query's parameters: anything else is a 400 naming the parameter ----

  private static int number(String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BadRequestException(name.equals("size")
        ? "参数 size（每页条数）应为 1 到 " + max + " 的整数，收到“" + value + "”"
        : "参数 page（页码，从 0 起）应为不小于 0 的整数，收到“" + value + "”");
  }

  /** {@code mine=true}: only the caller's own declarations, also for a reviewer or an administrator (我的申报). */
  private static boolean mine(String value) {
    if (blank(value) || value.trim().equals("false")) {
      return false;
    }
    if (value.trim().equals("true")) {
      return true;
    }
    throw new BadRequestException("参数 mine（只看本人的申报）应为 true 或 false，收到“" + value + "”");
  }

  private static String status(String value) {
    if (blank(value)) {
      return null;
    }
    String code = value.trim();
    if (Arrays.stream(ApplicationStatus.values()).noneMatch(s -> s.name().equals(code))) {
      throw new BadRequestException("参数 status（申报状态）不认识“" + value + "”，应为以下之一："
          + Arrays.stream(ApplicationStatus.values()).map(s -> s.name() + "（" + s.text() + "）")
              .collect(Collectors.joining("、")));
    }
    return code;
  }

  private String plan(String value) {
    if (blank(value)) {
      return null;
    }
    return plans.find(value.trim()).map(p -> p.id())
        .orElseThrow(() -> new BadRequestException("参数 plan（申报计划）：未知的申报计划“" + value + "”"));
  }

  private String level(String value) {
    if (blank(value)) {
      return null;
    }
    Set<String> keys = plans.all().stream().flatMap(p -> p.chain().stream()).map(l -> l.key())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    if (!keys.contains(value.trim())) {
      throw new BadRequestException("参数 level（审核层级）不认识“" + value + "”，应为以下之一：" + String.join("、", keys));
    }
    return value.trim();
  }

  private String unit(String value) {
    if (blank(value)) {
      return null;
    }
    return organisation.get().unit(value.trim()).map(u -> u.code())
        .orElseThrow(() -> new BadRequestException("参数 unit（用人单位代码）：未知的单位“" + value + "”"));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  // ---- the view ----

  private static ApplicationView view(ApplicationIndex.Entry e, ApplicationDetails.Details d, PersonNames names) {
    return new ApplicationView(e.id(), e.businessKey(), e.planId(), e.planTitle(), e.applicant(), e.applicantName(),
        e.unitCode(), e.unitName(), e.countyName(), e.levelKey(), e.levelName(), e.status(), e.statusText(),
        e.statusReason(), e.dueAt(), e.createdAt(), e.updatedAt(), d.endedAt(), withNames(trail(d.trail()), names), d.certificateCode(),
        d.certificateUrl());
  }

  /**
   * Each entry's {@code actorName}: the person by name as Tasklist shows them (赵敏 西湖精细化工·人事), for 我的申报;
   * the login id stays in {@code actor} (the record keeps ids, people read names).
   */
  static JsonNode withNames(JsonNode trail, PersonNames names) {
    for (JsonNode entry : trail) {
      if (entry instanceof ObjectNode o && entry.hasNonNull("actor")) {
        String actor = entry.get("actor").asText();
        o.put("actorName", names.nameOf(actor).orElse(actor));
      }
    }
    return trail;
  }

  private static JsonNode trail(String value) {
    try {
      return value == null ? JSON.createArrayNode() : JSON.readTree(value);
    } catch (JsonProcessingException e) {
      return JSON.createArrayNode();
    }
  }
}
