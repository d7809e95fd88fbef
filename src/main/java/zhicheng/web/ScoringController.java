package zhicheng.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import zhicheng.process.DeclarationRefusedException;
import zhicheng.scoring.AchievementClaim;
import zhicheng.scoring.AchievementScorer;
import zhicheng.scoring.ScoreCalculator;
import zhicheng.scoring.ScoreClaim;
import zhicheng.scoring.ScoringStandard;
import zhicheng.scoring.ScoringStandards;
import zhicheng.vocabulary.ChinaTime;

/**
 * A scoring standard (GET: its items, for choosing what to claim) and a self-score against it (POST): from counts of
 * items (a quick estimate), or from achievements with their dates, works, status and role (every rule of the standard
 * applied, a finding per achievement). Anyone signed in.
 */
@Tag(name = "量化评分", description = "评分标准与自评分计算")
@RestController
public class ScoringController {

  private final ScoringStandards standards;
  private final Clock clock;

  public ScoringController(ScoringStandards standards, Clock clock) {
    this.standards = standards;
    this.clock = clock;
  }

  /** Either {@code claims} (counts) or {@code titleDate} and {@code achievements}. */
  public record ScoreRequest(List<ScoreClaim> claims, String titleDate, List<AchievementClaim> achievements) {}

  @Operation(summary = "评分标准")
  @GetMapping("/api/scoring/{standardId}")
  public ScoringStandard standard(@PathVariable String standardId) {
    return find(standardId);
  }

  @Operation(summary = "计算自评分", description = "按评分标准逐项计分，并适用各项累计上限与总分门槛。")
  @PostMapping("/api/scoring/{standardId}")
  public Object score(@PathVariable String standardId, @RequestBody ScoreRequest body) {
    ScoringStandard standard = find(standardId);
    if (body.achievements() != null || body.titleDate() != null) {
      if (body.claims() != null) {
        throw new DeclarationRefusedException("自评分无法计算",
            List.of("claims：按数量估算（claims）与按业绩计分（titleDate、achievements）只能选一种"));
      }
      LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
      List<String> problems = AchievementScorer.problems(standard, body.titleDate(), body.achievements(), today);
      if (!problems.isEmpty()) {
        throw new DeclarationRefusedException("自评分无法计算", problems);
      }
      return AchievementScorer.score(standard, body.titleDate(), body.achievements(), today);
    }
    List<ScoreClaim> claims = body.claims() == null ? List.of() : body.claims();
    List<String> problems = ScoreCalculator.problems(standard, claims);
    if (!problems.isEmpty()) {
      throw new DeclarationRefusedException("自评分无法计算", problems);
    }
    return ScoreCalculator.score(standard, claims);
  }

  private ScoringStandard find(String id) {
    return standards.find(id).orElseThrow(() -> new NotFoundException("未知的评分标准“" + id + "”"));
  }
}
