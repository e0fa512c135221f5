package id.sigap.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFiles.OpenedCase;
import id.sigap.cases.CaseFixtures;
import id.sigap.cases.internal.db.Tables;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The JSON contract of cases and persons, scoped to the caller's region; hostile input refused cleanly. */
@IntegrationTest
class CaseApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    @Autowired
    DSLContext db;

    final SigapUser kupangWorker = TestUsers.user(Role.CASE_WORKER, "53.71");
    final SigapUser kupangAnalyst = TestUsers.user(Role.ANALYST, "53.71");
    final SigapUser banjarWorker = TestUsers.user(Role.CASE_WORKER, "63.71");
    String tag;
    OpenedCase kupangCase;
    OpenedCase banjarCase;

    @BeforeEach
    void casesInTwoProvinces() {
        tag = CaseFixtures.unique("Uji").replace(" ", "-");
        Agency kupang = CaseFixtures.agency(agencies, "53.71");
        Agency banjar = CaseFixtures.agency(agencies, "63.71");
        kupangCase =
                caseFiles.open(new CaseFiles.NewCase(kupang.id(), "53.71", "Kasus " + tag, null, null, false, true));
        banjarCase =
                caseFiles.open(new CaseFiles.NewCase(banjar.id(), "63.71", "Kasus " + tag, null, null, false, false));
    }

    @Test
    void a_kota_kupang_case_worker_sees_kupang_cases_and_is_refused_kalimantan_selatan_ones() throws Exception {
        mvc.perform(get("/api/v1/cases").param("q", tag).with(TestUsers.as(kupangWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].caseNumber").value(kupangCase.caseNumber()));
        mvc.perform(get("/api/v1/cases/{id}", kupangCase.id()).with(TestUsers.as(kupangWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseFile.caseNumber").value(kupangCase.caseNumber()));
        mvc.perform(get("/api/v1/cases/{id}", banjarCase.id()).with(TestUsers.as(kupangWorker)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("access.denied"));
        mvc.perform(addPerson(banjarCase.id(), kupangWorker, Map.of("role", "VICTIM", "fullName", "Siti " + tag)))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_nik_is_stored_encrypted_found_exactly_and_only_within_scope() throws Exception {
        String nik = "5371015205900002";
        long id = personId(mvc.perform(addPerson(
                        kupangCase.id(),
                        kupangWorker,
                        Map.of("role", "VICTIM", "fullName", "Maria " + tag, "sex", "F", "nik", nik)))
                .andExpect(status().isCreated()));
        byte[] stored = db.select(Tables.PERSON_IDENTIFIER.CIPHERTEXT)
                .from(Tables.PERSON_IDENTIFIER)
                .where(Tables.PERSON_IDENTIFIER.PERSON_ID.eq(id))
                .fetchSingle(Tables.PERSON_IDENTIFIER.CIPHERTEXT);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(nik);

        mvc.perform(get("/api/v1/persons").param("nik", "5371 0152 0590 0002").with(TestUsers.as(kupangWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
        mvc.perform(get("/api/v1/persons").param("nik", nik).with(TestUsers.as(banjarWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
        mvc.perform(get("/api/v1/cases/{id}", kupangCase.id()).with(TestUsers.as(kupangWorker)))
                .andExpect(jsonPath("$.persons[0].identifiers.nik").value(nik));
        mvc.perform(get("/api/v1/cases/{id}", kupangCase.id()).with(TestUsers.as(kupangAnalyst)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.persons[0].identifiers.nik").value(not(nik)));
    }

    @Test
    void invalid_niks_and_future_birth_dates_are_refused_with_the_reason_and_nothing_is_saved() throws Exception {
        String name = "Ditolak " + tag;
        refused(Map.of("role", "VICTIM", "fullName", name, "nik", "53710152059"), "nik", "nik.format");
        refused(Map.of("role", "VICTIM", "fullName", name, "nik", "9999015205900002"), "nik", "nik.district-unknown");
        refused(Map.of("role", "VICTIM", "fullName", name, "nik", "5371013202900002"), "nik", "nik.date-invalid");
        refused(
                Map.of("role", "VICTIM", "fullName", name, "sex", "M", "nik", "5371015205900002"),
                "nik",
                "nik.sex-mismatch-female");
        refused(Map.of("role", "VICTIM", "fullName", name, "nik", "5371011205900000"), "nik", "nik.serial-zero");
        refused(
                Map.of("role", "VICTIM", "fullName", name, "birthDate", "2999-01-01"),
                "birthDate",
                "person.birth-date-future");
        refused(Map.of("role", "VICTIM", "fullName", "x".repeat(10_000)), "fullName", "person.name-too-long");
        refused(Map.of("role", "PIRATE", "fullName", name), "role", "person.role-required");
        mvc.perform(get("/api/v1/persons").param("q", name).with(TestUsers.as(kupangWorker)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void hostile_text_is_harmless() throws Exception {
        mvc.perform(addPerson(
                        kupangCase.id(),
                        kupangWorker,
                        Map.of("role", "WITNESS", "fullName", "<script>alert(1)</script> " + tag)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/persons")
                        .param("q", "'; DROP TABLE cases.person; --")
                        .with(TestUsers.as(kupangWorker)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases").param("q", "%' OR 1=1 --").with(TestUsers.as(kupangWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/cases").param("status", "BOGUS").with(TestUsers.as(kupangWorker)))
                .andExpect(status().is(422));
    }

    @Test
    void fuzzy_name_search_bridges_old_and_new_spellings() throws Exception {
        mvc.perform(addPerson(kupangCase.id(), kupangWorker, Map.of("role", "VICTIM", "fullName", "Johana " + tag)))
                .andExpect(status().isCreated());
        mvc.perform(addPerson(
                        kupangCase.id(),
                        kupangWorker,
                        Map.of("role", "SUSPECT", "roleInProcess", "RECRUITER", "fullName", "Soekarno " + tag)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/persons").param("q", "Yohana " + tag).with(TestUsers.as(kupangWorker)))
                .andExpect(jsonPath("$.content[0].fullName").value("Johana " + tag));
        mvc.perform(get("/api/v1/persons").param("q", "Sukarno " + tag).with(TestUsers.as(kupangWorker)))
                .andExpect(jsonPath("$.content[0].fullName").value("Soekarno " + tag));
        mvc.perform(get("/api/v1/persons").param("q", "Sukarno " + tag).with(TestUsers.as(banjarWorker)))
                .andExpect(jsonPath("$.content[*].fullName", not(hasItem("Soekarno " + tag))));
        var hints = caseFiles.similarPersons(
                new CaseFiles.PersonProbe("Yohana " + tag, null, null, null), RegionScope.of(List.of("53")), 5);
        assertThat(hints).extracting(CaseFiles.PersonHint::caseId).contains(kupangCase.id());
        assertThat(caseFiles.similarPersons(
                        new CaseFiles.PersonProbe("Yohana " + tag, null, null, null), RegionScope.of(List.of("63")), 5))
                .isEmpty();
    }

    @Test
    void status_changes_follow_the_lifecycle_and_stale_versions_conflict() throws Exception {
        changeStatus(kupangCase.id(), 0, "handle", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_HANDLING"));
        changeStatus(kupangCase.id(), 0, "close", "RESOLVED")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.version-conflict"));
        changeStatus(kupangCase.id(), 1, "close", "RESOLVED").andExpect(status().isOk());
        changeStatus(kupangCase.id(), 2, "close", "RESOLVED")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.already-closed"));
        changeStatus(kupangCase.id(), 2, "reopen", null)
                .andExpect(jsonPath("$.status").value("REOPENED"));
        mvc.perform(post("/api/v1/cases/{id}/status", kupangCase.id())
                        .with(TestUsers.as(kupangAnalyst))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":3,\"action\":\"handle\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_person_is_changed_with_optimistic_locking_and_refused_outside_scope() throws Exception {
        long id = personId(mvc.perform(addPerson(
                        kupangCase.id(),
                        kupangWorker,
                        Map.of("role", "VICTIM", "fullName", "Ana " + tag, "phone", "0812-3456-7890")))
                .andExpect(status().isCreated()));
        mvc.perform(put(
                        id,
                        Map.of(
                                "version",
                                "0",
                                "fullName",
                                "Ana Maria " + tag,
                                "birthDate",
                                "2015-02-03",
                                "phone",
                                "0812-3456-7890")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(id, Map.of("version", "0", "fullName", "Ana Lain " + tag)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("person.version-conflict"));
        mvc.perform(get("/api/v1/persons").param("phone", "+62 812 3456 7890").with(TestUsers.as(kupangWorker)))
                .andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
        mvc.perform(get("/api/v1/persons/{id}", id).with(TestUsers.as(kupangWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.fullName").value("Ana Maria " + tag))
                .andExpect(jsonPath("$.identifiers.phone").value("+6281234567890"));
        mvc.perform(get("/api/v1/cases/{id}", kupangCase.id()).with(TestUsers.as(kupangWorker)))
                .andExpect(jsonPath("$.persons[0].child").value(true));
        mvc.perform(get("/api/v1/persons/{id}", id).with(TestUsers.as(banjarWorker)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.denied"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/persons/{id}", id)
                        .with(TestUsers.as(banjarWorker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"fullName\":\"X\"}"))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.RequestBuilder put(long id, Map<String, String> body) {
        String json =
                json(body).replace("\"version\":\"" + body.get("version") + "\"", "\"version\":" + body.get("version"));
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/persons/{id}", id)
                .with(TestUsers.as(kupangWorker))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    @Test
    void elements_are_chosen_from_the_code_lists_and_filter_the_list_by_modus() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/cases/{id}/elements", kupangCase.id())
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ACT\":[\"RECRUITMENT\",\"TRANSPORT\"],\"MEANS\":[\"FRAUD\"],"
                                + "\"MODUS\":[\"PMI_NONPROSEDURAL\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ACT.length()").value(2));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/cases/{id}/elements", kupangCase.id())
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ACT\":[\"TELEPORTATION\"]}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].code").value("case.element-unknown"));
        mvc.perform(get("/api/v1/cases/{id}", kupangCase.id()).with(TestUsers.as(kupangWorker)))
                .andExpect(jsonPath("$.elements.ACT.length()").value(2))
                .andExpect(jsonPath("$.elements.MODUS[0]").value("PMI_NONPROSEDURAL"));
        mvc.perform(get("/api/v1/cases")
                        .param("q", tag)
                        .param("modus", "PMI_NONPROSEDURAL")
                        .with(TestUsers.as(kupangWorker)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/cases").param("q", tag).param("modus", "ORGAN").with(TestUsers.as(kupangWorker)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/cases/{id}/elements", banjarCase.id())
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ACT\":[\"RECRUITMENT\"]}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void route_events_name_a_region_or_a_country_and_bad_ones_are_refused() throws Exception {
        mvc.perform(route(
                        kupangCase.id(),
                        kupangWorker,
                        "{\"stage\":\"RECRUITMENT\",\"date\":\"2025-03-01\",\"regionCode\":\"53.71\","
                                + "\"placeName\":\"Pelabuhan Tenau\",\"transport\":\"SEA\"}"))
                .andExpect(status().isCreated());
        mvc.perform(route(
                        kupangCase.id(),
                        kupangWorker,
                        "{\"stage\":\"EXPLOITATION\",\"country\":\"my\",\"placeName\":\"Kuching\"}"))
                .andExpect(status().isCreated());
        mvc.perform(route(
                        kupangCase.id(),
                        kupangWorker,
                        "{\"stage\":\"TRANSIT\",\"regionCode\":\"53.71\",\"country\":\"MY\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].code").value("route.place-required"));
        mvc.perform(route(
                        kupangCase.id(),
                        kupangWorker,
                        "{\"stage\":\"WARP\",\"country\":\"ZZ\",\"date\":\"2999-01-01\"}"))
                .andExpect(status().is(422));
        mvc.perform(route(banjarCase.id(), kupangWorker, "{\"stage\":\"TRANSIT\",\"country\":\"MY\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/{id}", kupangCase.id()).with(TestUsers.as(kupangWorker)))
                .andExpect(jsonPath("$.route.length()").value(2))
                .andExpect(jsonPath("$.route[0].placeName").value("Pelabuhan Tenau"))
                .andExpect(jsonPath("$.route[1].country").value("MY"));
    }

    private org.springframework.test.web.servlet.RequestBuilder route(long caseId, SigapUser user, String body) {
        return post("/api/v1/cases/{id}/route", caseId)
                .with(TestUsers.as(user))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private ResultActions changeStatus(long id, int version, String action, String reason) throws Exception {
        return mvc.perform(post("/api/v1/cases/{id}/status", id)
                .with(TestUsers.as(kupangWorker))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + ",\"action\":\"" + action + "\""
                        + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}"));
    }

    private void refused(Map<String, String> body, String field, String code) throws Exception {
        mvc.perform(addPerson(kupangCase.id(), kupangWorker, body))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].code", hasItem(code)));
    }

    private org.springframework.test.web.servlet.RequestBuilder addPerson(
            long caseId, SigapUser user, Map<String, String> body) {
        return post("/api/v1/cases/{id}/persons", caseId)
                .with(TestUsers.as(user))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(body));
    }

    private static long personId(ResultActions result) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("\\D", ""));
    }

    static String json(Map<String, String> body) {
        return body.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\""
                        + e.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
