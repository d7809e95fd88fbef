package zhicheng.web;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import zhicheng.eligibility.IdNumber;
import zhicheng.eligibility.IntegrityRecord;
import zhicheng.integrity.IntegrityReads;
import zhicheng.integrity.IntegrityRecords;
import zhicheng.process.DeclarationRefusedException;
import zhicheng.security.CurrentUser;

/**
 * The integrity record (诚信档案): recording fraud and reading a person's entries.
 * <ul>
 *   <li>Recorded by the bodies the notices name: the HR department (人力社保部门, groups {@code hr:<county>}) or the
 *       body that formed the committee (评委会办公室, {@code office:<committee>}), and administrators
 *       (杭经信人事〔2023〕63号 五、申报纪律, citing 浙人社发〔2020〕47号). Each entry names its basis.</li>
 *   <li>Read only by the bodies reviewing an open application of that person, and by administrators; every read
 *       is logged ({@link IntegrityReads}). A refusal never says whether entries exist.</li>
 * </ul>
 * Correction and removal: {@link IntegrityCorrectionController}.
 */
@Tag(name = "诚信记录")
@RestController
public class IntegrityRecordController {

  static final String WRITERS_ONLY = "诚信档案只能由人力社保部门（hr: 组）、评委会办公室（office: 组）或管理员记录"
      + "（杭经信人事〔2023〕63号 五、申报纪律：由人力社保部门或职称评审委员会组建单位撤销其职称，并记入职称评审诚信档案库）";
  static final String REVIEWERS_ONLY = "只有正在审核该人员申报的审核单位、部门和管理员可以查阅其诚信档案";
  static final String ADMINS_ONLY_LIST = "查看全部诚信档案仅限管理员；审核人员请按正在审核的申报人身份证号码（idNumber）查询";
  static final String ADMINS_ONLY_READS = "诚信档案的查阅记录仅限管理员查看";

  private final IntegrityRecords records;
  private final IntegrityReads reads;
  private final Clock clock;

  public IntegrityRecordController(IntegrityRecords records, IntegrityReads reads, Clock clock) {
    this.records = records;
    this.reads = reads;
    this.clock = clock;
  }

  public record NewRecord(String idNumber, String personName, String finding, Integer roundYear, String notice,
      String basis) {}

  @Operation(summary = "录入诚信记录", description = "评委会办公室与人社部门录入；须写明依据的通知。")
  @PostMapping("/api/integrity-records")
  @ResponseStatus(HttpStatus.CREATED)
  public IntegrityRecord add(@RequestBody NewRecord body, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    if (!mayWrite(user)) {
      throw new ForbiddenException(WRITERS_ONLY);
    }
    List<String> problems = IntegrityInput.problems(body.idNumber(), body.personName(), body.finding(),
        body.roundYear(), body.notice(), body.basis(), true, clock);
    if (!problems.isEmpty()) {
      throw new DeclarationRefusedException("诚信档案记录未保存", problems);
    }
    return records.add(body.idNumber().trim().toUpperCase(), body.personName().trim(), body.finding().trim(),
        body.roundYear(), body.notice().trim(), body.basis().trim(), user.id());
  }

  @Operation(summary = "按身份证号查询诚信记录", description = "仅限审核单位；每次查阅记入查阅日志。")
  @GetMapping("/api/integrity-records")
  public List<IntegrityRecord> read(@RequestParam(required = false) String idNumber, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    if (idNumber == null) {
      if (!user.isAdmin()) {
        throw new ForbiddenException(ADMINS_ONLY_LIST);
      }
      List<IntegrityRecord> all = records.all();
      reads.log(user.id(), null, all.size(), null, IntegrityReads.Channel.RECORDS);
      return all;
    }
    String id = valid(idNumber);
    return reads.read(user, id, IntegrityReads.Channel.RECORDS)
        .orElseThrow(() -> new ForbiddenException(REVIEWERS_ONLY));
  }

  @Operation(summary = "诚信记录的查阅日志")
  @GetMapping("/api/integrity-records/reads")
  public List<IntegrityReads.Read> reads(@RequestParam(required = false) String idNumber,
      HttpServletRequest request) {
    if (!CurrentUser.of(request).isAdmin()) {
      throw new ForbiddenException(ADMINS_ONLY_READS);
    }
    return reads.reads(idNumber == null ? null : valid(idNumber));
  }

  /** HR bureaus and committee offices (the bodies that revoke titles and keep the record), administrators. */
  static boolean mayWrite(CurrentUser user) {
    return user.isAdmin() || user.groups().stream().anyMatch(g -> g.startsWith("hr:") || g.startsWith("office:"));
  }

  private static String valid(String idNumber) {
    IdNumber.problem(idNumber).ifPresent(p -> {
      throw new DeclarationRefusedException("无法查询", List.of("身份证号码（idNumber）：" + p));
    });
    return idNumber.trim().toUpperCase();
  }
}
