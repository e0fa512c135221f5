package id.sigap.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SecurityIntegrationTest;
import id.sigap.security.SigapUser;
import id.sigap.security.StoredUsers;
import id.sigap.security.UserAccounts;
import id.sigap.security.internal.AccountStore;
import id.sigap.shared.AuditEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * OpenID Connect sign-in against a real OIDC provider process (mock-oauth2-server on a random port): the
 * authorization-code flow runs through Sigap's filters (MockMvc) and the provider (real HTTP), and the token
 * exchange goes from Sigap to the provider over real HTTP.
 */
@SecurityIntegrationTest
@RecordApplicationEvents
class OidcLoginIT {

    static final String ISSUER = "sigap-idp";
    static final String CLIENT_ID = "sigap-test-client";
    static final MockOAuth2Server PROVIDER = started();

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        registry.add("sigap.oidc.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
        registry.add("sigap.oidc.client-id", () -> CLIENT_ID);
        registry.add("sigap.oidc.client-secret", () -> "test-secret");
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AccountStore store;

    @Autowired
    ApplicationEvents events;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Runs the whole flow for a person the provider knows as {@code claims}; returns Sigap's final answer. */
    private MvcResult signInAtProvider(Map<String, Object> claims) throws Exception {
        MvcResult start = mvc.perform(get("/oauth2/authorization/oidc"))
                .andExpect(status().isFound())
                .andReturn();
        MockHttpSession session = (MockHttpSession) start.getRequest().getSession(false);
        String authorize = start.getResponse().getRedirectedUrl();
        assertThat(authorize).startsWith(PROVIDER.issuerUrl(ISSUER).toString());

        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER, "person-" + claims.hashCode(), "JWT", List.of(CLIENT_ID), claims, 600));
        HttpResponse<String> atProvider = http.send(
                HttpRequest.newBuilder(URI.create(authorize)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(atProvider.statusCode()).isEqualTo(302);
        var callback = UriComponentsBuilder.fromUriString(
                        atProvider.headers().firstValue("Location").orElseThrow())
                .build()
                .getQueryParams();
        assertThat(callback.getFirst("code")).isNotBlank();

        return mvc.perform(get("/login/oauth2/code/oidc")
                        .param("code", decode(callback.getFirst("code")))
                        .param("state", decode(callback.getFirst("state")))
                        .session(session))
                .andExpect(status().isFound())
                .andReturn();
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void the_login_page_offers_the_provider() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("/oauth2/authorization/oidc")));
    }

    @Test
    void a_person_known_to_sigap_lands_signed_in_as_the_mapped_account() throws Exception {
        SigapUser user = StoredUsers.create(accounts, 7, new Grant(Role.INVESTIGATOR, "53.71"));

        MvcResult done =
                signInAtProvider(Map.of("preferred_username", user.username().toUpperCase()));

        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/");
        MockHttpSession session = (MockHttpSession) done.getRequest().getSession(false);
        mvc.perform(get("/api/v1/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(user.id()))
                .andExpect(jsonPath("$.username").value(user.username()))
                .andExpect(jsonPath("$.grants[0].role").value("INVESTIGATOR"));
        mvc.perform(get("/akun").session(session)).andExpect(status().isOk());
        assertThat(events.stream(AuditEvent.class).filter(e -> e.action() == AuditEvent.Action.LOGIN))
                .anySatisfy(e -> {
                    assertThat(e.actorUserId()).isEqualTo(user.id());
                    assertThat(e.detail()).isEqualTo("oidc");
                });
    }

    @Test
    void a_person_is_found_by_e_mail_when_the_provider_sends_no_username() throws Exception {
        String email = StoredUsers.uniqueUsername("surel") + "@kupangkota.go.id";
        SigapUser user = accounts.provision(new UserAccounts.NewAccount(
                StoredUsers.uniqueUsername("surel"), "Lewat Surel", email, 7, StoredUsers.PASSWORD, List.of()));

        MvcResult done = signInAtProvider(Map.of("email", email));

        MockHttpSession session = (MockHttpSession) done.getRequest().getSession(false);
        mvc.perform(get("/api/v1/me").session(session))
                .andExpect(jsonPath("$.id").value(user.id()));
    }

    @Test
    void an_unknown_person_is_refused_with_a_clear_message_and_nothing_is_created() throws Exception {
        String stranger = StoredUsers.uniqueUsername("asing");

        MvcResult done = signInAtProvider(Map.of("preferred_username", stranger));

        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/login?oidc=unknown");
        MockHttpSession session = (MockHttpSession) done.getRequest().getSession(false);
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
        mvc.perform(get("/login").param("oidc", "unknown"))
                .andExpect(content().string(containsString("tidak terhubung dengan akun Sigap")));
        assertThat(store.findByUsername(stranger)).isEmpty();
        assertThat(events.stream(AuditEvent.class).filter(e -> e.action() == AuditEvent.Action.LOGIN_FAILED))
                .isNotEmpty();
    }

    @Test
    void a_disabled_account_is_refused_too() throws Exception {
        SigapUser user = StoredUsers.create(accounts, 7, new Grant(Role.ANALYST, "53"));
        var a = store.find(user.id()).orElseThrow();
        store.setEnabled(a.id(), a.version(), false);

        MvcResult done = signInAtProvider(Map.of("preferred_username", user.username()));

        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/login?oidc=unknown");
    }
}
