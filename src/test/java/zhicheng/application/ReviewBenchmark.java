package zhicheng.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;

import zhicheng.levels.PostQuotaListener;
import zhicheng.vocabulary.ProcessKeys;

/**
 * How long a unit's 通过 spends counting a public institution's recommendations (PostQuotaListener, seed 003
 * 三、（五）), against a baseline measured in the same run: counting the applications (one plain history query).
 * The shape it replaced, one history query with five variable conditions, is measured beside it: on H2 (the
 * embedded default) it ran away as applications accumulated (a 通过 hung for minutes with about 45 in the demo).
 * Not a test and not part of `mvn verify`:
 *
 * <pre>mvn -Pbenchmark test-compile exec:exec@review-benchmark</pre>
 *
 * Each size gets an in-memory H2 engine of its own, with that many applications of the shape title-application
 * leaves in history (unit, plan, status, recommendation, and 120 other variables: a real application holds about as many, its levels and publicities included), a third of them the
 * institute's. With {@code -Dzhicheng.benchmark.db=jdbc:h2:file:/tmp/copy} (the first argument) (a copy of ./data/zhicheng.mv.db) it
 * measures the real applications there instead. Prints the median of the timed runs after warm-up, and each one's
 * ratio to the baseline.
 */
public final class ReviewBenchmark {

  private static final String PLAN = "hz-2023-hgqf-senior-engineer";
  private static final String INSTITUTE = "hz-xihu-chem-institute";

  private static final int BEFORE_BUDGET_S = 120;

  private ReviewBenchmark() {}

