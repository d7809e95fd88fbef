package zhicheng.process;

import java.sql.Connection;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reviewers' task lists in time linear in their open tasks (issue 14): the engine's task and variable list and count
 * statements reach the database with their authorization check written as {@link TaskGrantsSql} writes it, the same
 * grants of the same user and groups, checked by hashed membership instead of a join PostgreSQL runs as rows × grants;
 * and, on PostgreSQL, the engine's per-command question which groups hold grants at all is answered by an index walk
 * ({@link AuthorizedGroupsSql}) instead of reading every grant. Who sees which task or variable does not change; the
 * engine still decides it, in the same statement (docs/operations.md, Performance).
 *
 * <p>A MyBatis interceptor on the engine's own session factory, added after the engine built it: every statement
 * prepared afterwards passes it, and only these statements are touched. A statement of another shape
 * (after an engine upgrade, or with {@code authorizationCheckRevokes}, whose check is no join) goes to the database
 * unchanged, and the first such is logged; {@code TaskGrantsIntegrationTest} and {@code TaskGrantsPluginTest} fail
 * if the engine's statements stop being rewritten.
 */
@Component
public class TaskGrantsPlugin implements ProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(TaskGrantsPlugin.class);

  /** The variable list and count (VariableInstance.xml: Tasklist's list columns, read for a page's tasks). */
  static final Set<String> VARIABLE_QUERIES = Set.of(
      "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity.selectVariableInstanceByQueryCriteria",
      "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity.selectVariableInstanceCountByQueryCriteria");
  /**
   * The engine's task list and count (Task.xml) and the variable queries: the statements whose grants join is
   * rewritten; no database has statements of its own for them.
   */
  static final Set<String> GRANT_CHECKED_QUERIES = Stream.concat(Stream.of(
      "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria",
      "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria"),
      VARIABLE_QUERIES.stream()).collect(Collectors.toUnmodifiableSet());
  /** The variables of listed scopes (tasks, executions): Tasklist's list columns, a form's variables. */
  private static final Pattern LISTED_SCOPES = Pattern.compile("\\bRES\\.VAR_SCOPE_\\s+in\\s*\\(", Pattern.CASE_INSENSITIVE);

  /** Which groups hold any grant (Authorization.xml), asked once in every command that checks authorizations. */
  static final String AUTHORIZED_GROUPS =
      "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.selectAuthorizedGroupIds";

  private final AtomicLong rewritten = new AtomicLong();
  private final AtomicLong leftAlone = new AtomicLong();
  private final AtomicBoolean warned = new AtomicBoolean();
  private final AtomicLong groupWalks = new AtomicLong();
  /** Whether the engine's database is PostgreSQL, where the groups' index walk is written. */
  private volatile boolean postgres;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // the session factory is built during init
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    postgres = "postgres".equals(configuration.getDatabaseType());
    configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Rewrite());
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    // nothing after
  }

  /** How many authorization-checked task queries went to the database rewritten. */
  public long rewritten() {
    return rewritten.get();
  }

  /** How many times the groups holding grants were read by the index walk (PostgreSQL). */
  public long groupWalks() {
    return groupWalks.get();
  }

  /** How many went unchanged because they were not of the shape the rewrite knows. */
  public long leftAlone() {
    return leftAlone.get();
  }

  /** The engine's join of the grants; with {@code authorizationCheckRevokes} the check is per row and has none. */
  private static final Pattern GRANTS_JOIN = Pattern.compile("\\bAUTH\\s+ON\\b", Pattern.CASE_INSENSITIVE);

  /** Whether a statement is a task or variable query that joins the grants, the only ones worth looking at. */
  private static boolean joinsGrants(MappedStatement statement, String sql) {
    return GRANT_CHECKED_QUERIES.contains(statement.getId()) && GRANTS_JOIN.matcher(sql).find();
  }

  @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
  final class Rewrite implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      StatementHandler handler = (StatementHandler) invocation.getTarget();
      // the engine's handler is MyBatis's routing one; its delegate holds the statement and the SQL it made
      MetaObject meta = SystemMetaObject.forObject(handler);
      if (meta.hasGetter("delegate.mappedStatement")) {
        MappedStatement statement = (MappedStatement) meta.getValue("delegate.mappedStatement");
        String sql = handler.getBoundSql().getSql();
        if (postgres && AUTHORIZED_GROUPS.equals(statement.getId())) {
          Optional<String> walk = AuthorizedGroupsSql.rewrite(sql);
          if (walk.isPresent()) {
            meta.setValue("delegate.boundSql.sql", walk.get());
            groupWalks.incrementAndGet();
          } else {
            leftAlone.incrementAndGet();
            warnOnce(statement, sql);
          }
        } else if (joinsGrants(statement, sql)) {
          // few rows (the variables of listed tasks): each row's grants by index; many: all grants hashed once
          boolean fewRows = VARIABLE_QUERIES.contains(statement.getId()) && LISTED_SCOPES.matcher(sql).find();
          Optional<String> faster = fewRows ? TaskGrantsSql.probePerRow(sql) : TaskGrantsSql.rewrite(sql);
          if (faster.isPresent()) {
            meta.setValue("delegate.boundSql.sql", faster.get());
            rewritten.incrementAndGet();
            LOG.debug("{} rewritten: {}", statement.getId(), faster.get());
          } else {
            leftAlone.incrementAndGet();
            warnOnce(statement, sql);
          }
        }
      }
      return invocation.proceed();
    }

    private void warnOnce(MappedStatement statement, String sql) {
      if (warned.compareAndSet(false, true)) {
        LOG.warn("引擎查询的授权检查不是预期的形式，未改写（审核人员的待办列表在大数据量下会变慢）: {} {}",
            statement.getId(), sql.replaceAll("\\s+", " "));
      }
    }

    @Override
    public Object plugin(Object target) {
      return target instanceof StatementHandler ? Plugin.wrap(target, this) : target;
    }

    @Override
    public void setProperties(Properties properties) {
      // none
    }
  }
}
