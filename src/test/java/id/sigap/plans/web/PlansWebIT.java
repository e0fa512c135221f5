package id.sigap.plans.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CasePersons;
import id.sigap.cases.PersonRole;
import id.sigap.organization.Agencies;
import id.sigap.plans.PlansFixtures;
import id.sigap.plans.ProgressReport;
import id.sigap.plans.internal.Achievements;
import id.sigap.plans.internal.PlanIndicators;
import id.sigap.plans.internal.PlanParts;
import id.sigap.plans.internal.PlanStore;
import id.sigap.plans.internal.ProgressReports;
import id.sigap.plans.internal.ProgressReports.ReportInput;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PlansWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    @Autowired
    PlanStore plans;

    @Autowired
    PlanParts parts;

    @Autowired
    PlanIndicators indicators;

    @Autowired
    ProgressReports reports;

    @Autowired
    Achievements achievements;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    CasePersons casePersons;

    PlansFixtures fixtures;

    final SigapUser secretary = PlansFixtures.secretary("53");

    @BeforeEach
    void setUp() {
        fixtures = new PlansFixtures(agencies, plans, parts, indicators);
    }

    @Test
    void the_secretary_creates_a_plan_on_the_page_and_another_provinces_secretary_is_refused() throws Exception {
        String title = "RAD NTT " + PlansFixtures.tag();
        String location = mvc.perform(post("/rencana-aksi")
                        .with(csrf())
                        .with(TestUsers.as(secretary))
                        .param("regionCode", "53")
                        .param("title", title)
                        .param("startYear", "2025")
                        .param("endYear", "2029"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/rencana-aksi/\\d+");
        mvc.perform(get(location).with(TestUsers.as(TestUsers.user(Role.ANALYST, "53"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(title)));
        mvc.perform(get(location).with(TestUsers.as(TestUsers.user(Role.ANALYST, "63"))))
                .andExpect(status().isForbidden());
        mvc.perform(get(location).param("lang", "en").with(TestUsers.as(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Add cluster")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Edit action plan")));
        mvc.perform(get("/rencana-aksi").param("wilayah", "53").with(TestUsers.as(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(title)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Rencana aksi baru")));
        mvc.perform(get("/rencana-aksi").param("wilayah", "65.01").with(TestUsers.as(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Belum ada rencana aksi")));
        mvc.perform(post("/rencana-aksi")
                        .with(csrf())
                        .with(TestUsers.as(PlansFixtures.secretary("63")))
                        .param("regionCode", "53")
                        .param("title", title)
                        .param("startYear", "2025")
                        .param("endYear", "2029"))
                .andExpect(status().isForbidden());
        mvc.perform(post(location + "/klaster")
                        .with(csrf())
                        .with(TestUsers.as(PlansFixtures.secretary("63")))
                        .param("name", "Pencegahan"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/rencana-aksi")
                        .with(csrf())
                        .with(TestUsers.as(secretary))
                        .param("regionCode", "53")
                        .param("title", "")
                        .param("startYear", "2025")
                        .param("endYear", "2020"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Wajib diisi.")));
    }

    @Test
    void the_api_lists_only_plans_in_scope_and_refuses_one_outside() throws Exception {
        var s = fixtures.sample(secretary, "53", null);
        SigapUser kalsel = TestUsers.user(Role.ANALYST, "63");
        mvc.perform(get("/api/v1/plans")
                        .param("region", "53")
                        .param("size", "200")
                        .with(TestUsers.as(TestUsers.user(Role.ANALYST, "53"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == " + s.plan().id() + ")].title")
                        .value(s.plan().title()));
        mvc.perform(get("/api/v1/plans")
                        .param("region", "53")
                        .param("size", "200")
                        .with(TestUsers.as(kalsel)))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.content[?(@.id == " + s.plan().id() + ")]").isEmpty());
        mvc.perform(get("/api/v1/plans/{id}", s.plan().id()).with(TestUsers.as(kalsel)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.denied"));
        mvc.perform(get("/api/v1/plans/{id}", s.plan().id())
                        .param("year", "2025")
                        .with(TestUsers.as(PlansFixtures.staff(s.responsible(), Role.INVESTIGATOR, "53"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].name").value(s.indicator().name()))
                .andExpect(jsonPath("$.indicators[0].targets['2025']").value(20.0));
    }

    @Test
    void evidence_is_checked_by_content_and_readers_outside_the_scope_cannot_download_it() throws Exception {
        var s = fixtures.sample(secretary, "53", null);
        SigapUser reporter = PlansFixtures.staff(s.responsible(), Role.INVESTIGATOR, "53");
        mvc.perform(multipart(
                                "/rencana-aksi/indikator/{id}/laporan",
                                s.indicator().id())
                        .file(new MockMultipartFile(
                                "file", "bukti.pdf", "application/pdf", "bukan pdf".getBytes(StandardCharsets.UTF_8)))
                        .param("year", "2025")
                        .param("quarter", "1")
                        .param("value", "3")
                        .with(csrf())
                        .with(TestUsers.as(reporter)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("hanya PDF, JPEG atau PNG")));
        assertThat(reports.ofIndicator(s.indicator().id()))
                .as("a refused file leaves no report")
                .isEmpty();
        mvc.perform(multipart(
                                "/rencana-aksi/indikator/{id}/laporan",
                                s.indicator().id())
                        .file(new MockMultipartFile("file", "foto kegiatan.png", "image/png", png()))
                        .param("year", "2025")
                        .param("quarter", "1")
                        .param("value", "3")
                        .param("narrative", "Gelar perkara")
                        .with(csrf())
                        .with(TestUsers.as(reporter)))
                .andExpect(status().is3xxRedirection());
        ProgressReport r = reports.ofIndicator(s.indicator().id()).getFirst();
        String page = mvc.perform(
                        get("/rencana-aksi/indikator/{id}", s.indicator().id()).with(TestUsers.as(secretary)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("foto kegiatan.png").contains("Terlambat").contains("Tandai sudah ditelaah");
        String href = page.replaceAll("(?s).*href=\"(/rencana-aksi/bukti/\\d+)\".*", "$1");
        mvc.perform(get(href).with(TestUsers.as(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
        mvc.perform(get(href).with(TestUsers.as(TestUsers.user(Role.ANALYST, "63"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/rencana-aksi/laporan/{id}/telaah", r.id())
                        .param("version", String.valueOf(r.version()))
                        .with(csrf())
                        .with(TestUsers.as(reporter)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/rencana-aksi/laporan/{id}/telaah", r.id())
                        .param("version", String.valueOf(r.version() + 5))
                        .with(csrf())
                        .with(TestUsers.as(secretary)))
                .andExpect(status().isConflict());
    }

    @Test
    void an_indicator_bound_to_victims_registered_is_computed_from_the_case_files() {
        var s = fixtures.sample(secretary, "53", "cases.victims-registered");
        int year = reports.today().getYear();
        BigDecimal before = achievements
                .of(s.plan(), List.of(s.indicator()), year)
                .get(s.indicator().id())
                .achieved();
        var kase = caseFiles.open(
                new CaseFiles.NewCase(s.responsible().id(), "53.71", "Kasus uji", null, null, false, true));
        SigapUser worker = TestUsers.user(s.responsible().id(), new id.sigap.security.Grant(Role.CASE_WORKER, "53.71"));
        for (String name : List.of("Korban Satu " + s.tag(), "Korban Dua " + s.tag())) {
            casePersons.addToCase(
                    worker,
                    kase.id(),
                    new CasePersons.NewPerson(
                            name, null, null, null, null, null, null, null, null, "53.71", null, null, null, null),
                    PersonRole.VICTIM,
                    null);
        }
        var after = achievements
                .of(s.plan(), List.of(s.indicator()), year)
                .get(s.indicator().id());
        assertThat(after.computed()).isTrue();
        assertThat(after.achieved()).isEqualByComparingTo(before.add(BigDecimal.valueOf(2)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.submit(
                        PlansFixtures.staff(s.responsible(), Role.INVESTIGATOR, "53"),
                        s.indicator().id(),
                        new ReportInput(2025, 1, BigDecimal.ONE, null, null),
                        null))
                .as("a computed indicator is not reported by hand")
                .isInstanceOf(id.sigap.shared.SigapException.NotAllowed.class);
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
