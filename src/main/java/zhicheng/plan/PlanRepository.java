package zhicheng.plan;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The plans in force, read once at start-up from the {@code plans/} folder. A malformed plan stops start-up
 * (see {@link PlanReader}). With demo data on, every real plan also gets a {@link Rehearsal} copy.
 */
@Component
public class PlanRepository {

  private static final Logger LOG = LoggerFactory.getLogger(PlanRepository.class);
  /** Demo plans close this many days after the app starts. */
  static final int REHEARSAL_DAYS_TO_APPLY = 14;

  private final Map<String, Plan> plans = new LinkedHashMap<>();

  @Autowired
  public PlanRepository(
      @Value("${zhicheng.plans:classpath*:plans/*.json}") String location,
      @Value("${zhicheng.demo.enabled:false}") boolean demo,
      Clock clock) throws IOException {
    this(load(location), demo ? LocalDate.now(clock) : null);
  }

  /** Plans as given; {@code rehearsalDay} non-null adds demo copies closing 14 days after that day. */
  public PlanRepository(Collection<Plan> real, LocalDate rehearsalDay) {
    for (Plan p : real) {
      add(p);
      if (rehearsalDay != null) {
        add(Rehearsal.of(p, rehearsalDay, REHEARSAL_DAYS_TO_APPLY));
      }
    }
    LOG.info("已加载申报计划 {} 个：{}", plans.size(), plans.keySet());
  }

  private void add(Plan p) {
    if (plans.putIfAbsent(p.id(), p) != null) {
      throw new IllegalStateException("申报计划编号重复：" + p.id());
    }
  }

  private static List<Plan> load(String location) throws IOException {
    Resource[] files = new PathMatchingResourcePatternResolver().getResources(location);
    Arrays.sort(files, Comparator.comparing(Resource::getFilename));
    PlanReader reader = new PlanReader();
    List<Plan> result = new ArrayList<>();
    for (Resource file : files) {
      try (InputStream in = file.getInputStream()) {
        result.add(reader.read(file.getFilename(), in));
      }
    }
    if (result.isEmpty()) {
      throw new IllegalStateException("在 " + location + " 未找到任何申报计划文件");
    }
    return result;
  }

  public Optional<Plan> find(String id) {
    return Optional.ofNullable(id).map(plans::get);
  }

  public List<Plan> all() {
    return List.copyOf(plans.values());
  }
}
