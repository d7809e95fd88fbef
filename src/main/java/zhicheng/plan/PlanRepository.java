package zhicheng.plan;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

import zhicheng.vocabulary.ChinaTime;

/**
 * The plans in force, read once at start-up from the {@code plans/} folder (setting {@code zhicheng.plans}). A
 * malformed plan stops start-up (see {@link PlanReader}), and so does an id used by two files. With demo data
 * on, every real plan also gets a {@link Rehearsal} copy. A plan with rows (seed 003 附件1) is found by its own
 * id (to show it) and each row by {@code <planId>:<rowId>} (to declare against it).
 */
@Component
public class PlanRepository {

  private static final Logger LOG = LoggerFactory.getLogger(PlanRepository.class);
  /** Demo plans close this many days after the app starts. */
  static final int REHEARSAL_DAYS_TO_APPLY = 14;

  /** A plan as read from its file. */
  public record PlanFile(String file, Plan plan) {}

  private final Map<String, Plan> plans = new LinkedHashMap<>();
  private final Map<String, Plan> choices = new LinkedHashMap<>();
  private final Map<String, String> files = new LinkedHashMap<>();

  @Autowired
  public PlanRepository(
      @Value("${zhicheng.plans:classpath*:plans/*.json}") String location,
      @Value("${zhicheng.demo.enabled:false}") boolean demo,
      Clock clock) throws IOException {
    this(demo ? LocalDate.now(clock.withZone(ChinaTime.ZONE)) : null, load(location));
  }

  /** Plans as given; {@code rehearsalDay} non-null adds demo copies closing 14 days after that day. */
  public PlanRepository(List<Plan> real, LocalDate rehearsalDay) {
    this(rehearsalDay, real.stream().map(p -> new PlanFile(p.id() + ".json", p)).toList());
  }

  /** The plans of files (the day first: a List of plans and a List of files look alike to the compiler). */
  private PlanRepository(LocalDate rehearsalDay, List<PlanFile> real) {
    for (PlanFile f : real) {
      add(f.file(), f.plan());
      if (rehearsalDay != null) {
        add(f.file() + "（演示副本）", Rehearsal.of(f.plan(), rehearsalDay, REHEARSAL_DAYS_TO_APPLY));
      }
    }
    LOG.info("已加载申报计划 {} 个：{}；可申报项 {} 个", plans.size(), plans.keySet(), choices.size());
  }

  private void add(String file, Plan p) {
    String other = files.putIfAbsent(p.id(), file);
    if (other != null) {
      throw new PlanFileException(file, "id", "“" + p.id() + "”与 " + other + " 重复：每个计划的 id 应唯一");
    }
    plans.put(p.id(), p);
    p.choices().forEach(c -> choices.put(c.id(), c));
  }

  private static List<PlanFile> load(String location) throws IOException {
    Resource[] found = new PathMatchingResourcePatternResolver().getResources(location);
    Arrays.sort(found, Comparator.comparing(Resource::getFilename));
    PlanReader reader = new PlanReader();
    List<PlanFile> result = new ArrayList<>();
    for (Resource file : found) {
      try (InputStream in = file.getInputStream()) {
        result.add(new PlanFile(file.getFilename(), reader.read(file.getFilename(), in)));
      }
    }
    if (result.isEmpty()) {
      throw new IllegalStateException("在 " + location + " 未找到任何申报计划文件（配置项 zhicheng.plans）");
    }
    return result;
  }

  /** A plan by its id, or a row's plan by {@code <planId>:<rowId>}. */
  public Optional<Plan> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(choices.get(id)).or(() -> Optional.ofNullable(plans.get(id)));
  }

  /** The plans as their files give them (a plan with rows once, with its rows). */
  public List<Plan> all() {
    return List.copyOf(plans.values());
  }

  /** Everything an applicant can declare against: plans without rows and every row of the others. */
  public List<Plan> choices() {
    return List.copyOf(choices.values());
  }

  /** The choices still open at {@code now}, in the order of the files. */
  public List<Plan> openChoices(Instant now) {
    return choices.values().stream().filter(p -> p.isOpen(now)).toList();
  }
}
