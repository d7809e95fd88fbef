package zhicheng.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No /api request body is larger than {@code zhicheng.api.max-body-bytes} (1 MB): an /api body is a small JSON
 * document, held in memory whole before it is checked — one request of 20,000 holidays once exhausted the heap. The
 * achievements archive is the exception: its evidence PDFs come Base64 in the JSON, so writing an achievement
 * (POST/PUT under /api/achievements) may send up to {@code zhicheng.api.max-upload-bytes} (50 MB). A declared length over the limit is answered
 * 413 before anything is read; a body without a declared length is cut off where it passes the limit, and the
 * reading fails with {@link BodyTooLarge}, which {@link ApiExceptionHandler} answers 413 as well.
 */
public class ApiBodyLimit extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final long limit;
  private final long uploadLimit;

  public ApiBodyLimit(long limit, long uploadLimit) {
    this.limit = limit;
    this.uploadLimit = uploadLimit;
  }

  /** Writing an achievement carries its evidence files; every other body is a small document. */
  private long limitOf(HttpServletRequest request) {
    boolean writes = "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod());
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return writes && path.startsWith("/api/achievements") && !path.startsWith("/api/achievements/score")
        ? uploadLimit : limit;
  }

  /** The sentence of the 413, naming the limit. */
  static String message(long limit) {
    return "请求内容过大：超过 " + (limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit / 1024 + " KB")
        + " 的上限，未作任何处理";
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = limitOf(request);
    if (request.getContentLengthLong() > limit) {
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      JSON.writeValue(response.getWriter(), ApiError.of(message(limit)));
      return;
    }
    chain.doFilter(new Limited(request, limit), response);
  }

  /** A body read past the limit. */
  static final class BodyTooLarge extends IOException {
    final long limit;

    BodyTooLarge(long limit) {
      super("request body over " + limit + " bytes");
      this.limit = limit;
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0) {
            count(1);
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = in.read(buffer, offset, length);
          if (n > 0) {
            count(n);
          }
          return n;
        }

        private void count(int n) throws BodyTooLarge {
          read += n;
          if (read > limit) {
            throw new BodyTooLarge(limit);
          }
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }

  @Configuration
  static class Registration {
    @Bean
    FilterRegistrationBean<ApiBodyLimit> apiBodyLimit(@Value("${zhicheng.api.max-body-bytes:1048576}") long limit,
        @Value("${zhicheng.api.max-upload-bytes:52428800}") long uploadLimit) {
      FilterRegistrationBean<ApiBodyLimit> registration =
          new FilterRegistrationBean<>(new ApiBodyLimit(limit, uploadLimit));
      registration.addUrlPatterns("/api/*");
      return registration;
    }
  }
}