  public static void main(String[] args) {
    String copy = args.length > 0 && !args[0].isBlank() ? args[0] : null;
    System.out.println("Java " + System.getProperty("java.version") + ", "
        + Runtime.getRuntime().availableProcessors() + " cores; " + (copy == null ? "H2 in memory" : copy)
        + ", history full");
    List<ProcessEngine> engines = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    List<Double> baselines = new ArrayList<>();
    for (int size : copy == null ? new int[] {15, 45, 120} : new int[] {-1}) {
      ProcessEngine engine = copy == null ? engine(size) : existing(copy);
      HistoryService history = engine.getHistoryService();
      int applications = size;
      if (copy == null) {
        seed(engine, applications);
        long expected = IntStream.range(0, applications).filter(i -> i % 3 == 0 && i % 2 == 0 && i % 4 != 0).count();
        if (PostQuotaListener.recommended(history, PLAN, INSTITUTE, null) != expected) {
          throw new IllegalStateException("recommended() counted wrong for " + applications + " applications");
        }
      } else {
        applications = (int) history.createHistoricProcessInstanceQuery()
            .processDefinitionKey(ProcessKeys.TITLE_APPLICATION).count();
      }
      double base = median(time(() -> history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.TITLE_APPLICATION).count(), 10, 30));
      report(applications, "baseline: count the applications", base, base);
      report(applications, "now: PostQuotaListener.recommended",
          median(time(() -> PostQuotaListener.recommended(history, PLAN, INSTITUTE, null), 10, 30)), base);
      engines.add(engine);
      sizes.add(applications);
      baselines.add(base);
    }
    // the old shape last, once per size, each given at most BEFORE_BUDGET_S seconds (a query that runs out keeps a
    // core busy, so it must not overlap the measurements above), and no larger size once one ran out
    for (int i = 0; i < engines.size(); i++) {
      HistoryService history = engines.get(i).getHistoryService();
      String name = "before: one query, five variable conditions";
      double ms = once(() -> history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.TITLE_APPLICATION)
          .variableValueEquals(ApplicationVariables.PLAN_ID.name(), PLAN).variableValueEquals(ApplicationVariables.UNIT_CODE.name(), INSTITUTE)
          .variableValueEquals(ApplicationVariables.UNIT_RECOMMENDED.name(), true)
          .variableValueNotEquals(ApplicationVariables.STATUS.name(), ApplicationStatus.REJECTED.name())
          .variableValueNotEquals(ApplicationVariables.STATUS.name(), ApplicationStatus.OVERDUE.name()).count(), BEFORE_BUDGET_S);
      if (ms < 0) {
        System.out.printf("%4d applications  %-46s over %d s, abandoned  = over %8.0f × baseline%n", sizes.get(i),
            name, BEFORE_BUDGET_S, BEFORE_BUDGET_S * 1000 / baselines.get(i));
        for (int j = i + 1; j < engines.size(); j++) {
          System.out.printf("%4d applications  %-46s not run: it ran out at a smaller size%n", sizes.get(j), name);
        }
        break;
      }
      report(sizes.get(i), name + " (1 run)", ms, baselines.get(i));
    }
    System.exit(0); // an abandoned query's thread would keep the JVM (and its engine) alive
  }

  private static ProcessEngine engine(int applications) {
    StandaloneInMemProcessEngineConfiguration c = new StandaloneInMemProcessEngineConfiguration();
    c.setJdbcUrl("jdbc:h2:mem:review-benchmark-" + applications + ";DB_CLOSE_DELAY=-1");
    c.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    c.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    c.setJobExecutorActivate(false);
    c.setProcessEngineName("review-benchmark-" + applications);
    return c.buildProcessEngine();
  }

  /** A copy of a real database (never the live one: the engine may update its schema). */
  private static ProcessEngine existing(String url) {
    StandaloneInMemProcessEngineConfiguration c = new StandaloneInMemProcessEngineConfiguration();
    c.setJdbcUrl(url);
    c.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    c.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    c.setJobExecutorActivate(false);
    c.setProcessEngineName("review-benchmark-copy");
    c.setCmmnEnabled(false); // as the app runs (application.yaml), so its database has no CMMN tables
    return c.buildProcessEngine();
  }

  /** Applications as history holds them: a third the institute's, every fourth rejected, half recommended. */
  private static void seed(ProcessEngine engine, int applications) {
    engine.getRepositoryService().createDeployment().addModelInstance("title-application.bpmn",
        Bpmn.createExecutableProcess(ProcessKeys.TITLE_APPLICATION).camundaHistoryTimeToLive(3650)
            .startEvent().userTask("UserTask_Review").endEvent().done()).deploy();
    for (int i = 0; i < applications; i++) {
      Map<String, Object> v = new HashMap<>();
      v.put(ApplicationVariables.PLAN_ID.name(), PLAN);
      v.put(ApplicationVariables.UNIT_CODE.name(), i % 3 == 0 ? INSTITUTE : "hz-xihu-chem");
      v.put(ApplicationVariables.STATUS.name(), i % 4 == 0 ? ApplicationStatus.REJECTED.name() : ApplicationStatus.IN_REVIEW.name());
      v.put(ApplicationVariables.UNIT_RECOMMENDED.name(), i % 2 == 0);
      for (int k = 0; k < 120; k++) {
        v.put("other" + k, "申报数据" + k);
      }
      engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.TITLE_APPLICATION, "ZC-" + i, v);
    }
  }

  /** One run in a thread of its own, in ms; -1 when it takes longer than {@code seconds} (it is left running). */
  private static double once(LongSupplier work, int seconds) {
    long t0 = System.nanoTime();
    Thread t = new Thread(work::getAsLong, "before-query");
    t.setDaemon(true);
    t.start();
    try {
      t.join(seconds * 1000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return t.isAlive() ? -1 : (System.nanoTime() - t0) / 1e6;
  }

  private static double[] time(LongSupplier work, int warmUp, int rounds) {
    double[] ms = new double[rounds];
    for (int round = -warmUp; round < rounds; round++) {
      long t0 = System.nanoTime();
      work.getAsLong();
      if (round >= 0) {
        ms[round] = (System.nanoTime() - t0) / 1e6;
      }
    }
    return ms;
  }

  private static void report(int applications, String name, double median, double base) {
    System.out.printf("%4d applications  %-46s median %9.2f ms  = %8.1f × baseline%n", applications, name, median,
        median / base);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
