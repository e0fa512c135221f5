package id.sigap.security.web;

import id.sigap.security.internal.AccessTokens;
import id.sigap.security.internal.LocalLogin;
import id.sigap.security.internal.TokenRateLimiter;
import id.sigap.shared.web.ApiController;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * {@code POST /api/v1/auth/token}: a script exchanges a username and password for a personal access token. Counts
 * towards the account lockout like the login form, and is rate-limited per client address.
 */
@ApiController
class TokenApiController {

    static final int DEFAULT_DAYS = 30;

    private final LocalLogin login;
    private final AccessTokens tokens;
    private final TokenRateLimiter limiter;
    private final MessageSource messages;

    TokenApiController(LocalLogin login, AccessTokens tokens, TokenRateLimiter limiter, MessageSource messages) {
        this.login = login;
        this.tokens = tokens;
        this.limiter = limiter;
        this.messages = messages;
    }

    record TokenRequest(String username, String password, String name, Integer expiresInDays) {
        @Override
        public String toString() {
            return "TokenRequest[name=" + name + "]"; // never the password
        }
    }

    record TokenResponse(String token, Instant expiresAt) {}

    @PostMapping(value = "/api/v1/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> issue(@RequestBody TokenRequest request, HttpServletRequest http) {
        long wait = limiter.secondsToWait(http.getRemoteAddr());
        if (wait > 0) {
            return problem(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", String.valueOf(wait))
                    .body(detail(HttpStatus.TOO_MANY_REQUESTS, "auth.rate-limited"));
        }
        var user = login.authenticate(request.username(), request.password());
        if (user.isEmpty()) {
            return problem(HttpStatus.UNAUTHORIZED)
                    .header("WWW-Authenticate", "Bearer realm=\"sigap\"")
                    .body(detail(HttpStatus.UNAUTHORIZED, "auth.bad-credentials"));
        }
        String name = request.name() == null || request.name().isBlank() ? "api" : request.name();
        int days = request.expiresInDays() == null ? DEFAULT_DAYS : request.expiresInDays();
        var issued = tokens.issue(user.get(), name, days);
        return ResponseEntity.status(HttpStatus.CREATED)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new TokenResponse(issued.token(), issued.expiresAt()));
    }

    private static ResponseEntity.BodyBuilder problem(HttpStatus status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private ProblemDetail detail(HttpStatus status, String code) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, messages.getMessage("error." + code, null, locale));
        p.setType(URI.create("urn:sigap:problem:" + code));
        p.setProperty("code", code);
        return p;
    }
}
