package zhicheng.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** The one path /api answers without a login: reading one certificate by its code, and nothing beside it. */
class PublicCertificateCheckTest {

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
      "GET, /api/certificates/K7QP-3MZD-8RWX-TV2H, true",
      "HEAD, /api/certificates/K7QP-3MZD-8RWX-TV2H, true",
      "POST, /api/certificates/K7QP-3MZD-8RWX-TV2H, false",
      "DELETE, /api/certificates/K7QP-3MZD-8RWX-TV2H, false",
      "GET, /api/certificates, false",
      "GET, /api/certificates/, false",
      "GET, /api/certificates/K7QP/../../applications, false",
      "GET, /api/certificates/..;/applications, false",
      "GET, /api/certificates/K7QP;jsessionid=1, false",
      "GET, /api/certificates/K7QP%2F..%2Fapplications, false",
      "GET, /api/applications, false",
      "GET, /api/applications/1/documents, false"})
  void onlyReadingOneCertificateIsOpen(String method, String uri, boolean open) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
    assertThat(new PublicCertificateCheck().matches(request)).isEqualTo(open);
  }
}
