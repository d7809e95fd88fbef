package zhicheng.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.junit.jupiter.api.Test;

/** What the engine REST API answers for the failures no integration test can provoke on purpose. */
class EngineAnswersTest {

  @Test
  void anUnexpectedErrorIsAChineseSentenceWithAReference() {
    Response r = EngineAnswers.to(new IllegalStateException("ERROR: relation act_ru_case_execution does not exist"),
        null);
    assertThat(r.getStatus()).isEqualTo(500);
    EngineAnswers.FaultDto body = (EngineAnswers.FaultDto) r.getEntity();
    assertThat(body.type()).isEqualTo("ServerError");
    assertThat(body.message()).contains("错误编号").doesNotContain("act_", "Exception", "relation");
  }

  /** Camunda's REST layer reads a variable given as null with a null pointer: the request was wrong, not the server. */
  @Test
  void aFailureWhileReadingTheRequestIsA400() {
    NullPointerException npe = new NullPointerException("Cannot invoke \"VariableValueDto.toTypedValue\"");
    npe.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("org.camunda.bpm.engine.rest.dto.VariableValueDto", "toMap", "VariableValueDto.java", 154),
        new StackTraceElement("org.camunda.bpm.engine.rest.sub.repository.impl.ProcessDefinitionResourceImpl",
            "startProcessInstance", "ProcessDefinitionResourceImpl.java", 120)});
    Response r = EngineAnswers.to(npe, null);
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(((EngineAnswers.FaultDto) r.getEntity()).message()).startsWith("请求内容格式不正确");
  }

  /** The same exception inside an engine command is the server's: 500 with a reference. */
  @Test
  void aNullPointerInsideTheEngineStaysAServerError() {
    NullPointerException npe = new NullPointerException();
    npe.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("zhicheng.application.SomeListener", "notify", "SomeListener.java", 1),
        new StackTraceElement("org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext", "performOperation",
            "CommandInvocationContext.java", 1),
        new StackTraceElement("org.camunda.bpm.engine.rest.sub.task.impl.TaskResourceImpl", "complete",
            "TaskResourceImpl.java", 1)});
    assertThat(EngineAnswers.to(npe, null).getStatus()).isEqualTo(500);
  }

  @Test
  void camundasClientErrorsNameNoClass() {
    ExceptionDto empty = new ExceptionDto();
    empty.setType("InvalidRequestException");
    empty.setMessage("");
    Response cleaned = ClientFaults.cleaned(Response.status(400).entity(empty).build(), "task/1/complete");
    ClientFaults.ClientFaultDto body = (ClientFaults.ClientFaultDto) cleaned.getEntity();
    assertThat(cleaned.getStatus()).isEqualTo(400);
    assertThat(body.type()).isEqualTo("BadRequest");
    assertThat(body.message()).startsWith("请求不正确");

    ExceptionDto jackson = new ExceptionDto();
    jackson.setType("InvalidRequestException");
    jackson.setMessage("Cannot deserialize value of type `java.lang.Integer` from String \"abc\"");
    assertThat(((ClientFaults.ClientFaultDto) ClientFaults.cleaned(Response.status(400).entity(jackson).build(), null)
        .getEntity()).message()).doesNotContain("java.", "`");

    ExceptionDto plain = new ExceptionDto();
    plain.setType("InvalidRequestException");
    plain.setMessage("No deployment resources contained in the form upload.");
    assertThat(((ClientFaults.ClientFaultDto) ClientFaults.cleaned(Response.status(400).entity(plain).build(), null)
        .getEntity()).message()).isEqualTo("No deployment resources contained in the form upload.");
  }

  /** Tasklist and Cockpit test the authorization refusal's type: it stays Camunda's. */
  @Test
  void theAuthorizationRefusalStaysWhole() {
    AuthorizationExceptionDto dto = new AuthorizationExceptionDto();
    dto.setType("AuthorizationException");
    dto.setMessage("“职称申报”的开始表单中没有这些项");
    Response camunda = Response.status(403).entity(dto).build();
    assertThat(ClientFaults.cleaned(camunda, null)).isSameAs(camunda);
  }
}
