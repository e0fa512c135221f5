package id.sigap.plans.internal;

import static id.sigap.plans.internal.db.Tables.ACTION_PLAN;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.plans.ActionPlan;
import id.sigap.plans.Indicator;
import id.sigap.plans.ProgressReport;
import id.sigap.plans.internal.Meetings.MeetingInput;
import id.sigap.plans.internal.PlanIndicators.IndicatorInput;
import id.sigap.plans.internal.PlanParts.Part;
import id.sigap.plans.internal.PlanStore.PlanInput;
import id.sigap.plans.internal.ProgressReports.ReportInput;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code --demo}: the RAD PP-TPPO 2025–2029 of Nusa Tenggara Timur with three clusters and indicators (one
 * computed from the case files), two approved quarterly reports of Polda NTT, budgets, and a rakor with follow-ups.
 * Runs once the portal's demo agencies exist (after the application is ready); idempotent by the plan's title.
 */
@Component
@ConditionalOnProperty(name = "sigap.demo", havingValue = "true")
class PlansDemoData {

    static final String TITLE = "RAD PP-TPPO Provinsi Nusa Tenggara Timur 2025–2029";
    private static final Logger log = LoggerFactory.getLogger(PlansDemoData.class);

    private final DSLContext db;
    private final PlanStore plans;
    private final PlanParts parts;
    private final PlanIndicators indicators;
    private final ProgressReports reports;
    private final Meetings meetings;
    private final FollowUps followUps;
    private final Agencies agencies;

