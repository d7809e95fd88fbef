package zhicheng.web;

import java.util.Arrays;

import org.camunda.spin.spi.SpinDataFormatException;

import zhicheng.process.Causes;

/**
 * A request the engine REST API could not turn into values: Camunda's REST layer reads a variable given as
 * {@code null} with a null pointer, a {@code File} without its {@code valueInfo} with an IllegalArgumentException, and
 * its mappers answer 500 as if the server were broken. Such a failure is thrown in the REST layer before any engine
 * command ran: nothing was read or changed, and the request is what was wrong, so it is a 400. So is a {@code Json}
 * variable whose text is no JSON the engine can read (Spin's parser refuses it when a step reads the variable).
 */
final class MalformedRequest {

  static final String MESSAGE = "请求内容格式不正确：变量的值缺少，或其类型、格式不正确（例如 {\"value\": …, \"type\": \"String\"}），未作任何处理";

  private MalformedRequest() {}

  static boolean in(Throwable t) {
    return Causes.of(t).anyMatch(c -> c instanceof SpinDataFormatException
        || (c instanceof NullPointerException || c instanceof IllegalArgumentException
        || c instanceof ClassCastException) && readingTheRequest(c.getStackTrace()));
  }

  /** Thrown where the REST layer reads the request, before any engine command (whose interceptors run it). */
  private static boolean readingTheRequest(StackTraceElement[] stack) {
    return Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("org.camunda.bpm.engine.rest."))
        && Arrays.stream(stack).noneMatch(f -> f.getClassName().startsWith("org.camunda.bpm.engine.impl.interceptor."));
  }
}
