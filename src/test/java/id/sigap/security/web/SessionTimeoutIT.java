package id.sigap.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The real server (Tomcat) ends a session after 30 minutes without a request, and its cookie is HttpOnly. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionTimeoutIT {

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext server;

    @Test
    void a_session_of_the_real_server_expires_after_thirty_idle_minutes() throws Exception {
        HttpResponse<Void> login = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the login page starts a session (CSRF token)"));
        assertThat(cookie).containsIgnoringCase("HttpOnly").contains("SameSite=Lax");
        String id = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));

        Context context = (Context)
                ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        assertThat(context.getSessionTimeout()).isEqualTo(30);
        assertThat(context.getManager().findSession(id).getMaxInactiveInterval())
                .isEqualTo(30 * 60);
    }
}
