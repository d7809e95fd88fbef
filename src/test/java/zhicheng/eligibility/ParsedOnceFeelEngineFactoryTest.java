package zhicheng.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decision tables answer the same with FEEL texts parsed once as with Camunda's default FEEL engine: every row's
 * own values, and a fixed draw of other combinations of the values the tables name (and blanks), evaluated twice so
 * that the second answer comes from remembered texts.
 */
class ParsedOnceFeelEngineFactoryTest {

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  private final DmnEngine plain = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final DmnEngine parsedOnce = parsedOnceEngine();

  private static DmnEngine parsedOnceEngine() {
    DefaultDmnEngineConfiguration c =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    c.setFeelEngineFactory(new ParsedOnceFeelEngineFactory(c::getFeelCustomFunctionProviders));
    return c.buildEngine();
  }

  @ParameterizedTest(name = "{0}: the same rows as the default FEEL engine")
  @ValueSource(strings = {Decisions.ROUTE_YEARS, Decisions.CONTINUING_EDUCATION})
  void sameAnswersAsTheDefaultEngine(String key) throws IOException {
    DmnModelInstance model = model(key);
    DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
    List<String> names = new ArrayList<>();
    List<List<Object>> values = new ArrayList<>();
    for (Input input : table.getInputs()) {
      names.add(input.getInputExpression().getText().getTextContent().trim());
      values.add(new ArrayList<>());
    }
    List<Map<String, Object>> cases = new ArrayList<>();
    for (Rule rule : table.getRules()) {
      Map<String, Object> own = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        List<String> literals = literals(rule.getInputEntries().stream().toList().get(i).getText().getTextContent());
        own.put(names.get(i), literals.isEmpty() ? null : literals.get(0));
        for (String l : literals) {
          if (!values.get(i).contains(l)) {
            values.get(i).add(l);
          }
        }
      }
      cases.add(own);
    }
    Random draw = new Random(20231203L);
    for (int n = 0; n < 300; n++) {
      Map<String, Object> mixed = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        List<Object> v = values.get(i);
        int pick = draw.nextInt(v.size() + 2);
        mixed.put(names.get(i), pick < v.size() ? v.get(pick) : pick == v.size() ? "" : null);
      }
      cases.add(mixed);
    }

    DmnDecision plainDecision = decision(plain, key);
    DmnDecision onceDecision = decision(parsedOnce, key);
    int matched = 0;
    for (int round = 0; round < 2; round++) {
      for (Map<String, Object> inputs : cases) {
        List<Map<String, Object>> expected =
            plain.evaluateDecisionTable(plainDecision, new HashMap<>(inputs)).getResultList();
        List<Map<String, Object>> actual =
            parsedOnce.evaluateDecisionTable(onceDecision, new HashMap<>(inputs)).getResultList();
        assertThat(actual).as("%s %s", key, inputs).isEqualTo(expected);
        matched += expected.isEmpty() ? 0 : 1;
      }
    }
    // the comparison means something only if rows matched: every row's own values match at least that row
    assertThat(matched).isGreaterThanOrEqualTo(2 * table.getRules().size());
  }

  @Test
  void aTextThatDoesNotParseFailsAsWithTheDefaultEngine() {
    var engine = new ParsedOnceFeelEngineFactory(List::of).createInstance();
    var context = org.camunda.bpm.engine.variable.Variables.createVariables().putValue("x", "a").asVariableContext();
    for (int i = 0; i < 2; i++) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.evaluateSimpleUnaryTests("\"a", "x", context))
          .hasMessageContaining("failed to parse expression");
    }
    assertThat(engine.evaluateSimpleUnaryTests("\"a\",\"b\"", "x", context)).isTrue();
    assertThat(engine.evaluateSimpleUnaryTests("\"a\",\"b\"", "x", context)).isTrue();
    assertThat((Object) engine.evaluateSimpleExpression("x + \"b\"", context)).isEqualTo("ab");
  }

  private static List<String> literals(String entry) {
    List<String> found = new ArrayList<>();
    Matcher m = QUOTED.matcher(entry);
    while (m.find()) {
      found.add(m.group(1));
    }
    Set<String> distinct = new LinkedHashSet<>(found);
    return new ArrayList<>(distinct);
  }

  private static DmnModelInstance model(String key) throws IOException {
    try (InputStream in = stream(key)) {
      return Dmn.readModelFromStream(in);
    }
  }

  private static DmnDecision decision(DmnEngine engine, String key) throws IOException {
    try (InputStream in = stream(key)) {
      return engine.parseDecision(key, in);
    }
  }

  private static InputStream stream(String key) {
    return ParsedOnceFeelEngineFactoryTest.class.getClassLoader().getResourceAsStream("processes/" + key + ".dmn");
  }
}
