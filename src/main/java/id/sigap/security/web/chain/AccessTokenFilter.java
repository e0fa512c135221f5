package id.sigap.security.web.chain;

import id.sigap.security.internal.AccessTokens;
import id.sigap.security.internal.SigapAuthentication;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer sgp_...} on {@code /api/**}: the request runs as the token's owner with the owner's
 * current grants (no session is created). A bad, expired or revoked token is a 401 at once, never a fallback to the
 * session.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    private final AccessTokens tokens;
    private final ApiProblems problems;
    private final Clock clock;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    AccessTokenFilter(AccessTokens tokens, ApiProblems problems, Clock clock) {
        this.tokens = tokens;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !(SecurityConfiguration.API.matches(request) && SecurityConfiguration.BEARER.matches(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader("Authorization").substring(7).trim();
        var user = tokens.authenticate(token);
        if (user.isEmpty()) {
            holder.clearContext();
            problems.write(request, response, 401, "auth.token-invalid");
            return;
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(
                new SigapAuthentication(user.get(), SigapAuthentication.Method.TOKEN, clock.instant()));
        holder.setContext(context);
        request.setAttribute(FreshGrantsFilter.FRESH, Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        } finally {
            holder.clearContext();
        }
    }
}
