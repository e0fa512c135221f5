package id.sigap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import id.sigap.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of every module, read from Spring MVC, refuses somebody who is not signed in: the API answers 401
 * with a problem document, a page sends to the login page. The public endpoints are the listed ones, each with its
 * reason; a new public endpoint fails this test until it is listed here.
 */
@IntegrationTest
class AnonymousRefusalIT {

    /** Path prefixes open to everybody, with the reason. */
    static final Map<String, String> PUBLIC = Map.ofEntries(
            Map.entry("GET /login", "the login page"),
            Map.entry("GET /tentang", "the about page: what Sigap is and its data sources"),
            Map.entry("GET /api/v1/regions", "region reference data (contract)"),
            Map.entry("GET /api/v1/countries", "country reference data"),
            Map.entry("GET /lapor", "the public report form (anonymous reports allowed)"),
            Map.entry("POST /lapor", "the public report form (rate-limited, honeypot and time trap)"),
            Map.entry("POST /api/v1/reports", "the public report API (rate-limited)"),
            Map.entry("GET /api/v1/reports/status/", "the status of a report by its tracking code"),
            Map.entry("GET /statistik", "public statistics with suppression of small cells"),
            Map.entry("GET /api/v1/public/", "public statistics API with suppression of small cells"),
            Map.entry("POST /api/v1/auth/token", "exchanges username and password for a token (rate-limited)"));

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_endpoint_outside_the_public_list_refuses_somebody_not_signed_in() throws Exception {
        List<String> endpoints = new ArrayList<>();
        Set<String> problems = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("id.sigap")) {
                continue;
            }
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String key = method.name() + " " + pattern;
                    endpoints.add(key);
                    if (isPublic(key)) {
                        continue;
                    }
                    String path = pattern.replaceAll("\\{[^}]*}", "1").replace("/**", "/x");
                    MvcResult result = mvc.perform(request(HttpMethod.valueOf(method.name()), path)
                                    .with(csrf()))
                            .andReturn();
                    String refusal = refusal(path, result);
                    if (refusal != null) {
                        problems.add(key + " answered " + result.getResponse().getStatus() + ": " + refusal);
                    }
                }
            }
        }
        assertThat(endpoints).as("endpoints read from Spring MVC").hasSizeGreaterThan(200);
        assertThat(problems)
                .as("endpoints that do not refuse an anonymous caller")
                .isEmpty();
        for (String open : PUBLIC.keySet()) {
            assertThat(endpoints)
                    .as("public entry %s names an existing endpoint", open)
                    .anyMatch(k -> k.equals(open) || k.startsWith(open));
        }
    }

    private static boolean isPublic(String key) {
        return PUBLIC.keySet().stream()
                .anyMatch(p -> key.equals(p) || (p.endsWith("/") ? key.startsWith(p) : key.startsWith(p + "/")));
    }

    /** Null when the answer is a proper refusal, otherwise what is wrong with it. */
    private static String refusal(String path, MvcResult result) {
        var response = result.getResponse();
        if (path.startsWith("/api/")) {
            if (response.getStatus() != 401) {
                return "an API refusal is 401";
            }
            String type = response.getContentType();
            return type != null && type.startsWith("application/problem+json") ? null : "not problem+json";
        }
        String location = response.getRedirectedUrl();
        if (response.getStatus() == 302 && location != null && location.endsWith("/login")) {
            return null;
        }
        return "a page sends to /login";
    }
}
