package id.sigap.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sigap behind a TLS-terminating reverse proxy on the same machine (the usual installation): the real server (Tomcat
 * on a random port) takes the proxy's X-Forwarded headers, so HSTS is sent and the login redirect stays on https;
 * without them (plain http) there is no HSTS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ForwardedTlsIT {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<Void> send(String path, boolean viaTlsProxy) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (viaTlsProxy) {
            request.header("X-Forwarded-Proto", "https")
                    .header("X-Forwarded-Host", "sigap.example.id")
                    .header("X-Forwarded-For", "203.0.113.7");
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void behind_a_tls_proxy_pages_carry_hsts_and_plain_http_does_not() throws Exception {
        var proxied = send("/login", true);
        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        assertThat(proxied.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
        assertThat(proxied.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        var plain = send("/login", false);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behind_a_tls_proxy_the_login_redirect_stays_on_https_at_the_public_host() throws Exception {
        var proxied = send("/instansi", true);
        assertThat(proxied.statusCode()).isEqualTo(302);
        assertThat(proxied.headers().firstValue("Location")).hasValue("https://sigap.example.id/login");
    }
}
