package zhicheng.eligibility;

import java.util.List;
import java.util.Map;

/**
 * The decision tables administrators tune without Java (processes/*.dmn): the rules ask a table by its key
 * and get its matching rows. The running application asks the engine for the latest deployed version, so a
 * table edited in Camunda Modeler and deployed takes effect at once; unit tests ask the standalone DMN engine
 * for the files in processes/ ({@link DmnFileDecisions}).
 */
@FunctionalInterface
public interface Decisions {

  /** Key of the route-years table: years required per route, education or skill, and target level. */
  String ROUTE_YEARS = "route-years";
  /** Key of the continuing-education table: hours required per plan's notice. */
  String CONTINUING_EDUCATION = "continuing-education";

  List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> inputs);
}
