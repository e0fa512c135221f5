package id.sigap;

import static id.sigap.organization.OrgFixtures.freshYear;
import static id.sigap.organization.OrgFixtures.pergub;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.Member;
import id.sigap.organization.MemberRole;
import id.sigap.organization.NewAgency;
import id.sigap.organization.NewMember;
import id.sigap.organization.NewTaskForce;
import id.sigap.organization.SubTaskForce;
import id.sigap.organization.TaskForce;
import id.sigap.organization.TaskForces;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.security.StoredUsers;
import id.sigap.security.UserAccounts;
import id.sigap.security.UserAccounts.NewAccount;
import id.sigap.security.internal.AccessTokens;
import id.sigap.security.internal.BreakGlass;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the foundation (regions, organisations, users and access, audit, portal) against a user
 * outside the scope: a Kota Kupang account holding all seven roles in Kota Kupang tries each page (session and CSRF
 * token) and each JSON endpoint (personal access token) on Kalimantan Selatan's agency, task force, member,
 * sub-task force, user, grant, token and break-the-glass access. Single records are refused (403, or 404 where the
 * record's existence is the owner's own business), lists leave them out, and nothing changes. The list of endpoints
 * is read from Spring MVC: a new endpoint in these modules fails this test until it gets a refusal probe here or a
 * stated reason why it is not scoped by region.
 */
@IntegrationTest
class EndpointScopeIT {

    static final Set<String> FOUNDATION = Set.of(
            "id.sigap.region", "id.sigap.organization", "id.sigap.security", "id.sigap.audit", "id.sigap.portal");

    /** Endpoints that show or change nothing of a region, with the reason. */
    static final Map<String, String> NOT_REGIONAL = Map.ofEntries(
            Map.entry("GET /login", "the login page"),
            Map.entry("GET /", "the signed-in user's own home page"),
            Map.entry("GET /tentang", "the public about page"),
            Map.entry("GET /api/v1/regions", "public reference data (Kemendagri regions)"),
            Map.entry("GET /api/v1/regions/{code}", "public reference data (Kemendagri regions)"),
            Map.entry("GET /api/v1/countries", "public reference data (ISO 3166)"),
            Map.entry("GET /api/v1/countries/{iso2}", "public reference data (ISO 3166)"),
            Map.entry("GET /wilayah", "region reference pages"),
            Map.entry("GET /wilayah/buka", "region reference pages"),
            Map.entry("GET /wilayah/{code}", "region reference pages"),
            Map.entry("GET /wilayah/saran", "region reference pages (picker suggestions)"),
            Map.entry("GET /api/v1/me", "the caller's own account"),
            Map.entry("GET /akun", "the caller's own account"),
            Map.entry("POST /akun/kata-sandi", "the caller's own password"),
            Map.entry("GET /akun/token", "the caller's own tokens"),
            Map.entry("POST /akun/token", "a token for the caller, limited to the caller's scope (TokenIT)"),
            Map.entry("POST /api/v1/auth/token", "a token for the given credentials (TokenIT)"),
            Map.entry("GET /akses-darurat", "the caller's own break-the-glass page; access into other regions: below"),
            Map.entry("POST /akses-darurat", "break-the-glass itself: reasoned, time-limited, audited (BreakGlassIT)"),
            Map.entry("GET /gugus-tugas/status", "formation status is a national overview by design, no personal data"),
            Map.entry("GET /api/v1/taskforces/formation", "formation status, national by design"),
            Map.entry("GET /api/v1/taskforces/formation/map.geojson", "formation status map, national by design"),
            Map.entry("GET /gugus-tugas/baru", "an empty form; saving it in another region is probed"),
            Map.entry("GET /gugus-tugas/sub-bawaan", "the national default sub-task forces, read by everybody"));

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Agencies agencies;

    @Autowired
    TaskForces taskForces;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    BreakGlass breakGlass;

    String tag;
    LocalDate year;
    Agency kalselAgency;
    TaskForce kalselTaskForce;
    long kalselMember;
    Member kalselMemberRow;
    long kalselSub;
    List<SubTaskForce> kalselSubRows;
    SigapUser kalselUser;
    long kalselGrant;
    long kalselToken;
    String kalselTokenText;
    long kalselBreakGlass;
    List<String> secrets;

