package id.sigap.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One signed-in person's HTTP client (java.net.http, HTTP/1.1, its own cookie jar): signs in through the login form
 * like a browser (CSRF token from the form, session cookie), then sends GETs with that session.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client;

    Browser(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs in; fails unless the form login redirects away from the login page. */
    Browser signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = client.send(
                HttpRequest.newBuilder(base.resolve("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("GET /login answered " + form.statusCode() + " without a CSRF token");
        }
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<Void> posted = client.send(
                HttpRequest.newBuilder(base.resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException(
                    "signing in as " + username + " failed (" + posted.statusCode() + " → " + location + ")");
        }
        return this;
    }

    /** GET {@code path}; the body as text, or an exception unless the status is 200. */
    String get(String path, String accept) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Accept", accept)
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path.replaceAll("\\?.*", "?…") + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** POST JSON with the session (CSRF header from the session's token is not needed: API calls use tokens). */
    HttpResponse<String> postJson(String path, String json, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
