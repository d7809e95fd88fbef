package zhicheng.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * The decision tables read from DMN files with the standalone DMN engine (no process engine, no database):
 * milliseconds per evaluation, for the rule tests. Its FEEL engine is the application's
 * ({@link ParsedOnceFeelEngineFactory}), so the rule tests prove the tables' answers with it.
 */
public final class DmnFileDecisions implements Decisions {

  private final Map<String, DmnDecision> decisions = new HashMap<>();
  private final DmnEngine engine = engine();

  /** Reads {@code processes/<key>.dmn} from the classpath for each key. */
  public static DmnFileDecisions fromClasspath(String... keys) {
    DmnFileDecisions d = new DmnFileDecisions();
    for (String key : keys) {
      try (InputStream in = DmnFileDecisions.class.getClassLoader().getResourceAsStream("processes/" + key + ".dmn")) {
        if (in == null) {
          throw new IllegalStateException("找不到决策表 processes/" + key + ".dmn");
        }
        d.decisions.put(key, d.engine.parseDecision(key, in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return d;
  }

  /** The engine the application uses too: FEEL texts parsed once ({@link ParsedOnceFeelEngineFactory}). */
  private static DmnEngine engine() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(new ParsedOnceFeelEngineFactory(configuration::getFeelCustomFunctionProviders));
    return configuration.buildEngine();
  }

  @Override
  public List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> inputs) {
    DmnDecision decision = decisions.get(decisionKey);
    if (decision == null) {
      throw new IllegalStateException("未加载决策表 " + decisionKey);
    }
    return engine.evaluateDecisionTable(decision, new HashMap<>(inputs)).getResultList();
  }
}
