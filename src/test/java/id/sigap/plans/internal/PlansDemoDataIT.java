package id.sigap.plans.internal;

import static id.sigap.plans.internal.db.Tables.ACTION_PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.organization.Agencies;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.plans.ActionPlan;
import id.sigap.plans.Indicator;
import id.sigap.plans.PlansFixtures;
import id.sigap.support.IntegrationTest;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo RAD of NTT loads with its indicators, approved quarters and a rakor, and loading twice adds nothing. */
@IntegrationTest
class PlansDemoDataIT {

    @Autowired
    DSLContext db;

    @Autowired
    PlanStore plans;

    @Autowired
    PlanParts parts;

    @Autowired
    PlanIndicators indicators;

    @Autowired
    ProgressReports reports;

    @Autowired
    Meetings meetings;

    @Autowired
    FollowUps followUps;

    @Autowired
    Agencies agencies;

    @Autowired
    Achievements achievements;

    @Test
    void the_demo_rad_of_ntt_is_loaded_once() {
        for (String name : List.of(
                "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi NTT",
                "Direktorat Reserse Kriminal Umum Polda NTT",
                "BP3MI Nusa Tenggara Timur",
                "Dinas Sosial Provinsi NTT")) {
            if (agencies.findByName("53", name).isEmpty()) {
                agencies.create(NewAgency.of(name, AgencyType.OTHER, "53"));
            }
        }
        var demo = new PlansDemoData(db, plans, parts, indicators, reports, meetings, followUps, agencies);
        demo.load();
        demo.load();
        var rows = db.selectFrom(ACTION_PLAN)
                .where(ACTION_PLAN.REGION_CODE.eq("53").and(ACTION_PLAN.TITLE.eq(PlansDemoData.TITLE)))
                .fetch();
        assertThat(rows).hasSize(1);
        ActionPlan plan = plans.find(rows.getFirst().getId());
        List<Indicator> all = indicators.ofPlan(plan.id());
        assertThat(all).hasSize(3);
        Indicator cases = all.stream()
                .filter(i -> i.name().equals("Perkara TPPO yang disidik"))
                .findFirst()
                .orElseThrow();
        var a = achievements.of(plan, List.of(cases), 2025).get(cases.id());
        assertThat(a.achieved()).isEqualByComparingTo("14");
        assertThat(a.percent()).isEqualByComparingTo("70.0");
        assertThat(all).filteredOn(Indicator::computed).hasSize(1);
        var visible = meetings.search(
                PlansFixtures.secretary("53"), "53", 2026, false, id.sigap.shared.PageRequest.of(0, 200));
        assertThat(visible.content())
                .anyMatch(m -> m.title().startsWith("Rapat Koordinasi Gugus Tugas PP-TPPO Provinsi NTT"));
    }
}
