package id.sigap.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.security.Grant;
import id.sigap.security.MutableClock;
import id.sigap.security.Role;
import id.sigap.security.SecurityIntegrationTest;
import id.sigap.security.SigapUser;
import id.sigap.security.StoredUsers;
import id.sigap.security.UserAccounts;
import id.sigap.security.internal.GrantStore;
import id.sigap.security.internal.SigapAuthentication;
import id.sigap.shared.AuditEvent;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SecurityIntegrationTest
@RecordApplicationEvents
class LoginIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    GrantStore grants;

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

    private ResultActions attempt(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password));
    }

    private long audited(AuditEvent.Action action, String objectId) {
        return events.stream(AuditEvent.class)
                .filter(e -> e.action() == action)
                .filter(e -> objectId == null ? e.objectId() == null : objectId.equals(e.objectId()))
                .count();
    }

    @Test
    void the_login_page_is_public_accessible_and_switches_language() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"username\"")))
                .andExpect(content().string(containsString("Masuk ke Sigap")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Sign in to Sigap")));
    }

    @Test
    void pages_carry_the_security_headers() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                containsString("img-src 'self' data: https://*.tile.openstreetmap.org")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
    }

    @Test
    void a_user_signs_in_with_a_new_session_id_and_is_audited() throws Exception {
        SigapUser user = kupangCaseWorker();
        MockHttpSession before = new MockHttpSession();
        String oldId = before.getId();

        var result = mvc.perform(formLogin("/login").user(user.username()).password(StoredUsers.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn();

        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(session.getId()).isNotEqualTo(oldId);
        SecurityContext context = (SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context.getAuthentication()).isInstanceOf(SigapAuthentication.class);
        assertThat(context.getAuthentication().getPrincipal()).isEqualTo(user);
        assertThat(context.getAuthentication().getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_CASE_WORKER");
        assertThat(audited(AuditEvent.Action.LOGIN, String.valueOf(user.id()))).isEqualTo(1);
    }

    @Test
    void usernames_are_case_insensitive_at_sign_in() throws Exception {
        SigapUser user = kupangCaseWorker();
        attempt(user.username().toUpperCase(), StoredUsers.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void a_wrong_password_and_an_unknown_user_look_the_same_and_are_audited_without_personal_data() throws Exception {
        SigapUser user = kupangCaseWorker();
        attempt(user.username(), "Wrong-Password-2025").andExpect(redirectedUrl("/login?error"));
        attempt("nobody-" + user.username(), "Wrong-Password-2025").andExpect(redirectedUrl("/login?error"));

        assertThat(audited(AuditEvent.Action.LOGIN_FAILED, String.valueOf(user.id())))
                .isEqualTo(1);
        assertThat(events.stream(AuditEvent.class).filter(e -> e.action() == AuditEvent.Action.LOGIN_FAILED))
                .allSatisfy(e -> {
                    assertThat(e.actorUsername()).isNull();
                    assertThat(e.detail()).isNull();
                    assertThat(e.objectType()).isEqualTo("user");
                })
                .anySatisfy(e -> assertThat(e.objectId()).isNull());
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("Nama pengguna atau kata sandi salah")));
    }

    @Test
    void five_failures_lock_the_account_for_fifteen_minutes() throws Exception {
        SigapUser user = kupangCaseWorker();
        for (int i = 0; i < 5; i++) {
            attempt(user.username(), "Wrong-Password-" + i).andExpect(redirectedUrl("/login?error"));
        }
        // locked: even the right password is refused, with the same answer as any failure
        attempt(user.username(), StoredUsers.PASSWORD).andExpect(redirectedUrl("/login?error"));
        clock.advance(Duration.ofMinutes(14));
        attempt(user.username(), StoredUsers.PASSWORD).andExpect(redirectedUrl("/login?error"));

        clock.advance(Duration.ofMinutes(2));
        attempt(user.username(), StoredUsers.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void four_failures_then_a_success_start_the_count_afresh() throws Exception {
        SigapUser user = kupangCaseWorker();
        for (int i = 0; i < 4; i++) {
            attempt(user.username(), "Wrong-Password-" + i);
        }
        attempt(user.username(), StoredUsers.PASSWORD).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 4; i++) {
            attempt(user.username(), "Wrong-Password-" + i);
        }
        attempt(user.username(), StoredUsers.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void a_regency_user_sees_only_their_own_grants_at_api_me() throws Exception {
        SigapUser user =
                StoredUsers.create(accounts, 7, new Grant(Role.CASE_WORKER, "53.71"), new Grant(Role.ANALYST, "53.71"));
        SigapUser other = StoredUsers.create(accounts, 8, Grant.national(Role.SYSTEM_ADMIN));
        MockHttpSession session = StoredUsers.login(mvc, user);

        mvc.perform(get("/api/v1/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user.username()))
                .andExpect(jsonPath("$.agencyId").value(7))
                .andExpect(jsonPath("$.grants.length()").value(2))
                .andExpect(jsonPath("$.grants[*].regionCode")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("53.71"))))
                .andExpect(content().string(not(containsString("SYSTEM_ADMIN"))))
                .andExpect(content().string(not(containsString(other.username()))))
                .andExpect(content().string(not(containsString("argon2"))));
    }

    @Test
    void a_revoked_role_and_a_disabled_account_take_effect_on_the_next_request() throws Exception {
        SigapUser user = kupangCaseWorker();
        MockHttpSession session = StoredUsers.login(mvc, user);
        long grantId = grants.stored(user.id()).getFirst().id();

        grants.remove(grantId);
        mvc.perform(get("/api/v1/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grants.length()").value(0));

        var stored = accounts.find(user.id()).orElseThrow();
        assertThat(stored).isNotNull();
        disable(user.id());
        mvc.perform(get("/api/v1/me").session(session))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.required"));
    }

    @Autowired
    id.sigap.security.internal.AccountStore accountStore;

    private void disable(long id) {
        var a = accountStore.find(id).orElseThrow();
        assertThat(accountStore.setEnabled(id, a.version(), false)).isTrue();
    }

    @Test
    void a_disabled_account_cannot_sign_in() throws Exception {
        SigapUser user = kupangCaseWorker();
        disable(user.id());
        attempt(user.username(), StoredUsers.PASSWORD).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void signing_out_is_a_post_that_ends_the_session_and_is_audited() throws Exception {
        SigapUser user = kupangCaseWorker();
        MockHttpSession session = StoredUsers.login(mvc, user);

        mvc.perform(get("/logout").session(session)).andExpect(status().is4xxClientError());
        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?logout"));

        assertThat(audited(AuditEvent.Action.LOGOUT, String.valueOf(user.id()))).isEqualTo(1);
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void a_test_principal_without_a_stored_account_is_taken_as_it_is() throws Exception {
        SigapUser tester = id.sigap.support.TestUsers.user(Role.ANALYST, "53.71");
        mvc.perform(get("/api/v1/me").with(id.sigap.support.TestUsers.as(tester)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(tester.username()))
                .andExpect(jsonPath("$.grants[0].regionCode").value("53.71"));
    }

    @Test
    void the_api_answers_401_problem_json_instead_of_redirecting() throws Exception {
        mvc.perform(get("/api/v1/me").accept(MediaType.TEXT_HTML))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("auth.required"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/users?lang=en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Please sign in first."));
    }

    @Test
    void pages_send_strangers_to_the_login_page_and_htmx_gets_a_redirect_header() throws Exception {
        mvc.perform(get("/akun")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/akun").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));
    }

    @Test
    void a_page_the_role_does_not_allow_shows_the_error_page_in_the_page_language() throws Exception {
        MockHttpSession session = StoredUsers.login(mvc, kupangCaseWorker());
        mvc.perform(get("/admin/pengguna").session(session))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Anda tidak berwenang")));
        mvc.perform(get("/admin/pengguna?lang=en").session(session))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You are not allowed")));
        mvc.perform(get("/api/v1/users").session(session))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.denied"));
    }

    @Test
    void a_form_without_csrf_token_is_refused_with_a_clear_message() throws Exception {
        MockHttpSession session = StoredUsers.login(mvc, kupangCaseWorker());
        mvc.perform(post("/akun/kata-sandi").session(session).param("currentPassword", "x"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Muat ulang halaman")));
    }

    @Test
    void a_ten_megabyte_field_posted_to_login_is_refused_with_413() throws Exception {
        String huge = "a".repeat(10 * 1024 * 1024);
        mvc.perform(post("/login")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("username=x&password=" + huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("terlalu besar")));
    }
}
