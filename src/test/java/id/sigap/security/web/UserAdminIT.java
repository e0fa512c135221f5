package id.sigap.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.security.AgencyDirectory.AgencySummary;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SecurityIntegrationTest;
import id.sigap.security.SecurityTestConfiguration.TestAgencies;
import id.sigap.security.SigapUser;
import id.sigap.security.StoredUsers;
import id.sigap.security.UserAccounts;
import id.sigap.security.internal.AccountStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** An NTT provincial administrator manages Kupang's users and is refused everything in Kalimantan Selatan. */
@SecurityIntegrationTest
class UserAdminIT {

    static final String STRONG = "Kupang-Aman-2025!";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AccountStore store;

    @Autowired
    TestAgencies agencies;

    AgencySummary kupang;
    AgencySummary banjarmasin;
    SigapUser nttAdmin;
    SigapUser kupangUser;
    SigapUser banjarmasinUser;
    MockHttpSession admin;

    @BeforeEach
    void setUp() throws Exception {
        kupang = agencies.add("UPTD PPA Kota Kupang", "53.71");
        banjarmasin = agencies.add("UPTD PPA Kota Banjarmasin", "63.71");
        nttAdmin = StoredUsers.create(accounts, kupang.id(), new Grant(Role.SYSTEM_ADMIN, "53"));
        kupangUser = StoredUsers.create(accounts, kupang.id(), new Grant(Role.CASE_WORKER, "53.71"));
        banjarmasinUser = StoredUsers.create(accounts, banjarmasin.id(), new Grant(Role.CASE_WORKER, "63.71"));
        admin = StoredUsers.login(mvc, nttAdmin);
    }

    private org.springframework.test.web.servlet.ResultActions createInUi(
            String username, long agencyId, String password) throws Exception {
        return mvc.perform(post("/admin/pengguna")
                .with(csrf())
                .session(admin)
                .param("username", username)
                .param("displayName", "Petugas Baru")
                .param("email", "")
                .param("agencyId", String.valueOf(agencyId))
                .param("password", password)
                .param("role", "INTAKE_OFFICER")
                .param("regionCode", "53.71"));
    }

