package zhicheng.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import zhicheng.integrity.IntegrityRecords;
import zhicheng.plan.Deadlines;
import zhicheng.review.DeclarationRefusedException;
import zhicheng.security.CurrentUser;

/**
 * The integrity record (诚信档案) for reviewers: add an entry when fraud is found (seed 001 三、（九）; seed 004 五、),
 * read entries by ID number. Only reviewers (unit, county, office … groups) and administrators may call it;
 * applicants never read anyone's record here.
 */
@RestController
public class IntegrityRecordController {

  private final IntegrityRecords records;
  private final Clock clock;

  public IntegrityRecordController(IntegrityRecords records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  public record NewRecord(String idNumber, String personName, String finding, Integer roundYear, String notice,
      String basis) {}

  @PostMapping("/api/integrity-records")
  @ResponseStatus(HttpStatus.CREATED)
  public IntegrityRecord add(@RequestBody NewRecord body, HttpServletRequest request) {
    CurrentUser user = reviewer(request);
    List<String> problems = new ArrayList<>();
    IdNumber.problem(body.idNumber()).ifPresent(problems::add);
    if (body.personName() == null || body.personName().isBlank() || body.personName().trim().length() > 30) {
      problems.add("请填写被记录人姓名（30字以内）");
    }
    if (body.finding() == null || body.finding().isBlank() || body.finding().trim().length() > 1000) {
      problems.add("请写明查实的弄虚作假行为（1000字以内）");
    }
    int thisYear = LocalDate.now(clock.withZone(Deadlines.CHINA)).getYear();
    if (body.roundYear() == null || body.roundYear() < 2000 || body.roundYear() > thisYear) {
      problems.add("评审年度应为2000至" + thisYear + "年之间的年份");
    }
    if (body.notice() == null || body.notice().isBlank() || body.notice().trim().length() > 200) {
      problems.add("请填写该评审的通知文号");
    }
    if (!problems.isEmpty()) {
      throw new DeclarationRefusedException("诚信档案记录未保存", problems);
    }
    return records.add(body.idNumber().trim().toUpperCase(), body.personName().trim(), body.finding().trim(),
        body.roundYear(), body.notice().trim(), body.basis() == null ? null : body.basis().trim(), user.id());
  }

  @GetMapping("/api/integrity-records")
  public List<IntegrityRecord> read(@RequestParam(required = false) String idNumber, HttpServletRequest request) {
    reviewer(request);
    return idNumber == null ? records.all() : records.of(idNumber);
  }

  private static CurrentUser reviewer(HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    if (!user.isReviewer() && !user.isAdmin()) {
      throw new ForbiddenException("诚信档案仅供审核人员和管理员查阅、记录");
    }
    return user;
  }
}
