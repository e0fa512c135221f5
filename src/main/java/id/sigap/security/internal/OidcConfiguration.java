package id.sigap.security.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * Sign-in through an OpenID Connect provider, only when {@code sigap.oidc.issuer-uri} (env
 * {@code SIGAP_OIDC_ISSUER_URI}) is set; client id and secret from {@code sigap.oidc.client-id} /
 * {@code sigap.oidc.client-secret} ({@code SIGAP_OIDC_CLIENT_ID} / {@code SIGAP_OIDC_CLIENT_SECRET}). The provider's
 * discovery document is read at start-up. Redirect URI to register at the provider:
 * {@code https://<host>/login/oauth2/code/oidc}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${sigap.oidc.issuer-uri:${SIGAP_OIDC_ISSUER_URI:}}'.isEmpty()")
class OidcConfiguration {

    static final String REGISTRATION = "oidc";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(
            @Value("${sigap.oidc.issuer-uri:${SIGAP_OIDC_ISSUER_URI:}}") String issuer,
            @Value("${sigap.oidc.client-id:${SIGAP_OIDC_CLIENT_ID:sigap}}") String clientId,
            @Value("${sigap.oidc.client-secret:${SIGAP_OIDC_CLIENT_SECRET:}}") String clientSecret) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuer)
                .registrationId(REGISTRATION)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .scope("openid", "profile", "email")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