    PlansDemoData(
            DSLContext db,
            PlanStore plans,
            PlanParts parts,
            PlanIndicators indicators,
            ProgressReports reports,
            Meetings meetings,
            FollowUps followUps,
            Agencies agencies) {
        this.db = db;
        this.plans = plans;
        this.parts = parts;
        this.indicators = indicators;
        this.reports = reports;
        this.meetings = meetings;
        this.followUps = followUps;
        this.agencies = agencies;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (db.fetchExists(ACTION_PLAN, ACTION_PLAN.REGION_CODE.eq("53").and(ACTION_PLAN.TITLE.eq(TITLE)))) {
            return;
        }
        Optional<Agency> dp3a =
                agencies.findByName("53", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi NTT");
        Optional<Agency> polda = agencies.findByName("53", "Direktorat Reserse Kriminal Umum Polda NTT");
        Optional<Agency> bp3mi = agencies.findByName("53", "BP3MI Nusa Tenggara Timur");
        Optional<Agency> dinsos = agencies.findByName("53", "Dinas Sosial Provinsi NTT");
        if (dp3a.isEmpty() || polda.isEmpty() || bp3mi.isEmpty() || dinsos.isEmpty()) {
            log.warn("Demo action plan skipped: the NTT demo agencies are missing");
            return;
        }
        SigapUser secretary = actor(dp3a.get().id(), Role.TASKFORCE_SECRETARY);
        ActionPlan plan = plans.create(
                secretary,
                new PlanInput(
                        "53", TITLE, 2025, 2029, "Peraturan Gubernur NTT tentang RAD PP-TPPO 2025–2029 (contoh)"));
        long prevention = activity(
                secretary,
                plan,
                "Pencegahan dan Partisipasi Anak",
                "Migrasi aman",
                "Sosialisasi migrasi aman di desa kantong PMI");
        indicators.add(
                secretary,
                prevention,
                new IndicatorInput(
                        "Desa kantong PMI yang mendapat sosialisasi migrasi aman",
                        "desa",
                        BigDecimal.valueOf(20),
                        bp3mi.get().id(),
                        null,
                        "SUM",
                        null,
                        targets(40, 60, 80, 100, 120)));
        parts.budget(
                secretary, prevention, 2025, "APBD", BigDecimal.valueOf(250_000_000), BigDecimal.valueOf(180_000_000));
        long services = activity(
                secretary,
                plan,
                "Rehabilitasi Sosial, Pemulangan dan Reintegrasi Sosial",
                "Layanan terpadu korban",
                "Pendampingan dan pemulihan korban");
        indicators.add(
                secretary,
                services,
                new IndicatorInput(
                        "Korban TPPO yang tercatat dan dilayani",
                        "orang",
                        null,
                        dinsos.get().id(),
                        null,
                        "SUM",
                        VictimsRegistered.KEY,
                        targets(30, 30, 30, 30, 30)));
        parts.budget(
                secretary, services, 2025, "APBN", BigDecimal.valueOf(120_000_000), BigDecimal.valueOf(95_000_000));
        long enforcement = activity(secretary, plan, "Penegakan Hukum", "Penyidikan TPPO", "Penyidikan perkara TPPO");
        Indicator cases = indicators.add(
                secretary,
                enforcement,
                new IndicatorInput(
                        "Perkara TPPO yang disidik",
                        "perkara",
                        BigDecimal.valueOf(12),
                        polda.get().id(),
                        null,
                        "SUM",
                        null,
                        targets(20, 22, 24, 26, 28)));
        SigapUser investigator = actor(polda.get().id(), Role.INVESTIGATOR);
        for (int[] q : new int[][] {{1, 6}, {2, 8}}) {
            ProgressReport r = reports.submit(
                    investigator,
                    cases.id(),
                    new ReportInput(
                            2025,
                            q[0],
                            BigDecimal.valueOf(q[1]),
                            "Penyidikan perkara TPPO oleh Subdit Renakta",
                            q[0] == 2 ? "Saksi korban berada di luar negeri" : null),
                    null);
            r = reports.review(secretary, r.id(), r.version());
            reports.approve(secretary, r.id(), r.version());
        }
        var meeting = meetings.create(
                secretary,
                new MeetingInput(
                        "RAKOR",
                        "53",
                        "Rapat Koordinasi Gugus Tugas PP-TPPO Provinsi NTT Triwulan I 2026",
                        LocalDate.of(2026, 2, 10),
                        "Aula Dinas P3A Provinsi NTT, Kupang",
                        45,
                        "1. Capaian RAD 2025\n2. Rencana kerja 2026",
                        "Rapat dibuka oleh Ketua Harian. Setiap klaster menyampaikan capaian 2025.",
                        "Pendataan korban diperbarui tiap triwulan; sosialisasi diperluas ke desa kantong PMI.",
                        List.of(
                                dp3a.get().id(),
                                polda.get().id(),
                                bp3mi.get().id(),
                                dinsos.get().id())));
        followUps.add(
                secretary,
                meeting.id(),
                "Perbarui data perkara TPPO triwulan IV 2025",
                polda.get().id(),
                LocalDate.of(2026, 3, 31));
        followUps.add(
                secretary,
                meeting.id(),
                "Sosialisasi migrasi aman di 10 desa kantong PMI",
                bp3mi.get().id(),
                LocalDate.of(2026, 6, 30));
        log.info("Demo action plan ready: {}", TITLE);
    }

    private long activity(SigapUser user, ActionPlan plan, String cluster, String programme, String activity) {
        long c = parts.add(user, Part.CLUSTER, plan.id(), cluster);
        long p = parts.add(user, Part.PROGRAMME, c, programme);
        return parts.add(user, Part.ACTIVITY, p, activity);
    }

    private static Map<Integer, BigDecimal> targets(int... perYear) {
        Map<Integer, BigDecimal> out = new java.util.TreeMap<>();
        for (int i = 0; i < perYear.length; i++) {
            out.put(2025 + i, BigDecimal.valueOf(perYear[i]));
        }
        return out;
    }

    private static SigapUser actor(long agencyId, Role role) {
        return new SigapUser(0, "demo", "Demo", agencyId, List.of(new Grant(role, "53")));
    }
}
