package zhicheng.process;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import zhicheng.eligibility.ParsedOnceFeelEngineFactory;

/**
 * The process engine's decision tables evaluated with FEEL texts parsed once ({@link ParsedOnceFeelEngineFactory}):
 * the engine builds its DMN engine from the configuration given here, adding its own history producer, script
 * engines and custom functions as for the default one; only the FEEL engine's factory is ours.
 *
 * <p>The factory is feel-scala's, as the engine's default: the legacy JUEL-based FEEL
 * ({@code dmnFeelEnableLegacyBehavior}), which this app does not use, would be ignored with this plugin.
 */
@Component
public class DecisionTablesPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    dmn.setFeelEngineFactory(new ParsedOnceFeelEngineFactory(dmn::getFeelCustomFunctionProviders));
    configuration.setDmnEngineConfiguration(dmn);
  }
}
