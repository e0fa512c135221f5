package id.sigap.plans.web;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.plans.Indicator;
import id.sigap.plans.PlanTree;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Current names of the agencies a page mentions, by id. */
final class AgencyNames {

    private AgencyNames() {}

    static Map<Long, String> of(Agencies agencies, PlanTree tree) {
        return of(
                agencies,
                tree.indicators().stream().map(Indicator::responsibleAgencyId).toList());
    }

    static Map<Long, String> of(Agencies agencies, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (Long id : ids) {
            names.computeIfAbsent(id, k -> agencies.find(k).map(Agency::name).orElse("-"));
        }
        return names;
    }
}
