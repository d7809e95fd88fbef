package zhicheng.web;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An error nobody foresaw: the whole exception goes to the log under a short reference, the caller gets a Chinese
 * sentence and that reference — never the exception's message, which names classes, tables and SQL.
 */
final class Incident {

  private static final Logger LOG = LoggerFactory.getLogger(Incident.class);

  private Incident() {}

  /** Logs {@code t} and answers the sentence the caller reads, with the reference an administrator searches for. */
  static String record(String where, Throwable t) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("未预期的错误（编号 {}）：{}", reference, where, t);
    return "服务器处理请求时出错，请稍后重试；如仍出错，请将错误编号 " + reference + " 告知系统管理员";
  }
}
