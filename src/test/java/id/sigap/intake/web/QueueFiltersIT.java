package id.sigap.intake.web;

import static id.sigap.security.internal.db.Tables.SAVED_FILTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Saved filters of the triage queue: saved, listed, applied and deleted by their owner only. */
@IntegrationTest
class QueueFiltersIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DSLContext db;

    final SigapUser officer = TestUsers.user(Role.INTAKE_OFFICER, "53.71");
    final SigapUser colleague = TestUsers.user(Role.INTAKE_OFFICER, "53.71");
    final SigapUser analyst = TestUsers.user(Role.ANALYST, "53.71");
    String name;

    @BeforeEach
    void clean() {
        // test accounts have negative ids reused by every run: start from none of their filters
        db.deleteFrom(SAVED_FILTER)
                .where(SAVED_FILTER.ACCOUNT_ID.in(officer.id(), colleague.id()))
                .execute();
        name = "Hotline menunggu " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void an_officer_saves_applies_and_deletes_his_filter_and_nobody_else_can() throws Exception {
        mvc.perform(post("/pengaduan/saringan")
                        .param("filterName", name)
                        .param("status", "RECEIVED")
                        .param("saluran", "HOTLINE_SAPA129")
                        .param("terbuka", "true")
                        .with(csrf())
                        .with(TestUsers.as(officer)))
                .andExpect(redirectedUrl("/pengaduan?status=RECEIVED&saluran=HOTLINE_SAPA129&terbuka=true"));
        long id = db.fetchSingle(
                        SAVED_FILTER, SAVED_FILTER.ACCOUNT_ID.eq(officer.id()).and(SAVED_FILTER.NAME.eq(name)))
                .getId();
        mvc.perform(get("/pengaduan").with(TestUsers.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("data-confirm")));
        mvc.perform(get("/pengaduan").param("lang", "en").with(TestUsers.as(officer)))
                .andExpect(content().string(containsString("Saved filters")));
        mvc.perform(get("/pengaduan/saringan/{f}", id).with(TestUsers.as(officer)))
                .andExpect(redirectedUrl("/pengaduan?status=RECEIVED&saluran=HOTLINE_SAPA129&terbuka=true"));

        mvc.perform(get("/pengaduan").with(TestUsers.as(colleague)))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/pengaduan/saringan/{f}", id).with(TestUsers.as(colleague)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/pengaduan/saringan/{f}/hapus", id).with(csrf()).with(TestUsers.as(colleague)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/pengaduan/saringan")
                        .param("filterName", "Milik analis")
                        .with(csrf())
                        .with(TestUsers.as(analyst)))
                .andExpect(status().isForbidden());
        assertThat(db.fetchExists(SAVED_FILTER, SAVED_FILTER.ID.eq(id))).isTrue();

        mvc.perform(post("/pengaduan/saringan/{f}/hapus", id).with(csrf()).with(TestUsers.as(officer)))
                .andExpect(redirectedUrl("/pengaduan"));
        assertThat(db.fetchExists(SAVED_FILTER, SAVED_FILTER.ID.eq(id))).isFalse();
    }

    @Test
    void a_nameless_filter_is_refused_on_the_queue_page_and_nothing_is_saved() throws Exception {
        mvc.perform(post("/pengaduan/saringan")
                        .param("filterName", "")
                        .param("status", "NOT_A_STATUS")
                        .with(csrf())
                        .with(TestUsers.as(officer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Beri nama saringan.")));
        assertThat(db.fetchCount(SAVED_FILTER, SAVED_FILTER.ACCOUNT_ID.eq(officer.id())))
                .isZero();
    }
}
