package zhicheng.web;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's /engine-rest as the starter configures it, plus the project's answer to refused input. */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(RefusalExceptionMapper.class);
  }
}
