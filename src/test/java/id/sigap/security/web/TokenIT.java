package id.sigap.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.sigap.security.Grant;
import id.sigap.security.MutableClock;
import id.sigap.security.Role;
import id.sigap.security.SecurityIntegrationTest;
import id.sigap.security.SigapUser;
import id.sigap.security.StoredUsers;
import id.sigap.security.UserAccounts;
import id.sigap.security.internal.AccessTokens;
import id.sigap.shared.AuditEvent;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SecurityIntegrationTest
@RecordApplicationEvents
class TokenIT {

    private static final Pattern TOKEN = Pattern.compile("sgp_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private SigapUser kupangCaseWorker() {
        return StoredUsers.create(accounts, 7, new Grant(Role.CASE_WORKER, "53.71"));
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    private static String uniqueAddress() {
        return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
                + (int) (Math.random() * 250);
    }

    private String createInUi(MockHttpSession session, String name) throws Exception {
        String html = mvc.perform(post("/akun/token")
                        .with(csrf())
                        .session(session)
                        .param("name", name)
                        .param("expiresInDays", "30"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("token shown once on the page").isTrue();
        return m.group();
    }

    @Test
    void a_token_created_in_the_ui_is_shown_once_and_authenticates_the_api_as_its_owner() throws Exception {
        SigapUser user = kupangCaseWorker();
        MockHttpSession session = StoredUsers.login(mvc, user);
        String token = createInUi(session, "sinkronisasi UPTD");

        mvc.perform(get("/akun/token").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sinkronisasi UPTD")))
                .andExpect(content().string(containsString(token.substring(0, 8))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));

        var result = mvc.perform(bearer(get("/api/v1/me"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user.username()))
                .andExpect(jsonPath("$.grants.length()").value(1))
                .andExpect(jsonPath("$.grants[0].regionCode").value("53.71"))
                .andReturn();
        assertThat(result.getRequest().getSession(false))
                .as("no session for token calls")
                .isNull();
        assertThat(events.stream(AuditEvent.class).filter(e -> e.action() == AuditEvent.Action.TOKEN_ISSUED))
                .anySatisfy(e -> assertThat(e.actorUserId()).isEqualTo(user.id()));
    }

    @Test
    void a_revoked_token_is_refused_at_once() throws Exception {
        SigapUser user = kupangCaseWorker();
        MockHttpSession session = StoredUsers.login(mvc, user);
        String token = createInUi(session, "skrip");
        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isOk());
        long id = tokens.of(user).getFirst().id();

        mvc.perform(post("/akun/token/{id}/cabut", id).with(csrf()).session(session))
                .andExpect(redirectedUrl("/akun/token"));

        mvc.perform(bearer(get("/api/v1/me"), token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("auth.token-invalid"));
        assertThat(events.stream(AuditEvent.class).filter(e -> e.action() == AuditEvent.Action.TOKEN_REVOKED))
                .anySatisfy(e -> assertThat(e.objectId()).isEqualTo(String.valueOf(id)));
    }

    @Test
    void a_token_ends_when_it_expires() throws Exception {
        SigapUser user = kupangCaseWorker();
        String token = tokens.issue(user, "sebentar", 7).token();
        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isOk());
        clock.advance(Duration.ofDays(8));
        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isUnauthorized());
    }

    @Test
    void a_bad_token_never_falls_back_to_the_session() throws Exception {
        MockHttpSession session = StoredUsers.login(mvc, kupangCaseWorker());
        mvc.perform(bearer(get("/api/v1/me"), "sgp_" + "x".repeat(43)).session(session))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.token-invalid"));
        mvc.perform(bearer(get("/api/v1/me"), "not-a-token")).andExpect(status().isUnauthorized());
    }

    @Test
    void a_token_acts_within_its_owner_scope_only() throws Exception {
        String token = tokens.issue(kupangCaseWorker(), "skrip", 30).token();
        mvc.perform(bearer(get("/api/v1/users"), token))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.denied"));
    }

    @Test
    void somebody_else_token_cannot_be_revoked() throws Exception {
        var other = tokens.issue(kupangCaseWorker(), "milik orang lain", 30);
        MockHttpSession session = StoredUsers.login(mvc, kupangCaseWorker());
        mvc.perform(post("/akun/token/{id}/cabut", other.id()).with(csrf()).session(session))
                .andExpect(status().isNotFound());
        mvc.perform(bearer(get("/api/v1/me"), other.token())).andExpect(status().isOk());
    }

    @Test
    void a_token_needs_a_name() throws Exception {
        MockHttpSession session = StoredUsers.login(mvc, kupangCaseWorker());
        mvc.perform(post("/akun/token").with(csrf()).session(session).param("name", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Wajib diisi")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("sgp_"))));
    }

    @Test
    void a_script_exchanges_username_and_password_for_a_token() throws Exception {
        SigapUser user = kupangCaseWorker();
        String body = mvc.perform(post("/api/v1/auth/token")
                        .with(from(uniqueAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + user.username() + "\",\"password\":\"" + StoredUsers.PASSWORD
                                + "\",\"name\":\"laporan harian\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token", startsWith("sgp_")))
                .andExpect(jsonPath("$.expiresAt").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = JsonPath.read(body, "$.token");
        mvc.perform(bearer(get("/api/v1/me"), token))
                .andExpect(jsonPath("$.username").value(user.username()));
        assertThat(tokens.of(user)).extracting(t -> t.name()).containsExactly("laporan harian");
    }

    @Test
    void a_wrong_password_at_the_token_endpoint_is_401_and_counts_towards_the_lockout() throws Exception {
        SigapUser user = kupangCaseWorker();
        String address = uniqueAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/v1/auth/token")
                            .with(from(address))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"" + user.username() + "\",\"password\":\"Wrong-" + i + "\"}"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("auth.bad-credentials"));
        }
        mvc.perform(post("/api/v1/auth/token")
                        .with(from(uniqueAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + user.username() + "\",\"password\":\"" + StoredUsers.PASSWORD
                                + "\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin(
                                "/login")
                        .user(user.username())
                        .password(StoredUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void the_token_endpoint_is_rate_limited_per_address() throws Exception {
        clock.freeze(); // the allowance refills with time: a slow machine must not earn an extra request
        String address = uniqueAddress();
        String body = "{\"username\":\"nobody-" + UUID.randomUUID() + "\",\"password\":\"x\"}";
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/api/v1/auth/token")
                            .with(from(address))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/v1/auth/token")
                        .with(from(address))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.code").value("auth.rate-limited"));
        // another address is not affected
        mvc.perform(post("/api/v1/auth/token")
                        .with(from(uniqueAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(post("/api/v1/auth/token")
                        .with(from(address))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());
    }
}
