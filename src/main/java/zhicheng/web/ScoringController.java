package zhicheng.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import zhicheng.process.DeclarationRefusedException;
import zhicheng.scoring.Score;
import zhicheng.scoring.ScoreCalculator;
import zhicheng.scoring.ScoreClaim;
import zhicheng.scoring.ScoringStandard;
import zhicheng.scoring.ScoringStandards;

/** A scoring standard (GET: its items, for choosing what to claim) and a self-score against it (POST). Anyone signed in. */
@RestController
public class ScoringController {

  private final ScoringStandards standards;

  public ScoringController(ScoringStandards standards) {
    this.standards = standards;
  }

  public record Claims(List<ScoreClaim> claims) {}

  @GetMapping("/api/scoring/{standardId}")
  public ScoringStandard standard(@PathVariable String standardId) {
    return find(standardId);
  }

  @PostMapping("/api/scoring/{standardId}")
  public Score score(@PathVariable String standardId, @RequestBody Claims body) {
    ScoringStandard standard = find(standardId);
    List<ScoreClaim> claims = body.claims() == null ? List.of() : body.claims();
    List<String> problems = ScoreCalculator.problems(standard, claims);
    if (!problems.isEmpty()) {
      throw new DeclarationRefusedException("自评分无法计算", problems);
    }
    return ScoreCalculator.score(standard, claims);
  }

  private ScoringStandard find(String id) {
    return standards.find(id).orElseThrow(() -> new NotFoundException("未知的评分标准：" + id));
  }
}
