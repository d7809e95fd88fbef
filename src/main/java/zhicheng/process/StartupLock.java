package zhicheng.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Nodes sharing one PostgreSQL schema start one at a time: whatever a start writes is written by one node while the
 * others wait. Found in issue 18: two nodes started together on an empty database and one failed, because the engine
 * checks whether its tables exist and then creates them (camunda.bpm.database.schema-update), and two nodes both found
 * none. Flyway takes an advisory lock of its own for the app's migrations, but the engine's schema, its first rows
 * (history level, the deployment lock), the administrator, the organisation's groups, the Tasklist filters and the
 * deployments are all "look, then create", so a lock around the migrations alone is not enough.
 *
 * <p>The lock is taken when the data source is made, before anything has read or written through it (Flyway, the
 * engine and every store get the data source from Spring after this), and released once the node is ready: the next
 * node then finds everything made and only reads it. It is a PostgreSQL session advisory lock on one pooled connection,
 * keyed by the schema, so nodes of other schemas on the same server do not wait; if the node dies while starting, the
 * server ends its session and the lock with it. A node waits at most {@link #WAIT} for another's start. The embedded H2
 * file is one process's (H2 locks the file), so there is nothing to take there.
 */
@Component
public class StartupLock implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent>, DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);
  /** The first key of the two-key advisory lock: this app's start (the second is the schema's hash, hashtext). */
  public static final int APP_KEY = 0x7a686963; // "zhic"
  /** How long a node waits for another's start before giving up: a first start on an empty schema takes well under. */
  static final String WAIT = "5min";

  private Connection held;
  /** The first data source made is the one every start-up writer uses; another (a wrapper of it) changes nothing. */
  private boolean asked;

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
    if (bean instanceof DataSource dataSource && !asked) {
      take(dataSource);
    }
    return bean;
  }

  private synchronized void take(DataSource dataSource) {
    asked = true;
    try {
      Connection connection = dataSource.getConnection();
      if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
        connection.close();
        return;
      }
      long started = System.nanoTime();
      try (Statement s = connection.createStatement()) {
        s.execute("SET lock_timeout = '" + WAIT + "'");
        s.execute("SELECT pg_advisory_lock(" + APP_KEY + ", hashtext(current_schema()))");
        s.execute("RESET lock_timeout");
      }
      held = connection;
      long waited = (System.nanoTime() - started) / 1_000_000;
      LOG.info("启动锁已取得（等待 {} 毫秒）：本节点启动期间，同一数据库模式的其他节点等待", waited);
    } catch (SQLException e) {
      throw new IllegalStateException("启动锁未能取得：另一节点的启动超过 " + WAIT + " 仍未完成，或数据库不可用", e);
    }
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    release();
  }

  @Override
  public void destroy() {
    release();
  }

  private synchronized void release() {
    if (held == null) {
      return;
    }
    try (Connection connection = held; Statement s = connection.createStatement()) {
      s.execute("SELECT pg_advisory_unlock(" + APP_KEY + ", hashtext(current_schema()))");
    } catch (SQLException e) {
      // the connection is closed or broken: the server has ended the session, and the lock with it
      LOG.warn("启动锁释放时连接已断开（会话结束即释放）：{}", e.getMessage());
    } finally {
      held = null;
    }
  }
}
