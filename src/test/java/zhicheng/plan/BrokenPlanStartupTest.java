package zhicheng.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import zhicheng.ZhichengApplication;

/**
 * The application itself refuses to start on a broken plan folder (setting {@code zhicheng.plans}), naming the
 * file and the field, as an administrator who copied last year's plan and made a mistake would see it.
 */
class BrokenPlanStartupTest {

  @Test
  void aMalformedPlanStopsStartUpNamingTheFileAndTheField(@TempDir Path plans) throws IOException {
    // next year's copy of seed 001 with the county placeholder misspelt in the preliminary committee's group
    String lishui = Files.readString(Path.of("plans/ls-2021-arts-crafts-intermediate.json"))
        .replace("\"id\": \"ls-2021-arts-crafts-intermediate\"", "\"id\": \"ls-2022-arts-crafts-intermediate\"")
        .replace("precommittee:{county}", "precommittee:{contry}");
    Files.writeString(plans.resolve("ls-2022-arts-crafts-intermediate.json"), lishui);
    Files.copy(Path.of("plans/hz-2023-hgqf-senior-engineer.json"), plans.resolve("hz-2023-hgqf-senior-engineer.json"));

    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ZhichengApplication.class)
        .properties(
            "spring.main.web-application-type=none",
            "spring.datasource.url=jdbc:h2:mem:broken-plan;DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false",
            "zhicheng.demo.enabled=false",
            "zhicheng.plans=file:" + plans + "/*.json")
        .run().close());

    Throwable cause = failure;
    while (cause != null && !(cause instanceof PlanFileException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("start-up fails because of the plan file, not of something else").isNotNull();
    assertThat(cause.getMessage()).isEqualTo("申报计划文件 ls-2022-arts-crafts-intermediate.json 的字段 chain[2].group "
        + "“precommittee:{contry}”含未知的占位符 {contry}（应为以下之一：{unit}、{county}、{city}、{dept}、{committee}）");
    FailureAnalysis report = new PlanFileFailureAnalyzer().analyze(failure);
    assertThat(report.getDescription()).isEqualTo(cause.getMessage());
    assertThat(report.getAction()).contains("zhicheng.plans");
  }
}
