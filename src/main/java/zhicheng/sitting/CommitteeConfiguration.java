package zhicheng.sitting;

import java.time.Clock;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import zhicheng.application.ApplicationVariables;
import zhicheng.application.PaymentRegister;
import zhicheng.committee.SittingStore;
import zhicheng.process.TimerEnd;

/**
 * The committee's tables (sittings and votes, payments), created on first start on H2 and PostgreSQL alike, and the
 * end of the payment period people read, which follows its timer when the holiday arrangement changes.
 */
@Configuration
public class CommitteeConfiguration {

  @Bean
  SittingStore sittingStore(DataSource dataSource) {
    return new SittingStore(dataSource);
  }

  @Bean
  PaymentRegister paymentRegister(DataSource dataSource, RuntimeService runtime, HistoryService history,
      ManagementService management, Clock clock) {
    return new PaymentRegister(dataSource, runtime, history, management, clock);
  }

  @Bean
  TimerEnd paymentDeadline() {
    return new TimerEnd(ApplicationVariables.PAYMENT_DEADLINE);
  }
}
