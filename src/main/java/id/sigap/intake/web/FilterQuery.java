package id.sigap.intake.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import org.springframework.util.MultiValueMap;

/** The filter of a list as a canonical, form-encoded query string: only the list's own parameters, non-blank. */
final class FilterQuery {

    private FilterQuery() {}

    static String of(MultiValueMap<String, String> params, List<String> allowed) {
        StringJoiner q = new StringJoiner("&");
        for (String name : allowed) {
            for (String v : params.getOrDefault(name, List.of())) {
                if (v != null && !v.isBlank()) {
                    q.add(name + "=" + URLEncoder.encode(v.strip(), StandardCharsets.UTF_8));
                }
            }
        }
        return q.toString();
    }
}
