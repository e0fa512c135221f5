package id.sigap.security.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Maps a person signed in at the OpenID Connect provider to an existing, enabled Sigap account: by the
 * {@code preferred_username} claim (the Sigap username), else by the {@code email} claim (a username or the
 * account's unique e-mail address). Nobody is created: an unknown person is refused and the refusal audited.
 */
@Component
public class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    public static final String UNKNOWN_USER = "sigap_unknown_user";

    private final OidcUserService provider = new OidcUserService();
    private final AccountStore accounts;
    private final SecurityAudit audit;
    private final Clock clock;

    OidcAccounts(AccountStore accounts, SecurityAudit audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        Optional<Account> account = account(person);
        if (account.isEmpty() || !account.get().enabled()) {
            audit.failed(account.map(Account::id).orElse(null));
            throw new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_USER), UNKNOWN_USER);
        }
        return person;
    }

    /** The Sigap account of the provider's person, if there is exactly one. */
    public Optional<Account> account(OidcUser person) {
        Optional<Account> byUsername = accounts.findByUsername(person.getPreferredUsername());
        if (byUsername.isPresent()) {
            return byUsername;
        }
        String email = person.getEmail();
        Optional<Account> byEmailAsUsername = accounts.findByUsername(email);
        if (byEmailAsUsername.isPresent()) {
            return byEmailAsUsername;
        }
        List<Account> byEmail = accounts.findByEmail(email);
        return byEmail.size() == 1 ? Optional.of(byEmail.getFirst()) : Optional.empty();
    }

    public Clock clock() {
        return clock;
    }
}
