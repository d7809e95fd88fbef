package zhicheng.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One claimed item and how many times (2 papers, 3 training sessions …); count 1 when not given. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScoreClaim(String item, Integer count) {

  public int times() {
    return count == null ? 1 : count;
  }
}
