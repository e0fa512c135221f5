package id.sigap.audit.web;

import id.sigap.audit.internal.AuditEventListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Inserts the reads held for the request ({@link id.sigap.audit.internal.RequestReads}) just before anything is written to the client: before a JSON (or other)
 * body is serialised, and before a page is rendered. A failure to store them then fails the request, so nothing
 * read reaches the client without its audit entry.
 */
@ControllerAdvice
class ReadsFlushPoints implements ResponseBodyAdvice<Object>, HandlerInterceptor {

    private final AuditEventListener listener;

    ReadsFlushPoints(AuditEventListener listener) {
        this.listener = listener;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        flush();
        return body;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView modelAndView) {
        flush();
    }

    private void flush() {
        listener.flushHeldReads();
    }
}
