package id.sigap.support.web;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyQuery;
import id.sigap.security.RegionScope;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.support.ConsentGiver;
import id.sigap.support.LegStatus;
import id.sigap.support.Livelihood;
import id.sigap.support.LivingSituation;
import id.sigap.support.Outcome;
import id.sigap.support.RetraffickingRisk;
import id.sigap.support.ServiceType;
import id.sigap.support.internal.ReferralViews;
import id.sigap.support.internal.Repatriations;
import id.sigap.support.internal.ServiceDirectory;
import id.sigap.support.internal.ServicePlans;
import id.sigap.support.internal.SupportAccess;
import id.sigap.support.internal.Visits;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of the services page of a case (/kasus/{id}/layanan), shared by the controllers whose forms re-render it
 * with field messages. Agencies to refer to or to name as provider are found by name and region ({@code cari},
 * {@code wilayah}), never listed whole: without a search, those of the case's region.
 */
@Component
class PlanPage {

    static final int CHOICES = 50;

    private final ServicePlans plans;
    private final ReferralViews views;
    private final Repatriations repatriations;
    private final Visits visits;
    private final ServiceDirectory directory;
    private final Agencies agencies;
    private final SupportAccess access;

    PlanPage(
            ServicePlans plans,
            ReferralViews views,
            Repatriations repatriations,
            Visits visits,
            ServiceDirectory directory,
            Agencies agencies,
            SupportAccess access) {
        this.plans = plans;
        this.views = views;
        this.repatriations = repatriations;
        this.visits = visits;
        this.directory = directory;
        this.agencies = agencies;
        this.access = access;
    }

    /** What the finder asked for: a service, a region code and a part of an agency's name (each may be null). */
    record Search(ServiceType service, String region, String name) {

        static final Search NONE = new Search(null, null, null);

        Search {
            region = Params.blank(region);
            name = Params.blank(name);
        }

        boolean any() {
            return region != null || name != null;
        }
    }

    String render(long id, Search search, Map<String, String> errors, String failedForm, Model model) {
        SigapUser user = access.user();
        var plan = plans.plan(user, id);
        var view = access.requireView(user, id);
        model.addAttribute("plan", plan);
        model.addAttribute("wholeCase", view.whole());
        model.addAttribute("referrals", views.ofCase(user, view));
        model.addAttribute("legs", repatriations.of(user, id));
        model.addAttribute("visits", visits.of(user, id));
        model.addAttribute("canPlan", plans.mayPlan(user, id));
        model.addAttribute("userAgencyId", user.agencyId());
        model.addAttribute("mayRecord", access.isReader(user));
        model.addAttribute("services", ServiceType.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("givers", ConsentGiver.values());
        model.addAttribute("legStatuses", LegStatus.values());
        model.addAttribute("risks", RetraffickingRisk.values());
        model.addAttribute("livings", LivingSituation.values());
        model.addAttribute("livelihoods", Livelihood.values());
        model.addAttribute("today", plans.today());
        model.addAttribute("errors", errors);
        model.addAttribute("failedForm", failedForm);
        model.addAttribute("noErrors", Map.of());
        model.addAttribute("wanted", search.service());
        model.addAttribute("wilayah", search.region());
        model.addAttribute("cari", search.name());
        model.addAttribute("searched", search.any());
        Page<Agency> found = agencies.search(
                new AgencyQuery(
                        search.name(), null, search.any() ? search.region() : plan.regionCode(), false, "name", false),
                RegionScope.NATIONAL,
                new PageRequest(0, CHOICES));
        model.addAttribute("agencies", found.content());
        model.addAttribute(
                "agenciesMore",
                Math.max(0, found.totalElements() - found.content().size()));
        model.addAttribute(
                "directory",
                directory.search(search.service(), search.region(), new PageRequest(0, CHOICES)).content().stream()
                        .filter(d -> search.name() == null
                                || d.agencyName()
                                        .toLowerCase(java.util.Locale.ROOT)
                                        .contains(search.name().toLowerCase(java.util.Locale.ROOT)))
                        .toList());
        return "support/plan";
    }
}
