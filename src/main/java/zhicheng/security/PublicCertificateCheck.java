package zhicheng.security;

import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one path /api answers without a login: reading {@code /api/certificates/{code}}, the public certificate
 * check a certificate's QR code leads to (whoever checks a certificate has no account here). Only GET/HEAD of
 * exactly that path shape, matched on the raw request URI, so no other path can slip through it.
 */
public class PublicCertificateCheck implements RequestMatcher {

  private static final Set<String> READING = Set.of("GET", "HEAD");
  private static final Pattern PATH = Pattern.compile("/api/certificates/[A-Za-z0-9-]{1,64}");

  @Override
  public boolean matches(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return READING.contains(request.getMethod()) && PATH.matcher(path).matches();
  }
}
