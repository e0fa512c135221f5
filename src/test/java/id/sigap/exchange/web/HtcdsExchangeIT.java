package id.sigap.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.sigap.cases.BulkLoad;
import id.sigap.cases.BulkLoadCase;
import id.sigap.cases.CaseStatus;
import id.sigap.cases.PersonRole;
import id.sigap.exchange.internal.HtcdsFiles;
import id.sigap.organization.Agencies;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HTCDS export and import on cases of a year of their own in Kota Kupang (and one in Banjarmasin that a Kupang user
 * must never receive): scope refusal, identifiers only for case workers (audited), round trip export → import →
 * export with the same records, idempotent re-import, and an invalid file refused as a whole with its problems.
 */
@IntegrationTest
@RecordApplicationEvents
class HtcdsExchangeIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    @Autowired
    BulkLoad bulkLoad;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    @Autowired
    id.sigap.cases.StatisticalVictims existing;

    final SplittableRandom random = new SplittableRandom();
    int year;
    long kupang;
    SigapUser caseWorker;
    SigapUser analyst;
    List<String> nik = new ArrayList<>();

    @BeforeEach
    void setUp() {
        // a year in which no case was opened yet (the database may be shared with other tests)
        var used = existing.casesByYear().stream()
                .map(id.sigap.cases.StatisticalVictims.YearCount::year)
                .toList();
        do {
            year = 1901 + random.nextInt(90);
        } while (used.contains(year));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        kupang = agencies.create(NewAgency.of("UPTD PPA Kupang htcds " + tag, AgencyType.UPTD_PPA, "53.71"))
                .id();
        long banjarmasin = agencies.create(
                        NewAgency.of("UPTD PPA Banjarmasin htcds " + tag, AgencyType.UPTD_PPA, "63.71"))
                .id();
        caseWorker = TestUsers.user(kupang, new Grant(Role.CASE_WORKER, "53.71"));
        analyst = TestUsers.user(kupang, new Grant(Role.ANALYST, "53.71"));
        for (int i = 0; i < 2; i++) {
            nik.add("537101" + String.format("%010d", random.nextLong(10_000_000_000L)));
        }
        List<BulkLoadCase> cases = List.of(
                caseOf(
                        kupang,
                        "53.71",
                        CaseStatus.OPEN,
                        List.of(
                                victim(
                                        kupang,
                                        "53.71",
                                        "Maria Goreti Bria",
                                        "F",
                                        LocalDate.of(year - 16, 5, 2),
                                        nik.get(0)),
                                victim(
                                        kupang,
                                        "53.71",
                                        "Yohanes Nahak",
                                        "M",
                                        LocalDate.of(year - 30, 1, 9),
                                        nik.get(1))),
                        List.of(
                                el("PURPOSE", "PROSTITUTION"),
                                el("CONTROL", "DEBT_BONDAGE"),
                                el("CONTROL", "WITHHOLDS_DOCUMENTS"))),
                caseOf(
                        kupang,
                        "53.71",
                        CaseStatus.CLOSED,
                        List.of(victim(kupang, "53.71", "Agustina Seran", "F", null, null)),
                        List.of(el("PURPOSE", "FORCED_LABOUR"))),
                caseOf(
                        banjarmasin,
                        "63.71",
                        CaseStatus.OPEN,
                        List.of(victim(banjarmasin, "63.71", "Siti Aminah", "F", LocalDate.of(year - 20, 2, 2), null)),
                        List.of(el("PURPOSE", "FORCED_MARRIAGE"))));
        tx.executeWithoutResult(s -> bulkLoad.load("test:htcds", cases));
    }

    static BulkLoadCase.Element el(String list, String code) {
        return new BulkLoadCase.Element(list, code);
    }

    BulkLoadCase.Person victim(long agency, String region, String name, String sex, LocalDate born, String nik) {
        return new BulkLoadCase.Person(
                agency,
                region,
                name,
                null,
                sex,
                born,
                born == null ? 25 : null,
                "ID",
                null,
                null,
                nik,
                null,
                nik == null ? null : "0812" + String.format("%08d", random.nextInt(100_000_000)),
                null,
                PersonRole.VICTIM,
                null);
    }

    BulkLoadCase caseOf(
            long agency,
            String region,
            CaseStatus status,
            List<BulkLoadCase.Person> persons,
            List<BulkLoadCase.Element> elements) {
        OffsetDateTime opened = OffsetDateTime.of(year, 6, 15, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        boolean closed = status == CaseStatus.CLOSED;
        return new BulkLoadCase(
                agency,
                region,
                status,
                closed ? "RESOLVED" : null,
                "Ringkasan rahasia",
                false,
                false,
                opened,
                closed ? opened.plusDays(40) : null,
                persons,
                elements,
                List.of(),
                List.of());
    }

    String export(SigapUser user, String format, boolean identifiers, int status) throws Exception {
        return mvc.perform(get("/api/v1/export/htcds")
                        .param("year", Integer.toString(year))
                        .param("format", format)
                        .param("identifiers", Boolean.toString(identifiers))
                        .with(TestUsers.as(user)))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void export_is_scoped_and_without_identifiers_unless_an_authorised_user_asks() throws Exception {
        String csv = export(analyst, "csv", false, 200);
        List<Map<String, String>> records = HtcdsFiles.read(csv);
        assertThat(records).hasSize(3);
        assertThat(records)
                .allSatisfy(r -> assertThat(r.get("x_sigap_RegionCode")).isEqualTo("53.71"));
        assertThat(records.getFirst().keySet()).doesNotContain("prs_FirstName", "prs_IdentityNumber", "prs_Birthdate");
        assertThat(csv).doesNotContain("Maria", nik.get(0), "Ringkasan", "Siti");
        assertThat(records)
                .extracting(r -> r.get("prs_Gender"))
                .containsExactlyInAnyOrder("Feminine", "Masculine", "Feminine");
        assertThat(records).extracting(r -> r.get("vic_AgeWhenTrafficked")).contains("16", "30", "25");
        assertThat(records).extracting(r -> r.get("vic_TypeOfSexExploitation")).contains("Prostitution");
        assertThat(records).extracting(r -> r.get("vic_MethodsOfControl")).contains("DebtBondage;WithholdsDocuments");
        assertThat(records).extracting(r -> r.get("cas_Status")).contains("Active", "Closed");

        // outside the scope: refused
        mvc.perform(get("/api/v1/export/htcds")
                        .param("year", Integer.toString(year))
                        .param("region", "63")
                        .with(TestUsers.as(caseWorker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/export/htcds")
                        .param("year", Integer.toString(year))
                        .param("region", "53")
                        .with(TestUsers.as(caseWorker)))
                .andExpect(status().isForbidden());
        // an analyst may not include identifiers
        events.clear();
        export(analyst, "csv", true, 403);
        assertThat(events.stream(AuditEvent.class)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditEvent.Action.ACCESS_DENIED);
            assertThat(e.detail()).isEqualTo("identifiers");
        });
        // a case worker may, and it is audited
        events.clear();
        String withIds = export(caseWorker, "json", true, 200);
        assertThat(withIds)
                .contains(nik.get(0), nik.get(1), "Maria", "Goreti Bria", "prs_Birthdate")
                .doesNotContain("Siti");
        assertThat(events.stream(AuditEvent.class)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditEvent.Action.EXPORT);
            assertThat(e.objectType()).isEqualTo("htcds_export");
            assertThat(e.detail()).contains("identifiers=true", "records=3");
        });
        // without a sign-in: 401
        mvc.perform(get("/api/v1/export/htcds").param("year", Integer.toString(year)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void round_trip_export_import_export_gives_the_same_records_and_reimport_adds_nothing() throws Exception {
        String json = export(caseWorker, "json", true, 200);
        List<Map<String, String>> before = HtcdsFiles.read(json);
        // a partner system's case ids
        String prefix = "P" + UUID.randomUUID().toString().substring(0, 6) + "-";
        String partner = json.replace("\"cas_CaseNumber\":\"", "\"cas_CaseNumber\":\"" + prefix);
        String answer = upload(partner, 200);
        assertThat(JsonPath.<Integer>read(answer, "$.created")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(answer, "$.skipped")).isZero();
        String again = upload(partner, 200);
        assertThat(JsonPath.<Integer>read(again, "$.created")).isZero();
        assertThat(JsonPath.<Integer>read(again, "$.skipped")).isEqualTo(2);

        List<Map<String, String>> after = HtcdsFiles.read(export(caseWorker, "json", true, 200));
        assertThat(after).hasSize(before.size() * 2);
        assertThat(withoutCaseIds(after.stream()
                        .filter(r -> !before.stream()
                                .map(b -> b.get("cas_CaseNumber"))
                                .toList()
                                .contains(r.get("cas_CaseNumber")))
                        .toList()))
                .containsExactlyInAnyOrderElementsOf(withoutCaseIds(before));
    }

    @Test
    void an_invalid_file_is_refused_as_a_whole_with_its_problems() throws Exception {
        String csv = HtcdsFiles.read(export(caseWorker, "csv", false, 200)).isEmpty()
                ? ""
                : export(caseWorker, "csv", false, 200);
        List<Map<String, String>> records = HtcdsFiles.read(csv);
        String prefix = "Q" + UUID.randomUUID().toString().substring(0, 6) + "-";
        records.forEach(r -> r.put("cas_CaseNumber", prefix + r.get("cas_CaseNumber")));
        records.get(0).put("prs_Gender", "Perempuan");
        records.get(1).put("x_sigap_RegionCode", "63.71");
        records.get(2).put("vic_MethodsOfControl", "RestrictsMovement;Teleportation");
        String bad = HtcdsFiles.csv(List.copyOf(records.getFirst().keySet()), records);
        String answer = upload(bad, 422);
        assertThat(JsonPath.<List<String>>read(answer, "$.problems[*].reason"))
                .contains("exchange.code-unknown", "exchange.region-out-of-scope");
        assertThat(JsonPath.<List<String>>read(answer, "$.problems[*].value"))
                .contains("Perempuan", "Teleportation")
                .doesNotContain("RestrictsMovement");
        assertThat(JsonPath.<Integer>read(answer, "$.created")).isZero();
        assertThat(HtcdsFiles.read(export(caseWorker, "csv", false, 200))).hasSize(3);
        // an analyst may not import
        mvc.perform(multipart("/api/v1/import/htcds")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", bad.getBytes()))
                        .with(csrf())
                        .with(TestUsers.as(analyst)))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_download_page_offers_identifiers_only_to_case_workers_and_keeps_the_scope() throws Exception {
        String page = mvc.perform(get("/pertukaran").with(TestUsers.as(caseWorker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("name=\"identitas\"", "CC BY 4.0");
        String analystPage = mvc.perform(get("/pertukaran").param("lang", "en").with(TestUsers.as(analyst)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(analystPage)
                .doesNotContain("name=\"identitas\"")
                .contains("Downloads contain no personal identifiers");
        String csv = mvc.perform(get("/pertukaran/unduh")
                        .param("tahun", Integer.toString(year))
                        .with(TestUsers.as(analyst)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtcdsFiles.read(csv)).hasSize(3);
        mvc.perform(get("/pertukaran/unduh")
                        .param("tahun", Integer.toString(year))
                        .param("wilayah", "63.71")
                        .with(TestUsers.as(caseWorker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/pertukaran/unduh")
                        .param("tahun", Integer.toString(year))
                        .param("identitas", "true")
                        .with(TestUsers.as(analyst)))
                .andExpect(status().isForbidden());
    }

    String upload(String content, int status) throws Exception {
        return mvc.perform(multipart("/api/v1/import/htcds")
                        .file(new MockMultipartFile("file", "htcds.json", "application/json", content.getBytes()))
                        .with(csrf())
                        .with(TestUsers.as(caseWorker)))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static List<Map<String, String>> withoutCaseIds(List<Map<String, String>> records) {
        return records.stream()
                .map(r -> {
                    Map<String, String> m = new HashMap<>(r);
                    m.remove("cas_CaseNumber");
                    return m;
                })
                .toList();
    }
}
