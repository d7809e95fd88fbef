package zhicheng.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port as a browser test drives it: the demo organisation, users (password
 * "demo", admin "admin") and plans, on an in-memory H2 database (one per run: the browser test classes
 * share this Spring context and its data, so each uses applicants and applications of its own), the job executor off (a test runs the due jobs itself). The browser comes from
 * {@link Chromium}; the port from {@code @LocalServerPort}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:zhicheng-browser;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "zhicheng.demo.enabled=true",
    "spring.datasource.hikari.maximum-pool-size=4",
    "spring.datasource.hikari.minimum-idle=0"})
public @interface BrowserAppTest {
}
