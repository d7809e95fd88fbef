package zhicheng.portal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import zhicheng.achievements.Achievement;
import zhicheng.achievements.AchievementArchive;
import zhicheng.achievements.AchievementInput;
import zhicheng.achievements.AchievementKind;
import zhicheng.scoring.AchievementFinding;
import zhicheng.scoring.AchievementScore;
import zhicheng.scoring.ScoringStandard;
import zhicheng.scoring.ScoringStandards;
import zhicheng.security.CurrentUser;

/**
 * 我的业绩档案 on a phone or a desktop: the signed-in person's own rows (浙经信消费〔2022〕35号 附件1（一）：需先在系统上
 * 完善个人业绩档案), added, changed and deleted with their evidence PDFs, every row checked by the same
 * {@link AchievementArchive} as {@code /api/achievements} (a PDF by its content, no future date, a known kind, an item
 * scored only after the title not dated before it): a refusal shows each reason beside its field and keeps nothing.
 * A row an application was submitted with is shown, not edited. Someone else's row does not exist here (404).
 */
@Controller
public class AchievementPages {

  static final String BASE = "/portal/achievements";
  /** The limit stated beside the file field, as for the application's materials. */
  static final int MAX_MB = Uploads.MAX_MB;

  private final AchievementArchive archive;
  private final ScoringStandards standards;

  public AchievementPages(AchievementArchive archive, ScoringStandards standards) {
    this.archive = archive;
    this.standards = standards;
  }

  /** A row of someone else's archive, or none: answered like a row that does not exist. */
  static class NoSuchRow extends RuntimeException {
    NoSuchRow() {
      super("未找到该业绩，或您无权查看。");
    }
  }

