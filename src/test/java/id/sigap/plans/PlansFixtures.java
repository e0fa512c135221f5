package id.sigap.plans;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.plans.internal.PlanIndicators;
import id.sigap.plans.internal.PlanIndicators.IndicatorInput;
import id.sigap.plans.internal.PlanParts;
import id.sigap.plans.internal.PlanParts.Part;
import id.sigap.plans.internal.PlanStore;
import id.sigap.plans.internal.PlanStore.PlanInput;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.TestUsers;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** Test data of the plans module: unique agencies, users without stored accounts, a plan with one indicator. */
public class PlansFixtures {

    /** A plan with one cluster, programme and activity, and an indicator with a target of 20 in 2025. */
    public record Sample(
            ActionPlan plan, long clusterId, long activityId, Indicator indicator, Agency responsible, String tag) {}

    private final Agencies agencies;
    private final PlanStore plans;
    private final PlanParts parts;
    private final PlanIndicators indicators;

    public PlansFixtures(Agencies agencies, PlanStore plans, PlanParts parts, PlanIndicators indicators) {
        this.agencies = agencies;
        this.plans = plans;
        this.parts = parts;
        this.indicators = indicators;
    }

    public static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public Agency agency(String name, String region) {
        return agencies.create(NewAgency.of(name + " " + tag(), AgencyType.POLICE_UNIT, region));
    }

    public static SigapUser secretary(String region) {
        return TestUsers.user(0L, new Grant(Role.TASKFORCE_SECRETARY, region));
    }

    public static SigapUser staff(Agency agency, Role role, String region) {
        return TestUsers.user(agency.id(), new Grant(role, region));
    }

    public Sample sample(SigapUser secretary, String region, String sourceKey) {
        String tag = tag();
        Agency responsible = agency("Polda Uji", region.substring(0, 2));
        ActionPlan plan =
                plans.create(secretary, new PlanInput(region, "RAD Uji " + tag, 2025, 2029, "Pergub Uji " + tag));
        long cluster = parts.add(secretary, Part.CLUSTER, plan.id(), "Penegakan Hukum");
        long programme = parts.add(secretary, Part.PROGRAMME, cluster, "Penyidikan TPPO");
        long activity = parts.add(secretary, Part.ACTIVITY, programme, "Penyidikan perkara");
        Indicator indicator = indicators.add(
                secretary,
                activity,
                new IndicatorInput(
                        "Perkara disidik " + tag,
                        "perkara",
                        BigDecimal.valueOf(12),
                        responsible.id(),
                        null,
                        "SUM",
                        sourceKey,
                        Map.of(2025, BigDecimal.valueOf(20), 2026, BigDecimal.valueOf(25))));
        return new Sample(plan, cluster, activity, indicator, responsible, tag);
    }
}
