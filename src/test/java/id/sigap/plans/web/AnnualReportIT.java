package id.sigap.plans.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.organization.Agencies;
import id.sigap.plans.PlansFixtures;
import id.sigap.plans.ProgressReport;
import id.sigap.plans.internal.PlanIndicators;
import id.sigap.plans.internal.PlanParts;
import id.sigap.plans.internal.PlanStore;
import id.sigap.plans.internal.ProgressReports;
import id.sigap.plans.internal.ProgressReports.ReportInput;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The annual report opens as a valid PDF and XLSX with the right numbers (read back). */
@IntegrationTest
class AnnualReportIT {

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

    @Test
    void the_annual_report_carries_achievement_budget_obstacles_and_the_saved_texts() throws Exception {
        SigapUser secretary = PlansFixtures.secretary("53");
        var s = new PlansFixtures(agencies, plans, parts, indicators).sample(secretary, "53", null);
        SigapUser reporter = PlansFixtures.staff(s.responsible(), Role.INVESTIGATOR, "53");
        for (int[] q : new int[][] {{1, 6}, {2, 9}}) {
            ProgressReport r = reports.submit(
                    reporter,
                    s.indicator().id(),
                    new ReportInput(
                            2025,
                            q[0],
                            BigDecimal.valueOf(q[1]),
                            null,
                            q[0] == 2 ? "Saksi korban di Malaysia " + s.tag() : null),
                    null);
            r = reports.review(secretary, r.id(), r.version());
            reports.approve(secretary, r.id(), r.version());
        }
        parts.budget(
                secretary,
                s.activityId(),
                2025,
                "APBD",
                BigDecimal.valueOf(250_000_000),
                BigDecimal.valueOf(200_000_000));
        String base = "/rencana-aksi/" + s.plan().id() + "/laporan-tahunan/2025";
        mvc.perform(post(base)
                        .with(csrf())
                        .with(TestUsers.as(secretary))
                        .param("section", "SUMMARY")
                        .param("body", "Ringkasan capaian " + s.tag())
                        .param("version", "-1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base)
                        .with(csrf())
                        .with(TestUsers.as(secretary))
                        .param("section", "SUMMARY")
                        .param("body", "Basi")
                        .param("version", "-1"))
                .andExpect(status().isConflict());
        mvc.perform(post(base)
                        .with(csrf())
                        .with(TestUsers.as(PlansFixtures.secretary("63")))
                        .param("section", "INTERVENTIONS")
                        .param("body", "x")
                        .param("version", "-1"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base)
                        .with(csrf())
                        .with(TestUsers.as(secretary))
                        .param("section", "INTERVENTIONS")
                        .param("body", "Rumah aman di Kupang")
                        .param("version", "-1"))
                .andExpect(status().is3xxRedirection());

        byte[] pdf = mvc.perform(get(base + ".pdf").with(TestUsers.as(secretary)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Laporan Tahunan 2025")
                    .contains(s.plan().title())
                    .contains("Ringkasan capaian " + s.tag())
                    .contains("Rumah aman di Kupang")
                    .contains("Saksi korban di Malaysia " + s.tag())
                    .contains("20 15 75")
                    .contains("250000000 200000000 80");
        }
        byte[] xlsx = mvc.perform(get(base + ".xlsx").with(TestUsers.as(secretary)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet achievements = wb.getSheetAt(0);
            Row row = achievements.getRow(1);
            assertThat(row.getCell(2).getStringCellValue())
                    .isEqualTo(s.indicator().name());
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(12.0);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(20.0);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(15.0);
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(75.0);
            Row budget = wb.getSheetAt(1).getRow(1);
            assertThat(budget.getCell(1).getStringCellValue()).isEqualTo("APBD");
            assertThat(budget.getCell(2).getNumericCellValue()).isEqualTo(250_000_000.0);
            assertThat(budget.getCell(3).getNumericCellValue()).isEqualTo(200_000_000.0);
            assertThat(budget.getCell(4).getNumericCellValue()).isEqualTo(80.0);
            assertThat(wb.getSheetAt(2).getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("Ringkasan capaian " + s.tag());
        }
        byte[] period = mvc.perform(get("/rencana-aksi/" + s.plan().id() + "/laporan-periode.xlsx")
                        .with(TestUsers.as(reporter)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(period))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum())
                    .as("one row per year of 2025–2029")
                    .isEqualTo(5);
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(2025.0);
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(15.0);
            assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(75.0);
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(25.0);
            assertThat(sheet.getRow(2).getCell(5))
                    .as("nothing approved in 2026")
                    .isNull();
        }
        byte[] periodPdf = mvc.perform(get("/rencana-aksi/" + s.plan().id() + "/laporan-periode.pdf")
                        .with(TestUsers.as(secretary)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(periodPdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Laporan Lima Tahunan 2025–2029")
                    .contains("2025 20 15 75")
                    .contains("2026 25 - -");
        }
        mvc.perform(get("/rencana-aksi/" + s.plan().id() + "/laporan-periode.pdf")
                        .with(TestUsers.as(TestUsers.user(Role.ANALYST, "63"))))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + ".pdf").with(TestUsers.as(TestUsers.user(Role.ANALYST, "63"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rencana-aksi/" + s.plan().id() + "/laporan-tahunan/2031")
                        .with(TestUsers.as(secretary)))
                .andExpect(status().isUnprocessableEntity());
    }
}
