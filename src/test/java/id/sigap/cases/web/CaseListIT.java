package id.sigap.cases.web;

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

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFiles.OpenedCase;
import id.sigap.cases.CaseFixtures;
import id.sigap.organization.Agencies;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The case list shows region names and an evenly laid-out filter; saved filters are each user's own. */
@IntegrationTest
class CaseListIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    @Autowired
    DSLContext db;

    final SigapUser owner = TestUsers.user(Role.CASE_WORKER, "53.71");
    final SigapUser colleague = TestUsers.user(Role.CASE_WORKER, "53.71");
    OpenedCase kase;
    String name;

    @BeforeEach
    void aCase() {
        // test accounts have negative ids reused by every run: start from none of their filters
        db.deleteFrom(SAVED_FILTER)
                .where(SAVED_FILTER.ACCOUNT_ID.in(owner.id(), colleague.id()))
                .execute();
        kase = caseFiles.open(
                CaseFixtures.newCase(CaseFixtures.agency(agencies, "53.71").id(), "53.71"));
        name = CaseFixtures.unique("Kupang terbuka");
    }

    @Test
    void the_list_shows_region_names_and_labels_every_filter() throws Exception {
        String html = mvc.perform(get("/kasus").param("q", kase.caseNumber()).with(TestUsers.as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(kase.caseNumber())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String row = html.substring(html.indexOf(">" + kase.caseNumber() + "</a>"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Kota Kupang");
        for (String field : new String[] {"q", "wilayah", "status", "dari", "sampai", "modus", "filterName"}) {
            assertThat(html).contains("for=\"" + field + "\"").contains("id=\"" + field + "\"");
        }
        assertThat(html).contains("class=\"col-12 col-md-6 col-lg-4\"");
        mvc.perform(get("/kasus").param("wilayah", "53.71%").with(TestUsers.as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(kase.caseNumber()))));
    }

    @Test
    void a_user_saves_applies_and_deletes_his_filter_and_nobody_else_can() throws Exception {
        String query = "q=" + kase.caseNumber() + "&wilayah=53.71&status=OPEN&urut=opened&turun=true";
        mvc.perform(post("/kasus/saringan")
                        .param("filterName", "  " + name + " ")
                        .param("q", kase.caseNumber())
                        .param("wilayah", "53.71")
                        .param("status", "OPEN")
                        .param("dari", "")
                        .param("urut", "opened")
                        .param("turun", "true")
                        .param("hal", "3")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(redirectedUrl("/kasus?" + query));
        long id = db.fetchSingle(
                        SAVED_FILTER, SAVED_FILTER.ACCOUNT_ID.eq(owner.id()).and(SAVED_FILTER.NAME.eq(name)))
                .getId();
        mvc.perform(get("/kasus").with(TestUsers.as(owner)))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("data-confirm=\"Hapus saringan &quot;" + name)));
        mvc.perform(get("/kasus/saringan/{f}", id).with(TestUsers.as(owner)))
                .andExpect(redirectedUrl("/kasus?" + query));

        mvc.perform(get("/kasus").with(TestUsers.as(colleague)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/kasus/saringan/{f}", id).with(TestUsers.as(colleague)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(kase.caseNumber()))));
        mvc.perform(post("/kasus/saringan/{f}/hapus", id).with(csrf()).with(TestUsers.as(colleague)))
                .andExpect(status().isNotFound());
        assertThat(db.fetchExists(SAVED_FILTER, SAVED_FILTER.ID.eq(id))).isTrue();

        mvc.perform(post("/kasus/saringan/{f}/hapus", id).with(csrf()).with(TestUsers.as(owner)))
                .andExpect(redirectedUrl("/kasus"));
        assertThat(db.fetchExists(SAVED_FILTER, SAVED_FILTER.ID.eq(id))).isFalse();
        mvc.perform(get("/kasus/saringan/{f}", id).with(TestUsers.as(owner))).andExpect(status().isNotFound());
    }

    @Test
    void a_filter_without_a_name_or_with_a_long_one_is_refused_on_the_page_and_nothing_is_saved() throws Exception {
        mvc.perform(post("/kasus/saringan")
                        .param("filterName", "   ")
                        .param("status", "OPEN")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Beri nama saringan.")));
        mvc.perform(post("/kasus/saringan")
                        .param("filterName", "x".repeat(81))
                        .param("dari", "bukan-tanggal")
                        .param("lang", "en")
                        .with(csrf())
                        .with(TestUsers.as(owner)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Filter name too long")));
        assertThat(db.fetchCount(SAVED_FILTER, SAVED_FILTER.ACCOUNT_ID.eq(owner.id())))
                .isZero();
        mvc.perform(get("/kasus/saringan/{f}", "abc").with(TestUsers.as(owner))).andExpect(status().is4xxClientError());
    }
}
