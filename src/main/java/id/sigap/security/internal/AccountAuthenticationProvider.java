package id.sigap.security.internal;

import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Form login against the Sigap accounts: the principal becomes a {@link id.sigap.security.SigapUser}. */
@Component
public class AccountAuthenticationProvider implements AuthenticationProvider {

    private final LocalLogin login;
    private final Clock clock;

    AccountAuthenticationProvider(LocalLogin login, Clock clock) {
        this.login = login;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        return login.authenticate(username, credentials == null ? null : credentials.toString())
                .map(user -> {
                    SigapAuthentication result =
                            new SigapAuthentication(user, SigapAuthentication.Method.PASSWORD, clock.instant());
                    result.setDetails(authentication.getDetails());
                    return (Authentication) result;
                })
                .orElseThrow(() -> new BadCredentialsException("auth.bad-credentials"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
