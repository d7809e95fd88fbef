package zhicheng.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The scoring standards in force, read at start-up from {@code scoring/*.json}. A standard whose caps do not add
 * up (an indicator above its group, a group without indicators) stops start-up with the file named.
 */
@Component
public class ScoringStandards {

  private final Map<String, ScoringStandard> standards = new LinkedHashMap<>();

  public ScoringStandards(@Value("${zhicheng.scoring:classpath*:scoring/*.json}") String location) throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Resource file : new PathMatchingResourcePatternResolver().getResources(location)) {
      try (InputStream in = file.getInputStream()) {
        add(file.getFilename(), json.readValue(in, ScoringStandard.class));
      }
    }
  }

  /** The standards given, for tests. */
  public static ScoringStandards of(ScoringStandard... given) {
    try {
      ScoringStandards s = new ScoringStandards("classpath*:no-such-folder/*.json");
      for (ScoringStandard standard : given) {
        s.add(standard.id(), standard);
      }
      return s;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void add(String file, ScoringStandard s) {
    if (s.id() == null || s.groups() == null || s.groups().isEmpty() || s.threshold() <= 0) {
      throw new IllegalStateException("评分标准文件 " + file + " 缺少 id、threshold 或 groups");
    }
    for (ScoringStandard.Group g : s.groups()) {
      if (g.indicators() == null || g.indicators().isEmpty()) {
        throw new IllegalStateException("评分标准文件 " + file + " 的一级指标“" + g.name() + "”没有二级指标");
      }
      for (ScoringStandard.Indicator i : g.indicators()) {
        if (i.cap() > g.cap()) {
          throw new IllegalStateException("评分标准文件 " + file + " 的二级指标“" + i.name() + "”分值高于一级指标");
        }
      }
    }
    standards.put(s.id(), s);
  }

  /** Every standard in force, in the order read. */
  public java.util.Collection<ScoringStandard> all() {
    return java.util.Collections.unmodifiableCollection(standards.values());
  }

  public Optional<ScoringStandard> find(String id) {
    return Optional.ofNullable(id).map(standards::get);
  }
}