    MockHttpSession kalsel;
    String kalselAdminToken;
    Agency kupangAgency;
    MockHttpSession kupang;
    String kupangToken;

    @BeforeEach
    void kalimantanSelatanAndAKotaKupangUserWithEveryRole() throws Exception {
        tag = "KS" + UUID.randomUUID().toString().substring(0, 8);
        year = freshYear();
        kalselAgency = agencies.create(
                NewAgency.of("Dinas Sosial Banjarmasin " + tag, AgencyType.SOCIAL_SERVICE_SHELTER, "63.71"));
        kalselTaskForce = taskForces.create(new NewTaskForce(
                "GT Banjarmasin " + tag,
                null,
                "63.71",
                pergub(year),
                year,
                year.withMonth(12).withDayOfMonth(31)));
        kalselMemberRow = taskForces.addMember(
                kalselTaskForce.id(), new NewMember(kalselAgency.id(), MemberRole.ANGGOTA, null, year, null));
        kalselMember = kalselMemberRow.id();
        kalselSubRows = taskForces.subTaskForces(kalselTaskForce.id());
        kalselSub = kalselSubRows.getFirst().id();
        kalselUser = accounts.provision(new NewAccount(
                "kalsel." + tag.toLowerCase(),
                "Petugas " + tag,
                null,
                kalselAgency.id(),
                StoredUsers.PASSWORD,
                List.of(new Grant(Role.CASE_WORKER, "63.71"))));
        MvcResult user = mvc.perform(get("/api/v1/users/{id}", kalselUser.id())
                        .with(TestUsers.as(TestUsers.user(Role.SYSTEM_ADMIN, null))))
                .andReturn();
        kalselGrant = ((Number)
                        com.jayway.jsonpath.JsonPath.read(user.getResponse().getContentAsString(), "$.grants[0].id"))
                .longValue();
        var issued = tokens.issue(kalselUser, "skrip " + tag, 30);
        kalselToken = issued.id();
        kalselTokenText = issued.token();
        kalselBreakGlass = breakGlass
                .start(kalselUser, "63.01", "Korban dipindahkan ke Tanah Laut, perlu lanjutan " + tag, 2)
                .id();
        secrets = List.of(
                kalselAgency.name(),
                kalselTaskForce.name(),
                "/admin/pengguna/" + kalselUser.id() + "\"",
                "\"username\":\"" + kalselUser.username() + "\"",
                "Tanah Laut, perlu lanjutan " + tag,
                "\"objectId\":\"" + kalselAgency.id() + "\"",
                "> #" + kalselAgency.id() + "<");

        SigapUser kalselAdmin = accounts.provision(new NewAccount(
                "kalsel.admin." + tag.toLowerCase(),
                "Admin Kalsel " + tag,
                null,
                kalselAgency.id(),
                StoredUsers.PASSWORD,
                Arrays.stream(Role.values()).map(r -> new Grant(r, "63")).toList()));
        kalsel = StoredUsers.login(mvc, kalselAdmin);
        kalselAdminToken = tokens.issue(kalselAdmin, "skrip kalsel", 30).token();

        kupangAgency = agencies.create(NewAgency.of("Dinas P3A Kota Kupang " + tag, AgencyType.OTHER, "53.71"));
        SigapUser kupangUser = accounts.provision(new NewAccount(
                "kupang." + tag.toLowerCase(),
                "Petugas Kupang " + tag,
                null,
                kupangAgency.id(),
                StoredUsers.PASSWORD,
                Arrays.stream(Role.values()).map(r -> new Grant(r, "53.71")).toList()));
        kupang = StoredUsers.login(mvc, kupangUser);
        kupangToken = tokens.issue(kupangUser, "skrip kupang", 30).token();
    }

