package zhicheng.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import zhicheng.process.Quoted;

/** Every /api error: a Chinese message a person can act on, and the individual findings when there are several. */
@Schema(name = "ApiError", description = "所有 /api 错误的形式；被拒绝的请求不作任何更改")
public record ApiError(
    @Schema(description = "可据以改正的中文说明，指明原因及所依据的通知文号和条款", example = "身份证号校验位不正确")
    String error,
    @Schema(description = "逐条的问题（有多条时），否则为空")
    List<String> findings) {

  /** Whatever built it, an answer quotes at most a few characters of the input ({@link Quoted}). */
  public ApiError {
    error = Quoted.in(error);
    findings = findings == null ? List.of() : findings.stream().map(Quoted::in).toList();
  }

  public static ApiError of(String message) {
    return new ApiError(message, List.of());
  }
}
