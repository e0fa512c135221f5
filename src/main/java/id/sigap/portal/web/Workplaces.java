package id.sigap.portal.web;

import id.sigap.portal.web.Workplace.Assignment;
import id.sigap.portal.web.Workplace.Place;
import id.sigap.region.RegionLevel;
import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import id.sigap.security.AgencyDirectory;
import id.sigap.security.AgencyDirectory.AgencySummary;
import id.sigap.security.Grant;
import id.sigap.security.SigapUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Turns a user's agency and grants into names people read ({@link Workplace}). */
@Component
class Workplaces {

    private final Regions regions;
    private final ObjectProvider<AgencyDirectory> agencies;

    Workplaces(Regions regions, ObjectProvider<AgencyDirectory> agencies) {
        this.regions = regions;
        this.agencies = agencies;
    }

    Workplace of(SigapUser user) {
        Map<String, Place> places = new LinkedHashMap<>();
        List<Assignment> assignments = new ArrayList<>();
        boolean national = false;
        for (Grant grant : user.grants()) {
            if (grant.isNational()) {
                national = true;
                assignments.add(new Assignment(grant.role(), null));
            } else {
                Place place = places.computeIfAbsent(grant.regionCode(), this::place);
                assignments.add(new Assignment(grant.role(), place));
            }
        }
        return new Workplace(agencyName(user.agencyId()), assignments, List.copyOf(places.values()), national);
    }

    private Place place(String code) {
        return regions.find(code).map(Workplaces::place).orElseGet(() -> new Place(code, code, false));
    }

    private static Place place(RegionRef region) {
        return new Place(region.code(), region.name(), region.level() == RegionLevel.PROVINCE);
    }

    private String agencyName(long agencyId) {
        AgencyDirectory directory = agencies.getIfAvailable();
        if (directory == null) {
            return null;
        }
        return directory.find(agencyId).map(AgencySummary::name).orElse(null);
    }
}
