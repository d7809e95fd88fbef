package zhicheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import zhicheng.ZhichengApplication;

class AdminPasswordGuardTest {

  private final AdminPasswordGuard guard = new AdminPasswordGuard();

  @Test
  void postgresProfileWithoutAdminPasswordRefusesToStart() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(ZhichengApplication.class)
        .profiles("postgres").properties("camunda.bpm.admin-user.password=").run())
        .hasMessageContaining("拒绝启动：未配置管理员密码")
        .hasMessageContaining("ZHICHENG_ADMIN_PASSWORD");
  }

  @Test
  void shortPasswordIsRefusedOutsideTheDemo() {
    MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "admin");
    assertThatThrownBy(() -> guard.postProcessEnvironment(env, null)).hasMessageContaining("少于8位");
  }

  @Test
  void configuredPasswordOrDemoModeStarts() {
    guard.postProcessEnvironment(
        new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "a-long-secret"), null);
    guard.postProcessEnvironment(new MockEnvironment().withProperty("zhicheng.demo.enabled", "true"), null);
    assertThat(AdminPasswordGuard.problem("a-long-secret")).isNull();
    assertThat(AdminPasswordGuard.problem("  ")).isEqualTo("未配置管理员密码");
  }
}
