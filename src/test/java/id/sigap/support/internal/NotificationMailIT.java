package id.sigap.support.internal;

import static id.sigap.support.SupportFixtures.json;
import static id.sigap.support.internal.db.Tables.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFixtures;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.security.StoredUsers;
import id.sigap.security.UserAccounts;
import id.sigap.security.UserAccounts.NewAccount;
import id.sigap.support.IntegrationTest;
import id.sigap.support.SupportFixtures;
import id.sigap.support.TestDates;
import id.sigap.support.TestUsers;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * E-mail notifications against a real SMTP server (GreenMail, started by this test on a free port): a new referral
 * reaches the receiving agency's staff, its acceptance the sender's, an overdue service its provider and the
 * task-force secretaries over the case's region; no message names the victim or the case; a failed send is logged
 * without personal data, kept and sent again.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationMailIT {

    static final int PORT = freePort();
    static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("sigap.mail.base-url", () -> "https://sigap.example");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    @Autowired
    UserAccounts accounts;

    @Autowired
    OverdueAlerts alerts;

    @Autowired
    MailDispatch dispatch;

    @Autowired
    DSLContext db;

    String tag = UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    Clock clock;

    /** Today in WIB by the application's clock, read before each test. */
    LocalDate today;

    @BeforeEach
    void readToday() {
        today = TestDates.today(clock);
    }

    SigapUser stored(long agencyId, String who, Grant grant) {
        return accounts.provision(new NewAccount(
                StoredUsers.uniqueUsername(who),
                "Staf " + who,
                who + "." + tag + "@sigap.example",
                agencyId,
                StoredUsers.PASSWORD,
                List.of(grant)));
    }

    @Test
    void referrals_and_overdue_services_are_mailed_without_personal_data_and_failures_are_retried(CapturedOutput output)
            throws Exception {
        Agency kupang = CaseFixtures.agency(agencies, "53.71");
        Agency shelter = agencies.create(
                NewAgency.of(CaseFixtures.unique("RPTC Surel"), AgencyType.SOCIAL_SERVICE_SHELTER, "65"));
        SigapUser owner = stored(kupang.id(), "pengirim", new Grant(Role.CASE_WORKER, "53.71"));
        stored(shelter.id(), "rptc", new Grant(Role.CASE_WORKER, "65"));
        stored(kupang.id(), "sekretaris", new Grant(Role.TASKFORCE_SECRETARY, "53"));
        SigapUser shelterWorker = TestUsers.user(shelter.id(), new Grant(Role.CASE_WORKER, "65"));
        var opened = caseFiles.open(CaseFixtures.newCase(kupang.id(), "53.71"));
        long caseId = opened.id();
        String victimName = "Korban Surel " + tag;
        long victim = SupportFixtures.addPerson(mvc, caseId, owner, "VICTIM", victimName, 22);

        long referral = SupportFixtures.id(mvc.perform(json(
                        post("/api/v1/cases/{id}/referrals", caseId),
                        owner,
                        Map.of(
                                "personId",
                                victim,
                                "service",
                                "SOCIAL_REHABILITATION",
                                "toAgencyId",
                                shelter.id(),
                                "reason",
                                "Rumah aman",
                                "sharesPersonData",
                                true,
                                "consentGivenBy",
                                "PERSON",
                                "consentGivenOn",
                                today.toString(),
                                "consentPurpose",
                                "Rehabilitasi sosial")))
                .andExpect(status().isCreated()));
        MimeMessage toShelter = awaitMail("rptc." + tag + "@sigap.example", "Rujukan baru nomor " + referral);
        String body = GreenMailUtil.getBody(toShelter);
        assertThat(body).contains("https://sigap.example/rujukan/" + referral);
        assertThat(body).doesNotContain(victimName).doesNotContain(opened.caseNumber());
        assertThat(inbox("pengirim." + tag + "@sigap.example")).isEmpty();

        mvc.perform(post("/api/v1/referrals/{id}/accept", referral).with(csrf()).with(TestUsers.as(shelterWorker)))
                .andExpect(status().isOk());
        MimeMessage toSender =
                awaitMail("pengirim." + tag + "@sigap.example", "Rujukan nomor " + referral + " diterima");
        assertThat(GreenMailUtil.getBody(toSender)).doesNotContain(victimName);
        mvc.perform(get("/api/v1/inbox").with(TestUsers.as(owner)))
                .andExpect(jsonPath("$.notices[0].kind").value("REFERRAL_ACCEPTED"));

        // an item 10 days past its application, not started: its provider and the secretary hear of it once
        long item = SupportFixtures.id(mvc.perform(json(
                        post("/api/v1/cases/{id}/services", caseId),
                        owner,
                        Map.of(
                                "personId",
                                victim,
                                "service",
                                "HEALTH_REHABILITATION",
                                "providerAgencyId",
                                shelter.id(),
                                "requestedOn",
                                today.minusDays(10).toString())))
                .andExpect(status().isCreated()));
        assertThat(alerts.scan()).isGreaterThanOrEqualTo(1);
        MimeMessage overdue = awaitMail("rptc." + tag + "@sigap.example", "Layanan nomor " + item + " ");
        awaitMail("sekretaris." + tag + "@sigap.example", "Layanan nomor " + item + " ");
        assertThat(GreenMailUtil.getBody(overdue)).doesNotContain(victimName);
        assertThat(alerts.scan()).isZero();

        // the SMTP server is down: the failure is logged without personal data, kept, and sent once it is back
        SMTP.stop();
        mvc.perform(json(
                        post("/api/v1/cases/{id}/referrals", caseId),
                        owner,
                        Map.of(
                                "personId",
                                victim,
                                "service",
                                "LEGAL",
                                "toAgencyId",
                                shelter.id(),
                                "reason",
                                "Pendampingan hukum",
                                "sharesPersonData",
                                false)))
                .andExpect(status().isCreated());
        var failed = awaitStatus(shelter.id(), "REFERRAL_NEW", 1);
        assertThat(failed.getMailStatus()).isEqualTo(MailDispatch.PENDING);
        assertThat(failed.getMailError()).isNotBlank();
        assertThat(output.getAll()).contains("Notification " + failed.getId() + " not sent by e-mail");
        assertThat(output.getAll()).doesNotContain(victimName).doesNotContain("rptc." + tag);

        SMTP.start();
        db.update(NOTIFICATION)
                .set(NOTIFICATION.MAIL_NEXT_AT, OffsetDateTime.now().minusSeconds(1))
                .where(NOTIFICATION.ID.eq(failed.getId()))
                .execute();
        dispatch.retry();
        assertThat(db.fetchValue(NOTIFICATION.MAIL_STATUS, NOTIFICATION.ID.eq(failed.getId())))
                .isEqualTo(MailDispatch.SENT);
        awaitMail("rptc." + tag + "@sigap.example", "Rujukan baru nomor " + failed.getObjectId());
    }

    /** The newest notification of that kind to the agency once it has been tried {@code attempts} times. */
    private id.sigap.support.internal.db.tables.records.NotificationRecord awaitStatus(
            long agencyId, String kind, int attempts) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var r = db.selectFrom(NOTIFICATION)
                    .where(NOTIFICATION.AGENCY_ID.eq(agencyId).and(NOTIFICATION.KIND.eq(kind)))
                    .orderBy(NOTIFICATION.ID.desc())
                    .limit(1)
                    .fetchOne();
            if (r != null && r.getMailAttempts() >= attempts) {
                return r;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("notification not tried");
    }

    /** The first message in {@code address}'s mailbox whose subject contains {@code subject}, waiting up to 10 s. */
    private static MimeMessage awaitMail(String address, String subject) throws Exception {
        for (int i = 0; i < 100; i++) {
            for (MimeMessage m : inbox(address)) {
                if (m.getSubject().contains(subject)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no e-mail '" + subject + "' for " + address);
    }

    /** What GreenMail delivered to {@code address} (each recipient, blind copies included, has a mailbox). */
    private static List<MimeMessage> inbox(String address) throws FolderException {
        GreenMailUser user = SMTP.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        return SMTP.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                .map(StoredMessage::getMimeMessage)
                .toList();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
