package zhicheng.it;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the postgres profile, as every integration test here runs it: the
 * job executor off (a test runs the due jobs itself, as an administrator in Cockpit would), the administrator's
 * password the profile demands, and the demo organisation and users as a test fixture (production PostgreSQL starts
 * without them), and a small connection pool.
 *
 * <p>The database is not part of it: each class still declares its own schema with a {@code @DynamicPropertySource}
 * calling {@link PostgresSchema#use}, so each class gets a Spring context and a schema of its own and no class sees
 * another's data. A class that needs one more property adds a {@code @TestPropertySource}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.admin-user.password=" + PostgresSchema.ADMIN_PASSWORD,
    "zhicheng.demo.enabled=true",
    "zhicheng.organisation=classpath:organisation/demo.json",
    // Spring keeps every test class's context (and its pool) open for the run: small pools keep the suite well below
    // PostgreSQL's default of 100 connections, also when two checkouts test on one server
    "spring.datasource.hikari.maximum-pool-size=4",
    "spring.datasource.hikari.minimum-idle=0"})
@ActiveProfiles("postgres")
@interface PostgresAppTest {
}
