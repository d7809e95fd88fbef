package zhicheng.documents;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up without a usable font ends in Spring Boot's short report, not in a page of stack traces. */
public class FontFailureAnalyzer extends AbstractFailureAnalyzer<FontUnavailableException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, FontUnavailableException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "设置 zhicheng.documents.font（环境变量 ZHICHENG_DOCUMENTS_FONT）为 TrueType 轮廓的中文字体文件，"
            + "或安装 fonts-wqy-zenhei（见 docs/operations.md「字体」）。", cause);
  }
}