    @TestFactory
    Stream<DynamicTest> a_kota_kupang_user_with_every_role_is_refused_kalimantan_selatan_on_every_endpoint() {
        List<Probe> probes = probes();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest(
                "every endpoint has a probe or a reason", () -> everyEndpointIsCovered(probes)));
        probes.forEach(p -> tests.add(DynamicTest.dynamicTest(p.key() + " " + p.expect(), () -> run(p))));
        tests.add(DynamicTest.dynamicTest("nothing of Kalimantan Selatan changed", this::nothingChanged));
        return tests.stream();
    }

    private void everyEndpointIsCovered(List<Probe> probes) {
        Set<String> probed = new TreeSet<>();
        probes.forEach(p -> probed.add(p.key()));
        Set<String> endpoints = foundationEndpoints();
        assertThat(endpoints)
                .as("the foundation's endpoints, read from Spring MVC")
                .hasSizeGreaterThan(80);
        Set<String> uncovered = new TreeSet<>(endpoints);
        uncovered.removeAll(probed);
        uncovered.removeAll(NOT_REGIONAL.keySet());
        assertThat(uncovered)
                .as("endpoints without an out-of-scope probe in this test nor a reason in NOT_REGIONAL")
                .isEmpty();
        Set<String> stale = new TreeSet<>(probed);
        stale.addAll(NOT_REGIONAL.keySet());
        stale.removeAll(endpoints);
        assertThat(stale).as("probes of endpoints that do not exist").isEmpty();
    }

    private Set<String> foundationEndpoints() {
        return id.sigap.support.Endpoints.of(mappings, FOUNDATION);
    }

    private MvcResult perform(Probe probe, MockHttpSession session, String token) throws Exception {
        MockHttpServletRequestBuilder request = probe.request().get();
        if (probe.key().contains(" /api/")) {
            request.header("Authorization", "Bearer " + token);
        } else {
            request.session(session).with(csrf());
        }
        return mvc.perform(request).andReturn();
    }

    private void run(Probe probe) throws Exception {
        if (probe.expect() == Expect.LEFT_OUT) {
            // the same request inside Kalimantan Selatan shows the record: the probe can see a leak
            String inScope =
                    perform(probe, kalsel, kalselAdminToken).getResponse().getContentAsString();
            assertThat(secrets)
                    .as("control: Kalimantan Selatan's own administrator sees it")
                    .anyMatch(inScope::contains);
        }
        MvcResult result = perform(probe, kupang, kupangToken);
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString();
        if (probe.expect() == Expect.REFUSED) {
            assertThat(status).as("status of a refusal").isIn(403, 404);
        } else {
            assertThat(status).as("status of a list").isBetween(200, 299);
        }
        for (String secret : secrets) {
            assertThat(body)
                    .as("the answer names nothing of Kalimantan Selatan")
                    .doesNotContain(secret);
        }
    }

    private void nothingChanged() {
        Agency agency = agencies.find(kalselAgency.id()).orElseThrow();
        assertThat(agency.name()).isEqualTo(kalselAgency.name());
        assertThat(agency.version()).isEqualTo(kalselAgency.version());
        assertThat(agency.active()).isTrue();
        TaskForce tf = taskForces.require(kalselTaskForce.id());
        assertThat(tf.version()).isEqualTo(kalselTaskForce.version());
        assertThat(taskForces.members(tf.id())).singleElement().isEqualTo(kalselMemberRow);
        assertThat(taskForces.subTaskForces(tf.id())).isEqualTo(kalselSubRows);
        SigapUser user = accounts.find(kalselUser.id()).orElseThrow();
        assertThat(user.displayName()).isEqualTo(kalselUser.displayName());
        assertThat(user.grants()).containsExactlyElementsOf(kalselUser.grants());
        assertThat(tokens.authenticate(kalselTokenText)).isPresent();
        assertThat(breakGlass.activeRegions(kalselUser.id())).contains("63.01");
        assertThat(accounts.findByUsername("baru." + tag.toLowerCase())).isEmpty();
        assertThat(agencies.findByName("63.71", "Polresta Banjarmasin " + tag)).isEmpty();
        assertThat(taskForces.templates()).noneMatch(t -> t.name().contains(tag));
    }

    enum Expect {
        REFUSED,
        LEFT_OUT
    }

    record Probe(String key, Expect expect, java.util.function.Supplier<MockHttpServletRequestBuilder> request) {}

    private static Probe refused(String key, java.util.function.Supplier<MockHttpServletRequestBuilder> request) {
        return new Probe(key, Expect.REFUSED, request);
    }

    private static Probe leftOut(String key, java.util.function.Supplier<MockHttpServletRequestBuilder> request) {
        return new Probe(key, Expect.LEFT_OUT, request);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private List<Probe> probes() {
        long a = kalselAgency.id();
        long tf = kalselTaskForce.id();
        long m = kalselMember;
        long s = kalselSub;
        long u = kalselUser.id();
        String day = year.plusDays(40).toString();
        String newAgency = "{\"name\":\"Polresta Banjarmasin " + tag
                + "\",\"type\":\"POLICE_UNIT\",\"level\":\"REGENCY\",\"regionCode\":\"63.71\"}";
        String editAgency =
                "{\"name\":\"Diubah " + tag + "\",\"type\":\"SOCIAL_SERVICE_SHELTER\",\"level\":\"REGENCY\","
                        + "\"regionCode\":\"63.71\",\"version\":" + kalselAgency.version() + "}";
        String legal = "{\"decreeNumber\":\"Perwal 9 " + tag + "\",\"decreeDate\":\"" + year
                + "\",\"issuer\":\"Wali Kota\"," + "\"kind\":\"PERWAL\"}";
        String newTaskForce = "{\"regionCode\":\"63.71\",\"level\":\"REGENCY\",\"legalBasis\":" + legal
                + ",\"validFrom\":\"" + year.plusYears(1) + "\"}";
        String editTaskForce = "{\"name\":\"Diubah " + tag + "\",\"legalBasis\":" + legal + ",\"validFrom\":\"" + year
                + "\",\"version\":" + kalselTaskForce.version() + "}";
        String newUser = "{\"username\":\"baru." + tag.toLowerCase() + "\",\"displayName\":\"Baru\",\"agencyId\":" + a
                + ",\"password\":\"Kuat-Sekali-2026!\",\"grants\":[{\"role\":\"CASE_WORKER\",\"regionCode\":\"63.71\"}]}";
        return List.of(
                // agencies
                leftOut("GET /instansi", () -> get("/instansi").param("q", tag)),
                leftOut("GET /instansi/baru", () -> get("/instansi/baru")),
                refused("GET /instansi/{id}", () -> get("/instansi/{id}", a)),
                refused("GET /instansi/{id}/ubah", () -> get("/instansi/{id}/ubah", a)),
                refused("POST /instansi", () -> post("/instansi")
                        .param("name", "Polresta Banjarmasin " + tag)
                        .param("type", "POLICE_UNIT")
                        .param("level", "REGENCY")
                        .param("regionCode", "63.71")),
                refused("POST /instansi/{id}", () -> post("/instansi/{id}", a)
                        .param("name", "Diubah " + tag)
                        .param("type", "SOCIAL_SERVICE_SHELTER")
                        .param("level", "REGENCY")
                        .param("regionCode", "63.71")
                        .param("version", String.valueOf(kalselAgency.version()))),
                refused("POST /instansi/{id}/nonaktifkan", () -> post("/instansi/{id}/nonaktifkan", a)
                        .param("version", String.valueOf(kalselAgency.version()))),
                leftOut("GET /api/v1/agencies", () -> get("/api/v1/agencies").param("q", tag)),
                refused("GET /api/v1/agencies/{id}", () -> get("/api/v1/agencies/{id}", a)),
                refused("GET /api/v1/agencies/{id}/names", () -> get("/api/v1/agencies/{id}/names", a)),
                refused("POST /api/v1/agencies", () -> json(post("/api/v1/agencies"), newAgency)),
                refused("PUT /api/v1/agencies/{id}", () -> json(put("/api/v1/agencies/{id}", a), editAgency)),
                refused("POST /api/v1/agencies/{id}/deactivate", () -> post("/api/v1/agencies/{id}/deactivate", a)
                        .param("version", String.valueOf(kalselAgency.version()))),
                // task forces, members, sub-task forces
                leftOut("GET /gugus-tugas", () -> get("/gugus-tugas").param("tanggal", day)),
                refused("GET /gugus-tugas/{id}", () -> get("/gugus-tugas/{id}", tf)),
                refused("GET /gugus-tugas/{id}/ubah", () -> get("/gugus-tugas/{id}/ubah", tf)),
                refused("POST /gugus-tugas", () -> post("/gugus-tugas")
                        .param("regionCode", "63.71")
                        .param("kind", "PERWAL")
                        .param("decreeNumber", "9 " + tag)
                        .param("decreeDate", year.plusYears(1).toString())
                        .param("issuer", "Wali Kota")
                        .param("validFrom", year.plusYears(1).toString())),
                refused("POST /gugus-tugas/{id}", () -> post("/gugus-tugas/{id}", tf)
                        .param("name", "Diubah " + tag)
                        .param("kind", "PERWAL")
                        .param("decreeNumber", "9 " + tag)
                        .param("decreeDate", year.toString())
                        .param("issuer", "Wali Kota")
                        .param("validFrom", year.toString())
                        .param("version", String.valueOf(kalselTaskForce.version()))),
                refused("POST /gugus-tugas/sub-bawaan", () -> post("/gugus-tugas/sub-bawaan")
                        .param("numeral", "IX")
                        .param("name", "Sub " + tag)),
                refused("GET /gugus-tugas/{id}/anggota/baru", () -> get("/gugus-tugas/{id}/anggota/baru", tf)),
                refused("POST /gugus-tugas/{id}/anggota", () -> post("/gugus-tugas/{id}/anggota", tf)
                        .param("agencyId", String.valueOf(kupangAgency.id()))
                        .param("role", "ANGGOTA")
                        .param("validFrom", day)),
                refused(
                        "GET /gugus-tugas/{id}/anggota/{memberId}",
                        () -> get("/gugus-tugas/{id}/anggota/{memberId}", tf, m)),
                refused("POST /gugus-tugas/{id}/anggota/{memberId}/ubah", () -> post(
                                "/gugus-tugas/{id}/anggota/{memberId}/ubah", tf, m)
                        .param("role", "KETUA")
                        .param("effectiveFrom", day)
                        .param("version", "0")),
                refused("POST /gugus-tugas/{id}/anggota/{memberId}/akhiri", () -> post(
                                "/gugus-tugas/{id}/anggota/{memberId}/akhiri", tf, m)
                        .param("lastDay", day)
                        .param("version", "0")),
                refused("GET /gugus-tugas/{id}/sub/baru", () -> get("/gugus-tugas/{id}/sub/baru", tf)),
                refused("POST /gugus-tugas/{id}/sub", () -> post("/gugus-tugas/{id}/sub", tf)
                        .param("numeral", "VII")
                        .param("name", "Sub " + tag)
                        .param("validFrom", day)),
                refused("GET /gugus-tugas/{id}/sub/{subId}", () -> get("/gugus-tugas/{id}/sub/{subId}", tf, s)),
                refused("POST /gugus-tugas/{id}/sub/{subId}/ubah", () -> post(
                                "/gugus-tugas/{id}/sub/{subId}/ubah", tf, s)
                        .param("name", "Diubah " + tag)
                        .param("effectiveFrom", day)
                        .param("version", "0")),
                refused("POST /gugus-tugas/{id}/sub/{subId}/akhiri", () -> post(
                                "/gugus-tugas/{id}/sub/{subId}/akhiri", tf, s)
                        .param("lastDay", day)
                        .param("version", "0")),
                leftOut(
                        "GET /api/v1/taskforces",
                        () -> get("/api/v1/taskforces").param("date", day).param("size", "200")),
                refused("GET /api/v1/taskforces/{id}", () -> get("/api/v1/taskforces/{id}", tf)),
                refused("GET /api/v1/taskforces/{id}/members", () -> get("/api/v1/taskforces/{id}/members", tf)),
                refused(
                        "GET /api/v1/taskforces/{id}/subtaskforces",
                        () -> get("/api/v1/taskforces/{id}/subtaskforces", tf)),
                refused("POST /api/v1/taskforces", () -> json(post("/api/v1/taskforces"), newTaskForce)),
                refused("PUT /api/v1/taskforces/{id}", () -> json(put("/api/v1/taskforces/{id}", tf), editTaskForce)),
                refused(
                        "POST /api/v1/taskforces/{id}/members",
                        () -> json(
                                post("/api/v1/taskforces/{id}/members", tf),
                                "{\"agencyId\":" + kupangAgency.id() + ",\"role\":\"ANGGOTA\",\"validFrom\":\"" + day
                                        + "\"}")),
                refused(
                        "POST /api/v1/taskforces/{id}/members/{memberId}/end",
                        () -> json(
                                post("/api/v1/taskforces/{id}/members/{memberId}/end", tf, m),
                                "{\"lastDay\":\"" + day + "\",\"version\":0}")),
                refused(
                        "POST /api/v1/taskforces/{id}/members/{memberId}/change",
                        () -> json(
                                post("/api/v1/taskforces/{id}/members/{memberId}/change", tf, m),
                                "{\"role\":\"KETUA\",\"effectiveFrom\":\"" + day + "\",\"version\":0}")),
                // users and roles
                leftOut("GET /admin/pengguna", () -> get("/admin/pengguna").param("q", tag)),
                leftOut("GET /admin/pengguna/baru", () -> get("/admin/pengguna/baru")),
                refused("POST /admin/pengguna", () -> post("/admin/pengguna")
                        .param("username", "baru." + tag.toLowerCase())
                        .param("displayName", "Baru")
                        .param("agencyId", String.valueOf(a))
                        .param("password", "Kuat-Sekali-2026!")
                        .param("role", "CASE_WORKER")
                        .param("regionCode", "63.71")),
                refused("GET /admin/pengguna/{id}", () -> get("/admin/pengguna/{id}", u)),
                refused("POST /admin/pengguna/{id}", () -> post("/admin/pengguna/{id}", u)
                        .param("version", "0")
                        .param("displayName", "Diubah")
                        .param("agencyId", String.valueOf(kupangAgency.id()))),
                refused("POST /admin/pengguna/{id}/kata-sandi", () -> post("/admin/pengguna/{id}/kata-sandi", u)
                        .param("newPassword", "Kuat-Sekali-2026!")
                        .param("confirmPassword", "Kuat-Sekali-2026!")),
                refused("POST /admin/pengguna/{id}/peran", () -> post("/admin/pengguna/{id}/peran", u)
                        .param("role", "INTAKE_OFFICER")
                        .param("regionCode", "53.71")),
                refused(
                        "POST /admin/pengguna/{id}/peran/{grantId}/cabut",
                        () -> post("/admin/pengguna/{id}/peran/{grantId}/cabut", u, kalselGrant)),
                leftOut("GET /api/v1/users", () -> get("/api/v1/users").param("q", tag)),
                refused("GET /api/v1/users/{id}", () -> get("/api/v1/users/{id}", u)),
                refused("POST /api/v1/users", () -> json(post("/api/v1/users"), newUser)),
                refused(
                        "PUT /api/v1/users/{id}",
                        () -> json(
                                put("/api/v1/users/{id}", u),
                                "{\"version\":0,\"displayName\":\"Diubah\",\"agencyId\":" + kupangAgency.id() + "}")),
                refused(
                        "POST /api/v1/users/{id}/password",
                        () -> json(post("/api/v1/users/{id}/password", u), "{\"password\":\"Kuat-Sekali-2026!\"}")),
                refused(
                        "POST /api/v1/users/{id}/grants",
                        () -> json(
                                post("/api/v1/users/{id}/grants", u),
                                "{\"role\":\"INTAKE_OFFICER\",\"regionCode\":\"53.71\"}")),
                refused(
                        "DELETE /api/v1/users/{id}/grants/{grantId}",
                        () -> delete("/api/v1/users/{id}/grants/{grantId}", u, kalselGrant)),
                // somebody else's token and break-the-glass access
                refused("POST /akun/token/{id}/cabut", () -> post("/akun/token/{id}/cabut", kalselToken)),
                refused("POST /akses-darurat/{id}/akhiri", () -> post("/akses-darurat/{id}/akhiri", kalselBreakGlass)),
                leftOut("GET /api/v1/break-glass", () -> get("/api/v1/break-glass")),
                // audit
                leftOut(
                        "GET /audit",
                        () -> get("/audit").param("objectType", "agency").param("objectId", String.valueOf(a))),
                refused("POST /audit/verifikasi", () -> post("/audit/verifikasi")),
                leftOut(
                        "GET /api/v1/audit",
                        () -> get("/api/v1/audit").param("objectType", "agency").param("objectId", String.valueOf(a))),
                refused("POST /api/v1/audit/verify", () -> post("/api/v1/audit/verify")));
    }
}
