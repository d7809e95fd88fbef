package zhicheng;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import zhicheng.vocabulary.ChinaTime;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ZhichengApplication {

  /** Every date in the notices is a Beijing-time date; rules read "now" from this clock, never from the JVM. */

  public static void main(String[] args) {
    SpringApplication.run(ZhichengApplication.class, args);
  }

  @Bean
  Clock clock() {
    return Clock.system(ChinaTime.ZONE);
  }
}
