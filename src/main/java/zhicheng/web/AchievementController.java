package zhicheng.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import zhicheng.achievements.Achievement;
import zhicheng.achievements.AchievementArchive;
import zhicheng.achievements.AchievementInput;
import zhicheng.achievements.AchievementKind;
import zhicheng.achievements.AchievementStore;
import zhicheng.scoring.AchievementScore;
import zhicheng.scoring.ScoringStandards;
import zhicheng.security.CurrentUser;

/**
 * The caller's own achievement archive (业绩档案): list, read, create, change, delete, its evidence PDFs, and a
 * self-score from it. Whoever is signed in keeps their own archive; a row of someone else's answers 404, the same
 * as a row that does not exist. A row an application was submitted with answers 409 to a change or deletion.
 */
@Tag(name = "业绩档案", description = "申报人自己的业绩档案：录入、修改、删除、佐证材料与据此计算的自评分")
@RestController
public class AchievementController {

  private final AchievementArchive archive;
  private final ScoringStandards standards;

  public AchievementController(AchievementArchive archive, ScoringStandards standards) {
    this.archive = archive;
    this.standards = standards;
  }

  /** The kinds a row may be, and the scoring items each may score as (for a form's choices). */
  public record Kinds(List<String> kinds, Map<String, List<Item>> items) {}

  public record Item(String id, String text) {}

  public record ScoreRequest(String titleDate) {}

  /** The date the caller obtained the current title, or null while not given. */
  public record TitleDate(String titleDate) {}

  @Operation(summary = "业绩的种类及其字段")
  @GetMapping("/api/achievements/kinds")
  public Kinds kinds() {
    Map<String, String> items = archive.items();
    Map<String, List<Item>> byKind = new java.util.LinkedHashMap<>();
    for (AchievementKind k : AchievementKind.values()) {
      byKind.put(k.label(), items.entrySet().stream().filter(e -> k.scoresAs(e.getKey()))
          .map(e -> new Item(e.getKey(), e.getValue())).toList());
    }
    return new Kinds(AchievementKind.labels(), byKind);
  }

  @Operation(summary = "我的现任职称取得日期（核对“取得职称后的业绩方可计分”）")
  @GetMapping("/api/achievements/title-date")
  public TitleDate titleDate(HttpServletRequest request) {
    return new TitleDate(archive.titleDate(owner(request)).map(Object::toString).orElse(null));
  }

  @Operation(summary = "填写或修改现任职称取得日期")
  @PutMapping("/api/achievements/title-date")
  public TitleDate setTitleDate(@RequestBody TitleDate body, HttpServletRequest request) {
    return new TitleDate(archive.setTitleDate(owner(request), body == null ? null : body.titleDate()).toString());
  }

  @Operation(summary = "我的业绩档案")
  @GetMapping("/api/achievements")
  public List<Achievement> list(HttpServletRequest request) {
    return archive.list(owner(request));
  }

  @Operation(summary = "一项业绩")
  @GetMapping("/api/achievements/{id}")
  public Achievement one(@PathVariable long id, HttpServletRequest request) {
    return archive.find(owner(request), id).orElseThrow(() -> notFound(id));
  }

  @Operation(summary = "录入一项业绩")
  @PostMapping("/api/achievements")
  @ResponseStatus(HttpStatus.CREATED)
  public Achievement create(@RequestBody AchievementInput body, HttpServletRequest request) {
    return archive.create(owner(request), body);
  }

  @Operation(summary = "修改一项业绩")
  @PutMapping("/api/achievements/{id}")
  public Achievement update(@PathVariable long id, @RequestBody AchievementInput body, HttpServletRequest request) {
    return archive.update(owner(request), id, body).orElseThrow(() -> notFound(id));
  }

  @Operation(summary = "删除一项业绩")
  @DeleteMapping("/api/achievements/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void delete(@PathVariable long id, HttpServletRequest request) {
    if (!archive.delete(owner(request), id)) {
      throw notFound(id);
    }
  }

  @Operation(summary = "下载业绩的佐证材料")
  @GetMapping("/api/achievements/{id}/evidence/{evidenceId}")
  public ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId,
      HttpServletRequest request) {
    AchievementStore.File file = archive.evidence(owner(request), id, evidenceId)
        .orElseThrow(() -> new NotFoundException("您的业绩档案中没有编号为 " + id + " 的业绩或其编号为 " + evidenceId + " 的佐证材料"));
    return pdf(file, "evidence-" + evidenceId + ".pdf");
  }

  /**
   * The self-score of the caller's archive: the rows naming an item of the standard, from the title date on (the one
   * given, else the one kept with the archive).
   */
  @Operation(summary = "按评分标准计算业绩档案的自评分")
  @PostMapping("/api/achievements/score/{standardId}")
  public AchievementScore score(@PathVariable String standardId, @RequestBody ScoreRequest body,
      HttpServletRequest request) {
    String owner = owner(request);
    String titleDate = body == null || body.titleDate() == null || body.titleDate().isBlank()
        ? archive.titleDate(owner).map(Object::toString).orElse(null) : body.titleDate();
    return archive.score(owner, standards.find(standardId)
        .orElseThrow(() -> new NotFoundException("未知的评分标准“" + standardId + "”")), titleDate);
  }

  /** The PDF inline, under its own (Chinese) name in RFC 5987's {@code filename*}. */
  static ResponseEntity<byte[]> pdf(AchievementStore.File file, String ascii) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + ascii + "\"; filename*=UTF-8''"
            + UriUtils.encode(file.fileName(), StandardCharsets.UTF_8))
        .body(file.content());
  }

  private static String owner(HttpServletRequest request) {
    return CurrentUser.of(request).id();
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("您的业绩档案中没有编号为 " + id + " 的业绩");
  }
}
