package id.sigap.region.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.security.Role;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The region browser (/wilayah) and the picker's suggestions (/wilayah/saran). */
@IntegrationTest
class RegionPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DSLContext db;

    /** Any role at any scope may browse: regions are reference data. */
    RequestPostProcessor signedIn() {
        return TestUsers.as(TestUsers.user(Role.INTAKE_OFFICER, "63.71"));
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url).with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void the_browser_requires_sign_in() throws Exception {
        for (String url : new String[] {"/wilayah", "/wilayah/53", "/wilayah/saran?q=kupang"}) {
            int status = mvc.perform(get(url)).andReturn().getResponse().getStatus();
            assertThat(status).as(url).isNotEqualTo(200).isBetween(300, 499);
        }
    }

    @Test
    void the_provinces_are_listed_with_population_and_area() throws Exception {
        String html = page("/wilayah");
        assertThat(html).contains("Nusa Tenggara Timur", "href=\"/wilayah/53\"", "Kalimantan Selatan");
        assertThat(html).contains("<label", "for=\"region-q\"");
        assertThat(html).containsPattern("\\d{1,3}(\\.\\d{3})+"); // population, grouped the Indonesian way
        assertThat(page("/wilayah?lang=en")).contains("Regions", "Provinces");
    }

    @Test
    void provinces_can_be_sorted_by_population() throws Exception {
        String html = page("/wilayah?sort=population");
        assertThat(html.indexOf("Jawa Barat")).isLessThan(html.indexOf("Kalimantan Utara"));
        assertThat(html).contains("aria-sort=\"descending\"");
    }

    @Test
    void drilling_down_shows_breadcrumbs_and_children() throws Exception {
        String ntt = page("/wilayah/53");
        assertThat(ntt).contains("Kota Kupang", "href=\"/wilayah/53.71\"", "breadcrumb");
        String kupang = page("/wilayah/53.71");
        assertThat(kupang)
                .contains("href=\"/wilayah/53\"", "Nusa Tenggara Timur", "Kelapa Lima", "href=\"/wilayah/53.71.03\"");
        String kelapaLima = page("/wilayah/53.71.03");
        assertThat(kelapaLima).contains("Oesapa", "href=\"/wilayah/53.71\"");
        assertThat(page("/wilayah/53.71.03.1010")).contains("Oesapa", "href=\"/wilayah/53.71.03\"");
    }

    @Test
    void villages_are_paged() throws Exception {
        String district = String.valueOf(
                db.fetchValue("select parent_code from region.admin_region where level = 4 group by parent_code"
                        + " having count(*) > 60 order by parent_code limit 1"));
        String first = page("/wilayah/" + district);
        assertThat(first).contains("page=1", "rel=\"next\"").doesNotContain("rel=\"prev\"");
        String second = page("/wilayah/" + district + "?page=1");
        assertThat(second).contains("rel=\"prev\"");
        String lastOfFirst = String.valueOf(db.fetchValue(
                "select code from region.admin_region where parent_code = ? order by code offset 49 limit 1",
                district));
        String firstOfSecond = String.valueOf(db.fetchValue(
                "select code from region.admin_region where parent_code = ? order by code offset 50 limit 1",
                district));
        assertThat(first).contains(lastOfFirst).doesNotContain(">" + firstOfSecond + "<");
        assertThat(second).contains(firstOfSecond);
    }

    @Test
    void unknown_regions_are_404_pages() throws Exception {
        mvc.perform(get("/wilayah/53.99").with(signedIn()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("kode 53.99 tidak ditemukan")));
        mvc.perform(get("/wilayah/bukan-kode").with(signedIn())).andExpect(status().isNotFound());
    }

    @Test
    void the_search_box_answers_htmx_with_the_results_only() throws Exception {
        String fragment = mvc.perform(get("/wilayah?q=kab%20kupang")
                        .header("HX-Request", "true")
                        .with(signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("id=\"region-results\"", "Kabupaten Kupang");
        assertThat(fragment.indexOf("Kabupaten Kupang")).isLessThan(fragment.indexOf("Kota Kupang"));
        assertThat(page("/wilayah?q=kab%20kupang")).contains("<html", "Kabupaten Kupang");
    }

    @Test
    void suggestions_name_the_parents_and_carry_the_code() throws Exception {
        String html = page("/wilayah/saran?q=kelapa%20lima");
        assertThat(html)
                .contains("data-code=\"53.71.03\"", "data-label=\"Kelapa Lima — Kota Kupang, Nusa Tenggara Timur\"");
        assertThat(page("/wilayah/saran?q=kupang&maxLevel=REGENCY"))
                .contains("53.71", "53.01")
                .doesNotContain("53.01.05");
    }

    @Test
    void suggestions_escape_hostile_input() throws Exception {
        String html = suggestions("<script>alert(1)</script>");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String attr = suggestions("\"><img src=x onerror=alert(1)>");
        assertThat(attr).doesNotContain("<img").contains("&lt;img");
    }

    String suggestions(String q) throws Exception {
        return mvc.perform(get("/wilayah/saran").param("q", q).with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void a_10000_character_query_is_a_clear_422_not_a_500() throws Exception {
        for (String url : new String[] {"/wilayah/saran", "/wilayah"}) {
            mvc.perform(get(url).param("q", "x".repeat(10_000)).with(signedIn()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("100")));
        }
    }

    @Test
    void the_picker_is_a_labelled_input_with_its_script_and_shows_the_chosen_region() throws Exception {
        String html = page("/wilayah?kode=53.71");
        assertThat(html)
                .contains("data-region-picker", "<label class=\"form-label\" for=\"kode\"", "name=\"kode\"")
                .contains("value=\"53.71\"", "Kota Kupang — Nusa Tenggara Timur", "src=\"/js/region.js\"")
                .doesNotContain("onclick", "oninput");
        mvc.perform(get("/wilayah/buka?kode=53.71").with(signedIn())).andExpect(redirectedUrl("/wilayah/53.71"));
        mvc.perform(get("/wilayah/buka?kode=kupang").with(signedIn())).andExpect(redirectedUrl("/wilayah?q=kupang"));
    }
}
