package zhicheng.web;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import zhicheng.eligibility.IntegrityRecord;
import zhicheng.integrity.IntegrityCorrections;
import zhicheng.integrity.IntegrityCorrections.Corrected;
import zhicheng.integrity.IntegrityCorrections.History;
import zhicheng.integrity.IntegrityReads;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.security.CurrentUser;

/**
 * An administrator corrects or removes an entry of the integrity record, with a reason, and reads its history.
 * Nothing is deleted: a removed entry is marked and no longer bars the person; every change keeps the values it
 * replaced ({@link IntegrityCorrections}). An entry already removed answers 409.
 */
@Tag(name = "诚信记录", description = "诚信档案的录入、查询、更正与删除，每次查阅均留痕")
@RestController
public class IntegrityCorrectionController {

  static final String ADMINS_ONLY = "诚信档案记录的更正、撤销及其变更记录仅限管理员操作和查看";

  private final IntegrityCorrections corrections;
  private final IntegrityReads reads;
  private final Clock clock;

  public IntegrityCorrectionController(IntegrityCorrections corrections, IntegrityReads reads, Clock clock) {
    this.corrections = corrections;
    this.reads = reads;
    this.clock = clock;
  }

  /** The fields to correct (absent: unchanged) and the reason. */
  public record Correction(String idNumber, String personName, String finding, Integer roundYear, String notice,
      String basis, String reason) {}

  public record Reason(String reason) {}

  @Operation(summary = "更正诚信记录（管理员）", description = "须写明理由；原值保留在更正历史中。")
  @PutMapping("/api/integrity-records/{id}")
  public IntegrityRecord correct(@PathVariable String id, @RequestBody Correction body, HttpServletRequest request) {
    CurrentUser admin = admin(request);
    List<String> problems = IntegrityInput.problems(body.idNumber(), body.personName(), body.finding(),
        body.roundYear(), body.notice(), body.basis(), false, clock);
    problems.addAll(IntegrityInput.reason(body.reason(), "更正"));
    if (problems.isEmpty() && body.idNumber() == null && body.personName() == null && body.finding() == null
        && body.roundYear() == null && body.notice() == null && body.basis() == null) {
      problems.add("请至少提供一项更正内容：idNumber、personName、finding、roundYear、notice、basis");
    }
    if (!problems.isEmpty()) {
      throw new DeclarationRefusedException("诚信档案记录未更正", problems);
    }
    Corrected c = new Corrected(body.idNumber() == null ? null : body.idNumber().trim().toUpperCase(),
        IntegrityInput.trim(body.personName()), IntegrityInput.trim(body.finding()), body.roundYear(),
        IntegrityInput.trim(body.notice()), IntegrityInput.trim(body.basis()));
    return known(id, () -> corrections.correct(id, c, body.reason().trim(), admin.id()));
  }

  /** The reason in the body ({@code {"reason": …}}) or the query ({@code ?reason=…}). */
  @Operation(summary = "删除诚信记录（管理员）", description = "须写明理由（请求体 reason 或查询参数 reason）；记录标为已删除，历史保留。")
  @DeleteMapping("/api/integrity-records/{id}")
  public History remove(@PathVariable String id, @RequestParam(name = "reason", required = false) String query,
      @RequestBody(required = false) Reason body, HttpServletRequest request) {
    CurrentUser admin = admin(request);
    String reason = body != null && body.reason() != null ? body.reason() : query;
    List<String> problems = IntegrityInput.reason(reason, "撤销");
    if (!problems.isEmpty()) {
      throw new DeclarationRefusedException("诚信档案记录未撤销", problems);
    }
    return known(id, () -> corrections.remove(id, reason.trim(), admin.id()));
  }

  /** Shows the entry and its earlier values: a read of the person's record, logged as such. */
  @Operation(summary = "诚信记录的更正历史（管理员）", description = "本次查阅记入查阅日志。")
  @GetMapping("/api/integrity-records/{id}/history")
  public History history(@PathVariable String id, HttpServletRequest request) {
    CurrentUser admin = admin(request);
    History h = known(id, () -> corrections.history(id));
    reads.log(admin.id(), h.entry().idNumber(), 1, null, IntegrityReads.Channel.HISTORY);
    return h;
  }

  private static CurrentUser admin(HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    if (!user.isAdmin()) {
      throw new ForbiddenException(ADMINS_ONLY);
    }
    return user;
  }

  private static <T> T known(String id, Supplier<T> action) {
    try {
      return action.get();
    } catch (NoSuchElementException e) {
      throw new NotFoundException("未找到诚信档案记录 " + id);
    } catch (IntegrityCorrections.AlreadyRemovedException e) {
      throw new ConflictException(e.getMessage());
    }
  }
}
