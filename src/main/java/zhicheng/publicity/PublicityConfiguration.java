package zhicheng.publicity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import zhicheng.process.TimerEnd;

/** What the engine-wide pieces need to know of publicity. */
@Configuration
public class PublicityConfiguration {

  /** {@code publicityEnd} follows the period's timer when the holiday arrangement changes. */
  @Bean
  TimerEnd publicityEnd() {
    return new TimerEnd(PublicityVariables.END);
  }
}
