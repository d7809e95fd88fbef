package zhicheng.forwarding;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The table of forwarded batches, created on first start on H2 and PostgreSQL alike. */
@Configuration
public class ForwardingConfiguration {

  @Bean
  RosterStore rosterStore(DataSource dataSource) {
    return new RosterStore(dataSource);
  }
}
