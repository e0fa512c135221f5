package id.sigap.synthetic.internal;

import id.sigap.cases.BulkLoadCase;
import id.sigap.cases.CaseStatus;
import id.sigap.cases.PersonRole;
import id.sigap.organization.AgencyType;
import id.sigap.support.GeneratedServices;
import id.sigap.support.GeneratedServices.Item;
import id.sigap.support.ServiceType;
import id.sigap.synthetic.internal.Places.District;
import id.sigap.synthetic.internal.Places.Regency;
import java.time.LocalDate;

/**
 * The service plans of a generated case's victims (Permen PPPA 8/2021), from a dice stream of its own so the cases
 * stay as they were: identification by the local UPTD PPA for everyone; health care at the regency hospital; social
 * rehabilitation locally or in a shelter (RPTC of the transit or home province, or the national one), referred;
 * legal services (LPSK, referred, or the UPTD's legal aid); repatriation legs for victims found abroad or stopped in
 * transit; reintegration by the UPTD PPA at home with visits at 3, 6 and 12 months. A closed case's items are all
 * done or closed with a reason; an open case's are done, in progress or not started (then overdue). Persons are
 * indexes into the case's persons until {@link ServiceIds#bind} puts in the ids.
 */
final class ServicePlanner {

    static final long STREAM = 9;

    private final Places places;
    private final LocalAgencies agencies;

    ServicePlanner(Places places, LocalAgencies agencies) {
        this.places = places;
        this.agencies = agencies;
    }

    GeneratedServices plan(long seed, int i, Story s, BulkLoadCase c) {
        Dice d = Dice.of(seed, STREAM, i);
        LocalDate opened = c.openedAt().toLocalDate();
        ItemDates dates =
                new ItemDates(d, c.status() == CaseStatus.CLOSED ? c.closedAt().toLocalDate() : null, opened);
        Regency handling = places.regency(c.regionCode());
        ServiceDrafts out = new ServiceDrafts(d, agencies, c.owningAgencyId(), dates);
        long uptd = agencies.uptd(handling);
        for (int k = 0; k < c.persons().size(); k++) {
            BulkLoadCase.Person p = c.persons().get(k);
            if (p.role() != PersonRole.VICTIM) {
                continue;
            }
            boolean child = p.birthDate() != null
                    ? p.birthDate().plusYears(18).isAfter(opened)
                    : p.estimatedAge() != null && p.estimatedAge() < 18;
            District home = places.district(p.regionCode());
            out.direct(k, ServiceType.COMPLAINT_IDENTIFICATION, uptd, dates.identification(), false);
            if (d.chance(health(s, child))) {
                long hospital = agencies.named(handling.code(), "RSUD " + handling.name(), AgencyType.HOSPITAL_HEALTH);
                out.direct(k, ServiceType.HEALTH_REHABILITATION, hospital, dates.requested(0, 3), d.chance(0.25));
            }
            if (d.chance(0.65)) {
                socialRehabilitation(out, d, k, child, s, handling, home, uptd, dates);
            }
            if (d.chance(0.55)) {
                if (d.chance(0.45)) {
                    long lpsk = agencies.named(null, LPSK, AgencyType.LPSK);
                    out.referred(k, child, ServiceType.LEGAL, lpsk, null, dates.requested(3, 30));
                } else {
                    out.direct(k, ServiceType.LEGAL, uptd, dates.requested(1, 14), false);
                }
            }
            boolean foundAbroad = s.abroad() && !s.intercepted();
            boolean stoppedAway = s.intercepted() && !home.provinceCode().equals(handling.provinceCode());
            LocalDate returned = null;
            if (foundAbroad || stoppedAway) {
                returned = new RepatriationRoute(places, agencies, d).add(out, k, child, s, home, dates);
            }
            if (d.chance(returned != null ? 0.8 : 0.5)) {
                long homeUptd = agencies.uptd(home.regency());
                ItemDates.Dated requested = dates.requested(20, 90);
                int item = homeUptd == c.owningAgencyId()
                        ? out.direct(k, ServiceType.SOCIAL_REINTEGRATION, homeUptd, requested, false)
                        : out.referred(
                                k,
                                child,
                                ServiceType.SOCIAL_REINTEGRATION,
                                homeUptd,
                                home.regency().code(),
                                requested);
                Item made = out.item(item);
                LocalDate back = returned != null ? returned : made.startedOn();
                if (back != null && made.closingReason() == null) {
                    FollowUps.add(
                            out,
                            d,
                            k,
                            made.providerAgencyId() != null ? made.providerAgencyId() : c.owningAgencyId(),
                            back);
                }
            }
        }
        return out.build(c.regionCode(), c.status() == CaseStatus.CLOSED);
    }

    static final String LPSK = "Lembaga Perlindungan Saksi dan Korban (LPSK)";

    /** More often after sexual exploitation, organ removal and for children. */
    private static double health(Story s, boolean child) {
        double p = s.scenario() == Scenario.SEXUAL || s.scenario() == Scenario.ORGAN ? 0.8 : 0.45;
        return child ? Math.min(0.9, p + 0.2) : p;
    }

    /**
     * Locally by the UPTD PPA, or referred to a shelter: where victims returned through a transit point are received
     * (the RPTC of that province), the RPTC of the home province, or the national RPTC in Jakarta.
     */
    private void socialRehabilitation(
            ServiceDrafts out,
            Dice d,
            int k,
            boolean child,
            Story s,
            Regency handling,
            District home,
            long uptd,
            ItemDates dates) {
        ItemDates.Dated requested = dates.requested(1, 10);
        if (s.transitDistrict() != null && d.chance(0.6)) {
            String province = s.transitDistrict().provinceCode();
            out.referred(k, child, ServiceType.SOCIAL_REHABILITATION, shelter(province), province, requested);
        } else if (d.chance(0.45)) {
            out.direct(k, ServiceType.SOCIAL_REHABILITATION, uptd, requested, false);
        } else if (d.chance(0.8)) {
            String province = home.provinceCode();
            out.referred(k, child, ServiceType.SOCIAL_REHABILITATION, shelter(province), province, requested);
        } else {
            long national = agencies.named("31.75", "RPTC Bambu Apus Jakarta", AgencyType.SOCIAL_SERVICE_SHELTER);
            out.referred(k, child, ServiceType.SOCIAL_REHABILITATION, national, "31.75", requested);
        }
    }

    private long shelter(String province) {
        return agencies.named(province, "RPTC " + agencies.provinceName(province), AgencyType.SOCIAL_SERVICE_SHELTER);
    }
}
