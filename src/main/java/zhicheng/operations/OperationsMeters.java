package zhicheng.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The app's own meters for Prometheus (docs/operations.md, Health and metrics). A scrape only reads the last
 * {@link EngineNumbers.Reading}; the reading is refreshed every {@code zhicheng.metrics.refresh-ms} (default 60 s),
 * so Prometheus scraping every 15 s costs the database nothing.
 *
 * <ul>
 *   <li>{@code zhicheng.engine.jobs.acquired}, {@code .executed}, {@code .failed}: counters of the engine's job
 *       executor (all nodes, from the engine's meter log, which each node writes every 15 minutes);</li>
 *   <li>{@code zhicheng.engine.incidents.open}, {@code zhicheng.engine.jobs.without.retries}: what Cockpit shows as
 *       incidents and failed jobs;</li>
 *   <li>{@code zhicheng.applications.open}, {@code .due.soon}, {@code .overdue} with tags {@code plan} and
 *       {@code level}: applications waiting at each level of each plan.</li>
 * </ul>
 * Request timers are Spring's own {@code http.server.requests}.
 */
@Component
public class OperationsMeters implements MeterBinder {

  private static final Logger LOG = LoggerFactory.getLogger(OperationsMeters.class);

  private final EngineNumbers engine;
  private final AtomicReference<EngineNumbers.Reading> last = new AtomicReference<>(EngineNumbers.Reading.NONE);
  private final List<MultiGauge> levelGauges = new ArrayList<>();

  public OperationsMeters(EngineNumbers engine) {
    this.engine = engine;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    counter(registry, "zhicheng.engine.jobs.acquired", "作业执行器获取的作业数", EngineNumbers.Reading::jobsAcquired);
    counter(registry, "zhicheng.engine.jobs.executed", "成功执行的作业数", EngineNumbers.Reading::jobsExecuted);
    counter(registry, "zhicheng.engine.jobs.failed", "执行失败的作业数（含将重试的）", EngineNumbers.Reading::jobsFailed);
    gauge(registry, "zhicheng.engine.incidents.open", "未解决的事件（Cockpit 的 Incidents）", r -> r.openIncidents());
    gauge(registry, "zhicheng.engine.jobs.without.retries", "重试次数用尽的作业", r -> r.jobsWithoutRetries());
    levelGauges.add(MultiGauge.builder("zhicheng.applications.open")
        .description("各计划各审核层级待审核的申报数").register(registry));
    levelGauges.add(MultiGauge.builder("zhicheng.applications.due.soon")
        .description("3个工作日内到期的申报数").register(registry));
    levelGauges.add(MultiGauge.builder("zhicheng.applications.overdue")
        .description("已过本级截止时间仍未办结的申报数").register(registry));
  }

  private void counter(MeterRegistry registry, String name, String description,
      ToDoubleFunction<EngineNumbers.Reading> value) {
    FunctionCounter.builder(name, last, r -> value.applyAsDouble(r.get())).description(description).register(registry);
  }

  private void gauge(MeterRegistry registry, String name, String description,
      ToDoubleFunction<EngineNumbers.Reading> value) {
    Gauge.builder(name, last, r -> value.applyAsDouble(r.get())).description(description).register(registry);
  }

  /** Reads the engine again; the gauges of a plan and level that no longer has applications disappear. */
  @Scheduled(fixedDelayString = "${zhicheng.metrics.refresh-ms:60000}", initialDelay = 5000)
  public void refresh() {
    EngineNumbers.Reading reading;
    try {
      reading = engine.read();
    } catch (RuntimeException e) {
      LOG.warn("运维指标读取失败，沿用上次的数值：{}", e.getMessage());
      return;
    }
    last.set(reading);
    if (levelGauges.isEmpty()) {
      return;
    }
    List<List<MultiGauge.Row<?>>> rows = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    reading.levels().forEach((key, counts) -> {
      Tags tags = Tags.of("plan", key.plan(), "level", key.level());
      rows.get(0).add(MultiGauge.Row.of(tags, counts.open()));
      rows.get(1).add(MultiGauge.Row.of(tags, counts.dueSoon()));
      rows.get(2).add(MultiGauge.Row.of(tags, counts.overdue()));
    });
    for (int i = 0; i < levelGauges.size(); i++) {
      levelGauges.get(i).register(rows.get(i), true);
    }
  }

  /** The reading the meters show now. */
  public EngineNumbers.Reading last() {
    return last.get();
  }
}
