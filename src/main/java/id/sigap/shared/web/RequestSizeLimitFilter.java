package id.sigap.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized request bodies before anything reads them: forms and JSON above {@code sigap.max-form-bytes}
 * (1 MB), uploads (multipart) above {@code sigap.max-upload-bytes}, and forms sent in chunks that the server could
 * not read whole. A clear 413 in the caller's language instead of a silently truncated form or a server error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxFormBytes;
    private final long maxUploadBytes;
    private final MessageSource messages;

    public RequestSizeLimitFilter(
            @Value("${sigap.max-form-bytes:1048576}") long maxFormBytes,
            @Value("${sigap.max-upload-bytes:62914560}") long maxUploadBytes,
            MessageSource messages) {
        this.maxFormBytes = maxFormBytes;
        this.maxUploadBytes = maxUploadBytes;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        long limit = type.startsWith("multipart/") ? maxUploadBytes : maxFormBytes;
        if (length > limit
                || (length < 0 && type.startsWith("application/x-www-form-urlencoded") && unparsable(request))) {
            reject(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A form sent in chunks has no length to check: the server reads it (up to {@code server.tomcat.max-http-form-post-size})
     * and refuses to hand out any field of a longer one; read it here so that this is a 413 too, not an error later.
     */
    private static boolean unparsable(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return false;
        } catch (IllegalStateException tooLarge) {
            return true;
        }
    }

    private void reject(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Languages.fromRequest(request);
        String msg = messages.getMessage("error.request.too-large", null, "Request too large", locale);
        response.setStatus(413);
        response.setHeader("Connection", "close");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"urn:sigap:problem:request.too-large\",\"title\":\"Content Too Large\","
                            + "\"status\":413,\"code\":\"request.too-large\",\"detail\":\"" + Languages.jsonEscape(msg)
                            + "\"}");
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter()
                    .write("<!doctype html><html lang=\"" + locale.getLanguage() + "\"><meta charset=\"utf-8\">"
                            + "<title>413</title><main style=\"font-family:sans-serif;max-width:40rem;margin:2rem auto\">"
                            + "<h1>413</h1><p>" + org.springframework.web.util.HtmlUtils.htmlEscape(msg)
                            + "</p><p><a href=\"javascript:history.back()\">&larr;</a></p></main></html>");
        }
    }
}
