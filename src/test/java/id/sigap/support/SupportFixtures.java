package id.sigap.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.security.SigapUser;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Requests the support tests repeat: persons added to a case, JSON bodies, ids out of responses. */
public final class SupportFixtures {

    private SupportFixtures() {}

    /** Adds a person in {@code role} (child when {@code age} < 18) to the case; returns the person's id. */
    public static long addPerson(MockMvc mvc, long caseId, SigapUser by, String role, String name, int age)
            throws Exception {
        var result = mvc.perform(json(
                        post("/api/v1/cases/{id}/persons", caseId),
                        by,
                        Map.of("role", role, "fullName", name, "estimatedAge", age, "sex", "F", "regionCode", "53.71")))
                .andExpect(status().isCreated());
        return id(result);
    }

    public static MockHttpServletRequestBuilder json(
            MockHttpServletRequestBuilder request, SigapUser by, Map<String, ?> body) {
        return request.with(TestUsers.as(by))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(body));
    }

    public static String json(Map<String, ?> body) {
        return body.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + value(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return "\"" + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The {@code id} of a JSON response body. */
    public static long id(ResultActions result) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString();
        var m = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(body);
        if (!m.find()) {
            throw new AssertionError("no id in " + body);
        }
        return Long.parseLong(m.group(1));
    }
}