  @ExceptionHandler(NoSuchRow.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String noSuchRow(NoSuchRow e, Model model) {
    model.addAttribute("message", e.getMessage());
    return "portal/refused";
  }

  /** One row as the list shows it: the row, and what it scores by each standard when the title date is known. */
  public record Line(Achievement row, String itemText, List<AchievementFinding> scored, String warning) {}

  @GetMapping(BASE)
  public String list(Model model) {
    String owner = CurrentUser.current().id();
    List<Achievement> rows = archive.list(owner);
    Optional<String> titleDate = archive.titleDate(owner).map(Object::toString);
    Map<String, String> items = archive.items();
    List<AchievementScore> scores = new ArrayList<>();
    if (titleDate.isPresent()) {
      for (ScoringStandard s : standards.all()) {
        try {
          scores.add(archive.score(owner, s, titleDate.get()));
        } catch (AchievementArchive.RefusedException none) {
          // no row names an item of this standard: nothing to show for it
        }
      }
    }
    List<Line> lines = rows.stream().map(r -> new Line(r, items.get(r.item()),
        scores.stream().flatMap(s -> s.findings().stream()).filter(f -> String.valueOf(r.id()).equals(f.id())).toList(),
        archive.beforeTitle(owner, r.item(), r.date()).orElse(null))).toList();
    model.addAttribute("lines", lines);
    model.addAttribute("titleDate", titleDate.orElse(null));
    model.addAttribute("scores", scores);
    return "portal/achievements";
  }

  @PostMapping(BASE + "/title-date")
  public String titleDate(@RequestParam(required = false) String titleDate, RedirectAttributes redirect) {
    try {
      archive.setTitleDate(CurrentUser.current().id(), titleDate);
      redirect.addFlashAttribute("done", "现任职称取得日期已保存");
    } catch (AchievementArchive.RefusedException refused) {
      redirect.addFlashAttribute("titleDateError", text(refused.findings().get(0)));
      redirect.addFlashAttribute("titleDateValue", titleDate);
    }
    return "redirect:" + BASE;
  }

  @GetMapping(BASE + "/new")
  public String blank(Model model) {
    return form(model, null, Values.EMPTY, Map.of());
  }

  @PostMapping(BASE + "/new")
  public String create(Values values, @RequestParam(name = "files", required = false) List<MultipartFile> files,
      Model model, RedirectAttributes redirect) throws IOException {
    String owner = CurrentUser.current().id();
    Optional<String> tooLarge = tooLarge(files);
    if (tooLarge.isPresent()) {
      return form(model, null, values, Map.of("evidence", tooLarge.get()));
    }
    try {
      Achievement row = archive.create(owner, values.input(evidence(files, List.of())));
      redirect.addFlashAttribute("done", "业绩“" + row.title() + "”已保存");
      return "redirect:" + BASE + "#achievement-" + row.id();
    } catch (AchievementArchive.RefusedException refused) {
      return form(model, null, values, errors(refused.findings()));
    }
  }

  @GetMapping(BASE + "/{id}")
  public String edit(@PathVariable long id, Model model) {
    Achievement row = own(id);
    return form(model, row, Values.of(row), Map.of());
  }

  /** The row replaced: the files ticked to keep stay, new files are added; a locked row is refused as it stands. */
  @PostMapping(BASE + "/{id}")
  public String update(@PathVariable long id, Values values,
      @RequestParam(name = "keep", required = false) List<Long> keep,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
      RedirectAttributes redirect) throws IOException {
    Achievement row = own(id);
    Optional<String> tooLarge = tooLarge(files);
    if (tooLarge.isPresent()) {
      return form(model, row, values, Map.of("evidence", tooLarge.get()));
    }
    try {
      archive.update(row.owner(), id, values.input(evidence(files, keep == null ? List.of() : keep)))
          .orElseThrow(NoSuchRow::new);
      redirect.addFlashAttribute("done", "业绩“" + values.title().trim() + "”已修改");
      return "redirect:" + BASE + "#achievement-" + id;
    } catch (AchievementArchive.RefusedException refused) {
      return form(model, row, values, errors(refused.findings()));
    } catch (AchievementArchive.LockedException locked) {
      return form(model, row, values, Map.of("", locked.getMessage()));
    }
  }

  @PostMapping(BASE + "/{id}/delete")
  public String delete(@PathVariable long id, RedirectAttributes redirect) {
    Achievement row = own(id);
    try {
      archive.delete(row.owner(), id);
      redirect.addFlashAttribute("done", "业绩“" + row.title() + "”已删除");
    } catch (AchievementArchive.LockedException locked) {
      redirect.addFlashAttribute("refused", locked.getMessage());
    }
    return "redirect:" + BASE;
  }

  /**
   * The form's fields by the names {@link AchievementInput} gives them (Spring binds the request parameters).
   */
  public record Values(String kind, String item, String title, String work, String date, String grade, String status,
      String role, String note) {
    static final Values EMPTY = new Values("", "", "", "", "", "", "", "", "");

    static Values of(Achievement a) {
      return new Values(a.kind(), a.item(), a.title(), a.work(), a.date(), a.grade(), a.status(), a.role(), a.note());
    }

    AchievementInput input(List<AchievementInput.EvidenceInput> evidence) {
      return new AchievementInput(kind, item, title, work, date, grade, status, role, note, evidence);
    }
  }

  private String form(Model model, Achievement row, Values values, Map<String, String> errors) {
    Map<String, String> items = archive.items();
    Map<String, Map<String, String>> itemsByKind = new LinkedHashMap<>();
    for (AchievementKind k : AchievementKind.values()) {
      Map<String, String> of = new LinkedHashMap<>();
      items.forEach((id, text) -> {
        if (k.scoresAs(id)) {
          of.put(id, text);
        }
      });
      if (!of.isEmpty()) {
        itemsByKind.put(k.label(), of);
      }
    }
    model.addAttribute("row", row);
    model.addAttribute("v", values);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", AchievementKind.labels());
    model.addAttribute("itemsByKind", itemsByKind);
    model.addAttribute("maxMb", MAX_MB);
    return "portal/achievement";
  }

  private Achievement own(long id) {
    return archive.find(CurrentUser.current().id(), id).orElseThrow(NoSuchRow::new);
  }

  /** The files kept by id and the new ones, as the archive takes them (an empty file field sends no file). */
  private static List<AchievementInput.EvidenceInput> evidence(List<MultipartFile> files, List<Long> keep)
      throws IOException {
    List<AchievementInput.EvidenceInput> evidence = new ArrayList<>();
    keep.forEach(id -> evidence.add(new AchievementInput.EvidenceInput(id, null, null)));
    for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
      if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
        continue;
      }
      evidence.add(new AchievementInput.EvidenceInput(null, f.getOriginalFilename(),
          Base64.getEncoder().encodeToString(f.getBytes())));
    }
    return evidence;
  }

  /** A file over the limit, refused before it is read (as on the materials page). */
  private static Optional<String> tooLarge(List<MultipartFile> files) {
    return (files == null ? List.<MultipartFile>of() : files).stream().filter(f -> f.getSize() > Uploads.MAX_BYTES)
        .findFirst().map(f -> "佐证材料“" + f.getOriginalFilename() + "”超过" + MAX_MB + "MB，请压缩或分拆后上传");
  }

  /**
   * Each finding beside its field: {@code date：…} under 取得日期, {@code evidence[1]：…} under the files; what names no
   * field of the page goes on top (key "").
   */
  static Map<String, String> errors(List<String> findings) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (String f : findings) {
      int colon = f.indexOf('：');
      String field = colon < 0 ? "" : f.substring(0, colon).split("[.\\[]")[0];
      if (!List.of("kind", "item", "title", "work", "date", "grade", "status", "role", "note", "evidence")
          .contains(field)) {
        field = "";
      }
      errors.merge(field, field.isEmpty() ? f : text(f), (a, b) -> a + "；" + b);
    }
    return errors;
  }

  /** A finding without the field name it starts with (the page shows it beside that field). */
  private static String text(String finding) {
    int colon = finding.indexOf('：');
    return colon < 0 ? finding : finding.substring(colon + 1);
  }
}
