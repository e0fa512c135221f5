package id.sigap.security.web.chain;

import id.sigap.shared.web.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details written by the security filters (before any controller): 401 {@code auth.required}, 403
 * {@code access.denied}, 429 {@code auth.rate-limited}, in the shape of the shared problem handler.
 */
@Component
public class ApiProblems {

    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String code)
            throws IOException {
        Locale locale = Languages.fromRequest(request);
        String detail = messages.getMessage("error." + code, null, code, locale);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "urn:sigap:problem:" + code);
        p.put("title", HttpStatus.valueOf(status).getReasonPhrase());
        p.put("status", status);
        p.put("detail", detail);
        p.put("instance", request.getRequestURI());
        p.put("code", code);
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"sigap\"");
        }
        json.writeValue(response.getOutputStream(), p);
    }
}
