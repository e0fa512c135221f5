package id.sigap.plans.web;

import id.sigap.plans.Achievement;
import id.sigap.plans.ActionPlan;
import id.sigap.plans.Indicator;
import id.sigap.plans.internal.Achievements;
import id.sigap.plans.internal.PlanAccess;
import id.sigap.plans.internal.PlanReader;
import id.sigap.plans.internal.PlanStore;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.web.ApiController;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Action plans as JSON (contract: {@code GET /api/v1/plans?region=…&year=…}, filtered to the plans the caller may
 * read; {@code GET /api/v1/plans/{id}?year=…} with indicators and achievement, 403 outside the caller's scope).
 */
@ApiController
class PlansApi {

    record PlanJson(
            long id,
            String level,
            String regionCode,
            Long taskForceId,
            String title,
            int startYear,
            int endYear,
            String legalBasis,
            int version) {
        static PlanJson of(ActionPlan p) {
            return new PlanJson(
                    p.id(),
                    p.level().name(),
                    p.regionCode(),
                    p.taskForceId(),
                    p.title(),
                    p.startYear(),
                    p.endYear(),
                    p.legalBasis(),
                    p.version());
        }
    }

    record IndicatorJson(
            long id,
            String name,
            String unit,
            BigDecimal baseline,
            long responsibleAgencyId,
            String regionCode,
            String source,
            Map<Integer, BigDecimal> targets,
            BigDecimal achieved,
            BigDecimal achievementPercent) {}

    record PlanDetail(PlanJson plan, int year, List<IndicatorJson> indicators) {}

    private final PlanStore plans;
    private final PlanReader reader;
    private final Achievements achievements;
    private final PlanAccess access;

    PlansApi(PlanStore plans, PlanReader reader, Achievements achievements, PlanAccess access) {
        this.plans = plans;
        this.reader = reader;
        this.achievements = achievements;
        this.access = access;
    }

    @GetMapping("/api/v1/plans")
    Page<PlanJson> list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return plans.search(access.user(), region, year, PlanStore.Sort.PERIOD, false, PageRequest.of(page, size))
                .map(PlanJson::of);
    }

    @GetMapping("/api/v1/plans/{id}")
    PlanDetail get(@PathVariable long id, @RequestParam(required = false) Integer year) {
        SigapUser user = access.user();
        ActionPlan plan = plans.requireReadable(user, id);
        int y = year != null && plan.covers(year) ? year : plan.startYear();
        List<Indicator> indicators = reader.tree(plan).indicators();
        Map<Long, Achievement> done = achievements.of(plan, indicators, y);
        return new PlanDetail(
                PlanJson.of(plan),
                y,
                indicators.stream()
                        .map(i -> new IndicatorJson(
                                i.id(),
                                i.name(),
                                i.unit(),
                                i.baseline(),
                                i.responsibleAgencyId(),
                                i.regionCode(),
                                i.sourceKey(),
                                i.targets(),
                                done.get(i.id()).achieved(),
                                done.get(i.id()).percent()))
                        .toList());
    }
}
