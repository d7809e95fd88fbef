package zhicheng.committee;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One expert's ballot as submitted: a vote on every applicant listed for him, exactly once each, and nothing
 * else. Anything else is refused with every finding, so he corrects it in one go; nothing is counted until the
 * whole ballot is valid.
 */
public final class Ballot {

  /** One line of the submitted ballot: the applicant's number and the vote's code (agree / disagree / abstain). */
  public record Line(String businessKey, String vote) {}

  /** The votes by applicant number when the ballot is valid; the findings otherwise. */
  public record Checked(Map<String, Vote> votes, List<String> findings) {
    public boolean valid() {
      return findings.isEmpty();
    }
  }

  private Ballot() {}

  public static Checked check(List<Candidate> listed, List<Line> submitted) {
    Map<String, Candidate> byKey = listed.stream()
        .collect(Collectors.toMap(Candidate::businessKey, c -> c, (a, b) -> a, LinkedHashMap::new));
    Map<String, Vote> votes = new LinkedHashMap<>();
    List<String> findings = new ArrayList<>();
    for (Line line : submitted) {
      Candidate c = byKey.get(line.businessKey());
      if (c == null) {
        findings.add("表决票中的申报“" + line.businessKey() + "”不在您本次可表决的名单中");
        continue;
      }
      Optional<Vote> vote = Optional.ofNullable(line.vote()).flatMap(Vote::ofCode);
      if (vote.isEmpty()) {
        findings.add("请对" + c.name() + "（" + c.businessKey() + "）选择同意、不同意或弃权");
      } else if (votes.putIfAbsent(c.businessKey(), vote.get()) != null) {
        findings.add("对" + c.name() + "（" + c.businessKey() + "）只能投一票");
      }
    }
    Set<String> answered = submitted.stream().map(Line::businessKey).collect(Collectors.toSet());
    for (Candidate c : listed) {
      if (!answered.contains(c.businessKey())) {
        findings.add("表决票缺少对" + c.name() + "（" + c.businessKey() + "）的表决");
      }
    }
    return new Checked(findings.isEmpty() ? votes : Map.of(), findings);
  }
}
