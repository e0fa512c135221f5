package id.sigap.intake.internal;

import static id.sigap.intake.internal.db.Tables.REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.cases.SensitiveValues;
import id.sigap.intake.Receipt;
import id.sigap.intake.ReportInput;
import id.sigap.intake.Reports;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reporter's phone is stored sealed (no plain text anywhere in the row), officers in scope still read it, others
 * do not, the public status flow is unchanged, and migration 52 seals phones stored in plain text before it.
 */
@IntegrationTest
class ReporterPhoneIT {

    static final String PHONE = "0813 7711 2299";

    @Autowired
    MockMvc mvc;

    @Autowired
    Reports reports;

    @Autowired
    Agencies agencies;

    @Autowired
    DSLContext db;

    @Autowired
    DataSource dataSource;

    @Autowired
    ReporterPhoneSealing migration;

    @Autowired
    SensitiveValues sensitive;

    String tag;
    SigapUser kupangOfficer;
    SigapUser banjarOfficer;
    Receipt receipt;

    @BeforeEach
    void aReportWithAPhone() {
        tag = "uji" + UUID.randomUUID().toString().substring(0, 8);
        Agency uptd = agencies.create(NewAgency.of("UPTD PPA Kupang " + tag, AgencyType.UPTD_PPA, "53.71"));
        kupangOfficer = TestUsers.user(uptd.id(), new Grant(Role.INTAKE_OFFICER, "53.71"));
        banjarOfficer = TestUsers.user(Role.INTAKE_OFFICER, "63.71");
        receipt = reports.receivePublic(new ReportInput(
                null,
                "FAMILY",
                "53.71",
                null,
                null,
                "Yohana " + tag,
                "19",
                "FEMALE",
                List.of("JOB_OFFER_ABROAD"),
                "Ditawari kerja di kebun sawit " + tag,
                "Ibu Yohana",
                PHONE,
                true));
    }

    @Test
    void the_row_holds_no_phone_in_plain_text_but_a_sealed_value_and_a_blind_index() {
        var row = db.selectFrom(REPORT).where(REPORT.ID.eq(receipt.reportId())).fetchSingle();
        for (Field<?> f : row.fields()) {
            Object v = row.get(f);
            String text = v instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) : String.valueOf(v);
            assertThat(text).as(f.getName()).doesNotContain("7711").doesNotContain("77112299");
        }
        assertThat(row.getReporterPhoneSealed()).isNotEmpty();
        assertThat(row.getReporterPhoneIndex())
                .isEqualTo(sensitive.blindIndex(SensitiveValues.Kind.PHONE, "+62 813-7711-2299"));
        assertThat(db.meta().getSchemas("intake").getFirst().getTable("report").field("reporter_phone"))
                .as("the plain-text column is gone")
                .isNull();
        // sealed for this row only: the ciphertext does not open as another report's phone
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        sensitive.open(row.getReporterPhoneSealed(), ReporterPhones.context(receipt.reportId() + 1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void officers_in_scope_see_the_phone_others_do_not_and_the_status_flow_still_works() throws Exception {
        mvc.perform(get("/pengaduan/{id}", receipt.reportId()).with(TestUsers.as(kupangOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(PHONE)));
        mvc.perform(get("/api/v1/reports/{id}", receipt.reportId()).with(TestUsers.as(kupangOfficer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reporterPhone").value(PHONE));
        mvc.perform(get("/pengaduan/{id}", receipt.reportId()).with(TestUsers.as(banjarOfficer)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(PHONE))));
        mvc.perform(get("/api/v1/reports/{id}", receipt.reportId()).with(TestUsers.as(banjarOfficer)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("7711"))));
        mvc.perform(get("/api/v1/reports/status/{code}", receipt.trackingCode()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_TRIAGE"))
                .andExpect(content().string(not(containsString("7711"))));
    }

    /** Migration 52 on a table as it was after V50: plain-text phones become sealed ones (rolled back afterwards). */
    @Test
    void migration_52_seals_phones_stored_in_plain_text() throws Exception {
        Field<String> plain = DSL.field(DSL.name("reporter_phone"), SQLDataType.VARCHAR(40));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                DSLContext tx = DSL.using(c, SQLDialect.POSTGRES);
                tx.alterTable(REPORT).addColumn(plain).execute();
                long withPhone = legacyRow(tx, plain, " +62 812-5500-4411 ");
                long without = legacyRow(tx, plain, null);

                migration.migrate(context(c));

                var sealed = tx.select(REPORT.REPORTER_PHONE_SEALED, REPORT.REPORTER_PHONE_INDEX, plain)
                        .from(REPORT)
                        .where(REPORT.ID.eq(withPhone))
                        .fetchSingle();
                assertThat(sealed.value3()).isNull();
                assertThat(sensitive.open(sealed.value1(), ReporterPhones.context(withPhone)))
                        .isEqualTo("+62 812-5500-4411");
                assertThat(sealed.value2()).isEqualTo(sensitive.blindIndex(SensitiveValues.Kind.PHONE, "081255004411"));
                var none = tx.select(REPORT.REPORTER_PHONE_SEALED, REPORT.REPORTER_PHONE_INDEX, plain)
                        .from(REPORT)
                        .where(REPORT.ID.eq(without))
                        .fetchSingle();
                assertThat(none.value1()).isNull();
                assertThat(none.value2()).isNull();
                assertThat(tx.fetchCount(REPORT, plain.isNotNull())).isZero();
            } finally {
                c.rollback();
            }
        }
    }

    private long legacyRow(DSLContext tx, Field<String> plain, String phone) {
        OffsetDateTime now = OffsetDateTime.now();
        return tx.insertInto(REPORT)
                .set(REPORT.TRACKING_HASH, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))
                .set(REPORT.CHANNEL, "PUBLIC_WEB")
                .set(REPORT.REPORTER_TYPE, "FAMILY")
                .set(REPORT.REGION_CODE, "53.71")
                .set(REPORT.PERSON_SEX, "UNKNOWN")
                .set(REPORT.DESCRIPTION, "Laporan lama " + tag)
                .set(plain, phone)
                .set(REPORT.CONSENT_TO_CONTACT, phone != null)
                .set(REPORT.IMMEDIATE_DANGER, false)
                .set(REPORT.CHILD_INVOLVED, false)
                .set(REPORT.ABROAD, false)
                .set(REPORT.URGENCY, (short) 0)
                .set(REPORT.STATUS, "RECEIVED")
                .set(REPORT.RECEIVED_AT, now)
                .set(REPORT.STATUS_CHANGED_AT, now)
                .returning(REPORT.ID)
                .fetchSingle(REPORT.ID);
    }

    private static Context context(Connection c) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return c;
            }
        };
    }
}
