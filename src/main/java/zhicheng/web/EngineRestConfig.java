package zhicheng.web;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's /engine-rest as the starter configures it, plus the project's answers to refused input, lost races and
 * unexpected errors ({@link EngineAnswers}), and the case resources answered while CMMN is off ({@link CaseResourcesOff}). */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(RefusalExceptionMapper.class);
    register(EngineExceptionMapper.class);
    register(UnexpectedExceptionMapper.class);
    register(JsonExceptionMapper.Mapping.class);
    register(JsonExceptionMapper.Parse.class);
    register(CaseResourcesOff.class);
  }
}