    @Test
    void the_list_shows_the_users_in_scope_only_in_the_ui_and_the_api() throws Exception {
        // searched by name: the list is paged, and other tests add users in the same scope
        mvc.perform(get("/admin/pengguna")
                        .param("q", banjarmasinUser.username())
                        .session(admin))
                .andExpect(status().isOk()) // the search box repeats the query: look for the user's row link
                .andExpect(content().string(not(containsString("/admin/pengguna/" + banjarmasinUser.id() + "\""))));
        mvc.perform(get("/admin/pengguna").param("q", kupangUser.username()).session(admin))
                .andExpect(content().string(containsString("/admin/pengguna/" + kupangUser.id() + "\"")))
                .andExpect(content().string(not(containsString(nttAdmin.username()))));
        mvc.perform(get("/api/v1/users").param("q", kupangUser.username()).session(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].username", hasItem(kupangUser.username())));
        mvc.perform(get("/api/v1/users").param("q", banjarmasinUser.username()).session(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].username", not(hasItem(banjarmasinUser.username()))));
    }

    @Test
    void the_admin_creates_a_user_in_his_scope_with_a_first_role() throws Exception {
        String username = StoredUsers.uniqueUsername("petugas");
        createInUi(username, kupang.id(), STRONG).andExpect(status().isFound());

        SigapUser created = accounts.findByUsername(username).orElseThrow();
        assertThat(created.agencyId()).isEqualTo(kupang.id());
        assertThat(created.grants()).containsExactly(new Grant(Role.INTAKE_OFFICER, "53.71"));
        StoredUsers.login(mvc, username, STRONG);
    }

    @Test
    void weak_passwords_in_the_user_form_get_specific_messages_and_nothing_is_saved() throws Exception {
        String username = StoredUsers.uniqueUsername("lemah");
        createInUi(username, kupang.id(), "pendek1A")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kata sandi minimal 12 karakter.")))
                .andExpect(content().string(containsString("value=\"" + username + "\"")));
        createInUi(username, kupang.id(), "hanyahurufkecilsaja")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("setidaknya 3 dari 4 jenis karakter")));
        createInUi(username, kupang.id(), "Password2025!").andExpect(content().string(containsString("terlalu umum")));
        mvc.perform(post("/admin/pengguna?lang=en")
                        .with(csrf())
                        .session(admin)
                        .param("username", username)
                        .param("displayName", "X")
                        .param("agencyId", String.valueOf(kupang.id()))
                        .param("password", "short"))
                .andExpect(content().string(containsString("at least 12 characters")));
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void a_missing_or_tampered_agency_is_a_field_message_not_an_error_page() throws Exception {
        String username = StoredUsers.uniqueUsername("tanpa");
        mvc.perform(post("/admin/pengguna")
                        .with(csrf())
                        .session(admin)
                        .param("username", username)
                        .param("displayName", "Tanpa Instansi")
                        .param("agencyId", "bukan-angka")
                        .param("password", STRONG))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Pilih instansi.")));
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void a_user_in_an_agency_outside_the_admin_scope_cannot_be_created_in_the_ui_or_the_api() throws Exception {
        String username = StoredUsers.uniqueUsername("luar");
        createInUi(username, banjarmasin.id(), STRONG)
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("di luar wilayah kewenangan")));
        mvc.perform(post("/api/v1/users")
                        .with(csrf())
                        .session(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"displayName\":\"Luar\",\"agencyId\":"
                                + banjarmasin.id() + ",\"password\":\"" + STRONG + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("user.agency-out-of-scope"));
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void a_user_outside_the_admin_scope_cannot_be_seen_or_edited_in_the_ui_or_the_api() throws Exception {
        long id = banjarmasinUser.id();
        int version = store.find(id).orElseThrow().version();
        mvc.perform(get("/admin/pengguna/{id}", id).session(admin)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/pengguna/{id}", id)
                        .with(csrf())
                        .session(admin)
                        .param("version", String.valueOf(version))
                        .param("displayName", "Diubah")
                        .param("agencyId", String.valueOf(kupang.id())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/pengguna/{id}/kata-sandi", id)
                        .with(csrf())
                        .session(admin)
                        .param("newPassword", STRONG)
                        .param("confirmPassword", STRONG))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users/{id}", id).session(admin)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/users/{id}", id)
                        .with(csrf())
                        .session(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"displayName\":\"Diubah\",\"agencyId\":" + kupang.id()
                                + ",\"enabled\":false}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("user.out-of-scope"));
        var unchanged = store.find(id).orElseThrow();
        assertThat(unchanged.displayName()).isEqualTo("Pengguna Uji");
        assertThat(unchanged.enabled()).isTrue();
    }

    @Test
    void an_admin_cannot_take_over_a_more_powerful_account_in_his_province() throws Exception {
        SigapUser national = StoredUsers.create(accounts, kupang.id(), Grant.national(Role.ANALYST));
        mvc.perform(post("/admin/pengguna/{id}/kata-sandi", national.id())
                        .with(csrf())
                        .session(admin)
                        .param("newPassword", STRONG)
                        .param("confirmPassword", STRONG))
                .andExpect(status().isForbidden());
        StoredUsers.login(mvc, national);
    }

    @Test
    void roles_are_granted_only_within_the_admin_scope() throws Exception {
        long id = kupangUser.id();
        mvc.perform(post("/admin/pengguna/{id}/peran", id)
                        .with(csrf())
                        .session(admin)
                        .param("role", "ANALYST")
                        .param("regionCode", "63"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/pengguna/{id}/peran", id)
                        .with(csrf())
                        .session(admin)
                        .param("role", "ANALYST")
                        .param("regionCode", ""))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users/{id}/grants", id)
                        .with(csrf())
                        .session(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"SYSTEM_ADMIN\",\"regionCode\":\"63\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/pengguna/{id}/peran", id)
                        .with(csrf())
                        .session(admin)
                        .param("role", "ANALYST")
                        .param("regionCode", "99.99"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/admin/pengguna/{id}/peran", id)
                        .with(csrf())
                        .session(admin)
                        .param("role", "ANALYST")
                        .param("regionCode", "53.71"))
                .andExpect(redirectedUrl("/admin/pengguna/" + id));

        assertThat(accounts.find(id).orElseThrow().grants())
                .containsExactlyInAnyOrder(new Grant(Role.CASE_WORKER, "53.71"), new Grant(Role.ANALYST, "53.71"));
        mvc.perform(get("/admin/pengguna/{id}", id).session(admin))
                .andExpect(content().string(containsString("Kota Kupang (53.71)")));
    }

    @Test
    void a_revoked_role_ends_at_the_users_next_request() throws Exception {
        MockHttpSession user = StoredUsers.login(mvc, kupangUser);
        String body = mvc.perform(get("/api/v1/users/{id}", kupangUser.id()).session(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Number grantId = com.jayway.jsonpath.JsonPath.read(body, "$.grants[0].id");

        mvc.perform(post("/admin/pengguna/{id}/peran/{g}/cabut", kupangUser.id(), grantId)
                        .with(csrf())
                        .session(admin))
                .andExpect(status().isFound());
        mvc.perform(get("/api/v1/me").session(user))
                .andExpect(jsonPath("$.grants.length()").value(0));
    }

    @Test
    void a_disabled_user_is_signed_out_and_an_admin_cannot_disable_himself() throws Exception {
        MockHttpSession user = StoredUsers.login(mvc, kupangUser);
        int version = store.find(kupangUser.id()).orElseThrow().version();
        mvc.perform(post("/admin/pengguna/{id}", kupangUser.id())
                        .with(csrf())
                        .session(admin)
                        .param("version", String.valueOf(version))
                        .param("displayName", "Pengguna Uji")
                        .param("agencyId", String.valueOf(kupang.id())))
                .andExpect(status().isFound());
        mvc.perform(get("/api/v1/me").session(user)).andExpect(status().isUnauthorized());

        int own = store.find(nttAdmin.id()).orElseThrow().version();
        mvc.perform(put("/api/v1/users/{id}", nttAdmin.id())
                        .with(csrf())
                        .session(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + own + ",\"displayName\":\"Admin\",\"agencyId\":" + kupang.id()
                                + ",\"enabled\":false}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("user.self-disable"));
    }

    @Test
    void a_stale_edit_is_a_conflict() throws Exception {
        int version = store.find(kupangUser.id()).orElseThrow().version();
        String edit = "{\"version\":" + version + ",\"displayName\":\"Nama Baru\",\"agencyId\":" + kupang.id() + "}";
        mvc.perform(put("/api/v1/users/{id}", kupangUser.id())
                        .with(csrf())
                        .session(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Nama Baru"));
        mvc.perform(put("/api/v1/users/{id}", kupangUser.id())
                        .with(csrf())
                        .session(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("conflict.stale"));
    }

    @Test
    void a_password_reset_by_the_admin_follows_the_rules_and_works() throws Exception {
        mvc.perform(post("/admin/pengguna/{id}/kata-sandi", kupangUser.id())
                        .with(csrf())
                        .session(admin)
                        .param("newPassword", "Kupang-Aman-2025!")
                        .param("confirmPassword", "lain"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Konfirmasi kata sandi tidak sama")));
        mvc.perform(post("/admin/pengguna/{id}/kata-sandi", kupangUser.id())
                        .with(csrf())
                        .session(admin)
                        .param("newPassword", STRONG)
                        .param("confirmPassword", STRONG))
                .andExpect(status().isFound());
        StoredUsers.login(mvc, kupangUser.username(), STRONG);
    }

    @Test
    void a_session_api_call_that_changes_data_needs_the_csrf_token() throws Exception {
        mvc.perform(post("/api/v1/users/{id}/grants", kupangUser.id())
                        .session(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"ANALYST\",\"regionCode\":\"53.71\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.denied"));
    }

    @Test
    void users_change_their_own_password_on_the_account_page() throws Exception {
        MockHttpSession user = StoredUsers.login(mvc, kupangUser);
        mvc.perform(get("/akun").session(user))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(kupangUser.username())))
                .andExpect(content().string(containsString("Kota Kupang (53.71)")));
        mvc.perform(post("/akun/kata-sandi")
                        .with(csrf())
                        .session(user)
                        .param("currentPassword", "salah")
                        .param("newPassword", STRONG)
                        .param("confirmPassword", STRONG))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kata sandi saat ini salah")));
        mvc.perform(post("/akun/kata-sandi")
                        .with(csrf())
                        .session(user)
                        .param("currentPassword", StoredUsers.PASSWORD)
                        .param("newPassword", "qwerty")
                        .param("confirmPassword", "qwerty"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("minimal 12 karakter")));
        mvc.perform(post("/akun/kata-sandi")
                        .with(csrf())
                        .session(user)
                        .param("currentPassword", StoredUsers.PASSWORD)
                        .param("newPassword", STRONG)
                        .param("confirmPassword", STRONG))
                .andExpect(redirectedUrl("/akun"));
        StoredUsers.login(mvc, kupangUser.username(), STRONG);
    }

    @Test
    void a_ten_megabyte_field_in_the_user_form_is_refused_with_413() throws Exception {
        mvc.perform(post("/admin/pengguna")
                        .with(csrf())
                        .session(admin)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("username=besar&displayName=" + "x".repeat(10 * 1024 * 1024)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("terlalu besar")));
    }

    @Test
    void the_new_user_form_offers_only_agencies_in_scope() throws Exception {
        mvc.perform(get("/admin/pengguna/baru").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(kupang.name())))
                .andExpect(content().string(not(containsString(banjarmasin.name()))))
                .andExpect(content().string(not(containsString("Sekretariat Sigap"))));
    }
}
