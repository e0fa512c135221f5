package id.sigap.audit.web;

import id.sigap.audit.internal.AuditEventListener;
import id.sigap.audit.internal.RequestReads;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens the holder of a request's reads ({@link RequestReads}) and inserts what is still held when the request
 * ends, whether it succeeded or failed: whatever was read is in the log, in one statement and one commit instead of
 * one commit per entry. JSON bodies and pages are flushed earlier, before a byte is written ({@link
 * ReadsFlushPoints}); this is the last resort (errors, streamed responses). If the entries cannot be stored and the
 * response is not sent yet, the request fails.
 */
class RequestAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestAuditFilter.class);

    private final AuditEventListener listener;

    RequestAuditFilter(AuditEventListener listener) {
        this.listener = listener;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean completed = false;
        try (RequestReads.Scope scope = RequestReads.open()) {
            try {
                chain.doFilter(request, response);
                completed = true;
            } finally {
                flush(response, completed);
            }
        }
    }

    private void flush(HttpServletResponse response, boolean completed) {
        try {
            listener.flushHeldReads();
        } catch (RuntimeException e) {
            if (completed && !response.isCommitted()) {
                throw e;
            }
            log.error(
                    "audit entries of a request could not be stored ({})",
                    e.getClass().getSimpleName());
        }
    }
}
