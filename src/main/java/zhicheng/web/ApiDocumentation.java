package zhicheng.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The /api description (OpenAPI 3, springdoc): at {@code /api/openapi}, with Swagger UI at {@code /api/docs}, both
 * behind /api's own sign-in (docs/api.md, OpenAPI, says why). Every operation needs HTTP basic but the public
 * certificate check, and every one may answer 401 with the error shape of all /api errors ({@link ApiError});
 * the other error answers come from {@link ApiExceptionHandler}.
 */
@Configuration
public class ApiDocumentation {

  static final String BASIC = "basic";
  static final String ERROR_SCHEMA = "ApiError";
  /** The one operation anybody may call: a certificate's QR code leads there. */
  static final String PUBLIC_PATH = "/api/certificates/{code}";

  @Bean
  OpenAPI zhichengOpenApi() {
    Components components = new Components()
        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
            .description("职称评审系统的用户名和密码（与 Tasklist 相同）；在同一浏览器已登录 Tasklist 时，GET 请求也可凭其登录状态"));
    ModelConverters.getInstance().read(ApiError.class).forEach(components::addSchemas);
    return new OpenAPI()
        .info(new Info().title("职称评审 JSON API").version("1")
            .description("申报、审核、文书、缴费、公示异议、诚信记录、申报计划与工作日历。除证书查验外均须登录（HTTP Basic）。"
                + "错误一律以 ApiError 表示：error 为可据以改正的中文说明，findings 为逐条的问题（有多条时）；"
                + "被拒绝的请求不作任何更改。详见 docs/api.md。"))
        .components(components)
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  /** 401 on every signed-in operation; none on the public certificate check, which needs no sign-in. */
  @Bean
  OpenApiCustomizer signInAnswers() {
    return api -> api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
      if (path.equals(PUBLIC_PATH)) {
        operation.setSecurity(java.util.List.of());
        return;
      }
      operation.getResponses().addApiResponse("401", new ApiResponse()
          .description("未登录或用户名、密码不正确")
          .content(new Content().addMediaType("application/json",
              new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA)))));
    }));
  }
}
