package zhicheng.documents;

import java.time.Clock;

import javax.sql.DataSource;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The font, checked at start-up (no usable font: the app does not start, and says which setting to fix), and
 * the tables documents and certificates are stored in, created on first start.
 */
@Configuration
public class DocumentsConfiguration {

  @Bean
  CjkFont cjkFont(@Value("${zhicheng.documents.font:}") String configured) {
    CjkFont font = CjkFont.locate(configured);
    LoggerFactory.getLogger(DocumentsConfiguration.class).info("文书字体：{}", font.file().getAbsolutePath());
    return font;
  }

  @Bean
  DocumentStore documentStore(DataSource dataSource, Clock clock) {
    return new DocumentStore(dataSource, clock);
  }

  @Bean
  CertificateRegister certificateRegister(DataSource dataSource) {
    return new CertificateRegister(dataSource);
  }
}
