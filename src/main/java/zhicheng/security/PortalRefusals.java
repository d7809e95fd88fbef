package zhicheng.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfException;

/** The 403 page of /portal: why, in Chinese, and the way back. */
final class PortalRefusals {

  private PortalRefusals() {
  }

  static String page(AccessDeniedException denied) {
    String why = denied instanceof CsrfException
        ? "页面已过期或提交来源无法确认（缺少有效的安全令牌），本次提交未被处理，没有保存任何内容。请返回后刷新页面再提交。"
        : "您无权进行此操作。";
    return """
        <!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
        <meta name="viewport" content="width=device-width, initial-scale=1"><title>无法处理 · 职称申报</title>
        <link rel="stylesheet" href="/portal/assets/portal.css"></head>
        <body><main class="page"><h1>无法处理</h1><p class="refusal" id="refusal">%s</p>
        <p><a href="/portal">返回我的申报</a></p></main></body></html>
        """.formatted(why);
  }
}
