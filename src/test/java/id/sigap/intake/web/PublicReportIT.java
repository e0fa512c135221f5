package id.sigap.intake.web;

import static id.sigap.intake.internal.db.Tables.REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.intake.internal.FormTokens;
import id.sigap.support.IntegrationTest;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public side: the form and the JSON API file reports, the status shows nothing but the status. */
@IntegrationTest
class PublicReportIT {

    static final String CODE = "LPR-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    FormTokens tokens;

    @Autowired
    Clock clock;

    @Autowired
    DSLContext db;

    final ObjectMapper json = new ObjectMapper();

    /** Every test comes from its own address, so the rate limit of one does not touch another. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String newAddress() {
        return "10.77." + (ADDRESSES.incrementAndGet() / 250) + "." + (ADDRESSES.get() % 250 + 1);
    }

    static String tag() {
        return "uji-" + UUID.randomUUID();
    }

    int stored(String tag) {
        return db.fetchCount(REPORT, REPORT.DESCRIPTION.contains(tag));
    }

    String backdatedToken() {
        return tokens.issueAt(clock.millis() - 5_000);
    }

    MockHttpServletRequestBuilder form(MockHttpSession session, String csrf, String description, String region) {
        return form(session, csrf, description, region, backdatedToken());
    }

    MockHttpServletRequestBuilder form(
            MockHttpSession session, String csrf, String description, String region, String formToken) {
        return post("/lapor")
                .session(session)
                .param("_csrf", csrf)
                .param("formToken", formToken)
                .param("reporterType", "FAMILY")
                .param("province", "53")
                .param("regionCode", region)
                .param("personName", "Maria")
                .param("personAge", "17")
                .param("personSex", "FEMALE")
                .param("quickChoices", "JOB_OFFER_ABROAD", "CHILD_INVOLVED")
                .param("description", description)
                .param("reporterPhone", "+62 812 3456 7890")
                .param("consentToContact", "true");
    }

    String csrfOf(MockHttpSession session) throws Exception {
        String html = mvc.perform(get("/lapor").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("the form carries a CSRF token").isTrue();
        return m.group(1);
    }

    @Test
    void a_mother_files_a_report_through_the_form_and_gets_a_tracking_code() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String csrf = csrfOf(session);
        String tag = tag();
        String html = mvc.perform(form(session, csrf, "Anak saya pergi dengan perekrut " + tag, "53.71")
                        .with(from(newAddress())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kode pelacakan")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher code = Pattern.compile(CODE).matcher(html);
        assertThat(code.find()).isTrue();
        assertThat(stored(tag)).isEqualTo(1);
        mvc.perform(get("/lapor/status").param("kode", code.group().toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Diterima")))
                .andExpect(content().string(not(containsString("Maria"))));
    }

    @Test
    void the_region_picker_lists_the_regencies_of_a_province_and_nothing_for_junk() throws Exception {
        mvc.perform(get("/lapor/wilayah").param("province", "53"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"53.71\"")));
        mvc.perform(get("/lapor/wilayah").param("province", "<x>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<x>"))));
        mvc.perform(get("/lapor").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Report suspected human trafficking")));
    }

    @Test
    void the_form_is_refused_without_the_csrf_token_of_the_session() throws Exception {
        String tag = tag();
        mvc.perform(form(new MockHttpSession(), "forged", "tanpa token " + tag, "53.71")
                        .with(from(newAddress())))
                .andExpect(status().isForbidden());
        assertThat(stored(tag)).isZero();
    }

    @Test
    void a_filled_honeypot_or_a_form_sent_within_two_seconds_is_refused_and_nothing_is_stored() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String csrf = csrfOf(session);
        String tag = tag();
        mvc.perform(form(session, csrf, "bot " + tag, "53.71")
                        .param("website", "http://spam.example")
                        .with(from(newAddress())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("tidak dapat diterima")));
        mvc.perform(form(session, csrf, "cepat " + tag, "53.71", tokens.issue()).with(from(newAddress())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("terlalu cepat")));
        mvc.perform(form(session, csrf, "palsu " + tag, "53.71", "lzz.forged").with(from(newAddress())))
                .andExpect(status().isUnprocessableContent());
        assertThat(stored(tag)).isZero();
    }

    @Test
    void hostile_form_input_is_escaped_and_explained_and_never_stored() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String csrf = csrfOf(session);
        String tag = tag();
        mvc.perform(form(session, csrf, "<script>alert('x')</script> " + tag, "99.99")
                        .with(from(newAddress())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kode wilayah tidak dikenal")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;")));
        mvc.perform(form(session, csrf, "x".repeat(5001) + tag, "53.71").with(from(newAddress())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("paling banyak 5.000 huruf")));
        assertThat(stored(tag)).isZero();
    }

    @Test
    void the_json_api_files_a_report_and_the_status_shows_the_status_only() throws Exception {
        String tag = tag();
        String body = mvc.perform(post("/api/v1/reports")
                        .with(from(newAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "regionCode",
                                "53.71",
                                "personName",
                                "Maria",
                                "personAge",
                                17,
                                "quickChoices",
                                List.of("JOB_OFFER_ABROAD"),
                                "description",
                                "Lewat API " + tag,
                                "reporterPhone",
                                "081234567890",
                                "consentToContact",
                                true))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.trackingCode", matchesPattern(CODE)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String code = json.readTree(body).get("trackingCode").asText();
        assertThat(stored(tag)).isEqualTo(1);
        String status = mvc.perform(get("/api/v1/reports/status/{code}", code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trackingCode").value(code))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.statusLabel").value("Diterima"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Iterator<String> names = json.readTree(status).fieldNames();
        List<String> fields = new java.util.ArrayList<>();
        names.forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("trackingCode", "status", "statusLabel", "updatedAt");
        mvc.perform(get("/api/v1/reports/status/{code}", code).param("lang", "en"))
                .andExpect(jsonPath("$.statusLabel").value("Received"));
    }

    @Test
    void unknown_and_malformed_codes_are_a_404_problem() throws Exception {
        for (String code : List.of("LPR-2222-3333-4444", "not-a-code", "' OR '1'='1")) {
            mvc.perform(get("/api/v1/reports/status/{code}", code))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("report.tracking-unknown"));
        }
        mvc.perform(get("/lapor/status").param("kode", "LPR-2222-3333-4444"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("tidak ditemukan")));
    }

    @Test
    void the_eleventh_report_within_an_hour_from_one_address_is_a_429_with_retry_after() throws Exception {
        String address = newAddress();
        String tag = tag();
        String body = json.writeValueAsString(Map.of("regionCode", "53.71", "description", "Batas " + tag));
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/api/v1/reports")
                            .with(from(address))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isCreated());
        }
        mvc.perform(post("/api/v1/reports")
                        .with(from(address))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.code").value("report.rate-limited"));
        assertThat(stored(tag)).isEqualTo(10);
    }

    @Test
    void hostile_json_gets_clear_messages_and_is_never_a_500() throws Exception {
        String tag = tag();
        mvc.perform(post("/api/v1/reports")
                        .with(from(newAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("regionCode", "99.99", "countryIso2", "XX", "description", tag))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field=='regionCode')].code").value("report.region-unknown"))
                .andExpect(jsonPath("$.errors[?(@.field=='countryIso2')].code").value("report.country-unknown"));
        mvc.perform(post("/api/v1/reports")
                        .with(from(newAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("regionCode", "53.71", "description", "y".repeat(6000) + tag))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("description"));
        mvc.perform(post("/api/v1/reports")
                        .with(from(newAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regionCode\":\"53.71\",\"description\":\"" + "z".repeat(10 * 1024 * 1024) + "\"}"))
                .andExpect(status().isPayloadTooLarge());
        mvc.perform(post("/api/v1/reports")
                        .with(from(newAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest());
        assertThat(stored(tag)).isZero();
    }
}
