package zhicheng.eligibility;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper.CompositeValueMapper;

import camundajar.impl.scala.util.Either;

/**
 * The DMN engine's FEEL engine (Camunda's feel-scala, as by default), except that each input entry and expression
 * is parsed once per text instead of on every evaluation.
 *
 * <p>Why: the default engine evaluates a unary test by parsing its text and then evaluating the tree, every time;
 * the route-years table has some 250 entries, so every eligibility check parsed them again (ChainBenchmark profile,
 * docs/operations.md "The chain against the bare engine": 2.4 of the chain's 48.6 samples per application were the
 * decision tables, most of it the parser). The parsed tree ({@link ParsedExpression}) is an immutable syntax tree that
 * the engine evaluates against a fresh context each time, so sharing it between evaluations and threads gives the
 * same result; a text that does not parse keeps its failure, which is answered again as the engine answers it.
 *
 * <p>How: the feel-scala engine's {@code evalUnaryTests} and {@code evalExpression} call its own
 * {@code parseUnaryTests}/{@code parseExpression} and then evaluate; the subclass here overrides only those two
 * parse methods with a bounded cache, so the rules, the context (input variable, variables of the decision), the
 * value mapping and the error messages stay the engine's own. Used by the process engine ({@code DecisionTablesPlugin})
 * and by the standalone engine of the rule tests ({@link DmnFileDecisions}), so the tests prove the tables' answers.
 */
public final class ParsedOnceFeelEngineFactory implements FeelEngineFactory {

  /** More distinct texts than every deployed version of both tables together; past it the cache starts over. */
  static final int MAX_TEXTS = 5_000;

  private final Supplier<List<FeelCustomFunctionProvider>> functionProviders;

  /**
   * {@code functionProviders} is asked when the engine is built: the process engine hands its custom functions to the
   * DMN engine configuration after the factory is set.
   */
  public ParsedOnceFeelEngineFactory(Supplier<List<FeelCustomFunctionProvider>> functionProviders) {
    this.functionProviders = functionProviders;
  }

  @Override
  public FeelEngine createInstance() {
    List<FeelCustomFunctionProvider> providers = functionProviders.get();
    return new ScalaFeelEngine(providers == null ? List.of() : providers) {
      @Override
      protected org.camunda.feel.FeelEngine buildFeelEngine(CustomFunctionTransformer functions,
          CompositeValueMapper valueMapper) {
        // the same settings as ScalaFeelEngine's own builder: these functions and mappers, no external functions
        return new ParsedOnce(functions, valueMapper);
      }
    };
  }

  /** feel-scala's engine with its two parse steps remembered by text. */
  static final class ParsedOnce extends org.camunda.feel.FeelEngine {

    private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();
    private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();

    ParsedOnce(CustomFunctionTransformer functions, CompositeValueMapper valueMapper) {
      super(functions, valueMapper, new Configuration(false), org.camunda.feel.FeelEngine.defaultClock());
    }

    @Override
    public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
      return remembered(unaryTests, expression, super::parseUnaryTests);
    }

    @Override
    public Either<Failure, ParsedExpression> parseExpression(String expression) {
      return remembered(expressions, expression, super::parseExpression);
    }

    /** How many texts are held (a test shows that evaluating again parses nothing new). */
    int texts() {
      return unaryTests.size() + expressions.size();
    }

    private static Either<Failure, ParsedExpression> remembered(Map<String, Either<Failure, ParsedExpression>> cache,
        String text, Function<String, Either<Failure, ParsedExpression>> parse) {
      Either<Failure, ParsedExpression> parsed = cache.get(text);
      if (parsed != null) {
        return parsed;
      }
      parsed = parse.apply(text);
      if (cache.size() >= MAX_TEXTS) {
        cache.clear();
      }
      cache.put(text, parsed);
      return parsed;
    }
  }
}
