package id.sigap.portal.web;

import static id.sigap.support.TestUsers.as;
import static id.sigap.support.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class HomePageIT {

    private static final Pattern TILE_LINK = Pattern.compile("<a class=\"card[^\"]*\" href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void the_home_page_greets_the_user_and_says_where_they_work_in_plain_words() throws Exception {
        SigapUser worker = user(Role.CASE_WORKER, "53.71");

        mvc.perform(get("/").with(as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Selamat datang, " + worker.displayName())))
                .andExpect(content().string(containsString("Anda bekerja di wilayah:")))
                .andExpect(content().string(containsString("<strong>Kota Kupang</strong>")))
                .andExpect(content().string(containsString(" di Kota Kupang</li>")))
                .andExpect(content().string(not(containsString("Kalimantan Selatan"))));
    }

    @Test
    void the_home_page_speaks_english_on_request() throws Exception {
        mvc.perform(get("/").param("lang", "en").with(as(user(Role.CASE_WORKER, "53.71"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You work in:")))
                .andExpect(content().string(containsString("<strong>Kota Kupang</strong>")));
    }

    @Test
    void a_province_grant_is_named_as_a_province_and_a_national_grant_as_all_of_indonesia() throws Exception {
        SigapUser secretary = user(0L, new Grant(Role.TASKFORCE_SECRETARY, "53"), Grant.national(Role.ANALYST));

        mvc.perform(get("/").with(as(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anda bekerja di seluruh Indonesia.")))
                .andExpect(content().string(containsString(" di Provinsi Nusa Tenggara Timur</li>")))
                .andExpect(content().string(containsString(" di seluruh Indonesia</li>")));
    }

    @Test
    void a_user_without_roles_is_told_whom_to_ask() throws Exception {
        mvc.perform(get("/").with(as(user(0L))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anda belum memiliki peran")))
                .andExpect(content().string(not(containsString("id=\"tiles\""))));
    }

    @Test
    void every_tile_opens_a_page_that_exists() throws Exception {
        SigapUser admin = user(Role.SYSTEM_ADMIN, null);
        String html = mvc.perform(get("/").with(as(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Matcher links = TILE_LINK.matcher(html);
        while (links.find()) {
            int status = mvc.perform(get(links.group(1)).with(as(admin)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as("GET %s from a home tile", links.group(1)).isLessThan(400);
        }
    }

    @Test
    void somebody_not_signed_in_is_sent_to_the_login_page() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/login")));
    }

    @Test
    void the_about_page_is_public_and_credits_the_data_sources() throws Exception {
        mvc.perform(get("/tentang").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cahyadsn/wilayah")))
                .andExpect(content().string(containsString("lisensi MIT")))
                .andExpect(content().string(containsString("CC BY 4.0")))
                .andExpect(content().string(containsString("Indonesia GeoJSON &amp; TopoJSON Maps (38 Provinces)")));
    }
}
