package zhicheng.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Outside the demo, the administrator's password must come from configuration. Checked before any bean
 * exists, so a misconfigured server never creates an administrator with a guessable password.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor {

  static final int MIN_LENGTH = 8;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    if (env.getProperty("zhicheng.demo.enabled", Boolean.class, false)) {
      return;
    }
    String problem = problem(env.getProperty("camunda.bpm.admin-user.password"));
    if (problem != null) {
      throw new IllegalStateException("拒绝启动：" + problem
          + "。请用环境变量 ZHICHENG_ADMIN_PASSWORD（或配置项 camunda.bpm.admin-user.password）设置管理员密码。");
    }
  }

  static String problem(String password) {
    if (password == null || password.isBlank()) {
      return "未配置管理员密码";
    }
    if (password.length() < MIN_LENGTH) {
      return "管理员密码少于" + MIN_LENGTH + "位";
    }
    return null;
  }
}
