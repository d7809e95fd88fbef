package zhicheng.plan;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A malformed plan file ends start-up in Spring Boot's short report naming the file and the field. */
public class PlanFileFailureAnalyzer extends AbstractFailureAnalyzer<PlanFileException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, PlanFileException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "修改该申报计划文件后重新启动（计划文件所在位置由配置项 zhicheng.plans 指定，默认为 plans/；"
            + "各字段的含义见 docs/administrators.md「申报计划」）。", cause);
  }
}
