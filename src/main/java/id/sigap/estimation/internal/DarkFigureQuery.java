package id.sigap.estimation.internal;

import id.sigap.estimation.engine.IntervalType;
import id.sigap.estimation.engine.Method;
import id.sigap.organization.AgencyType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the analyst asks: a province, a period (inclusive, by the date cases were opened), lists as groups of agency
 * types, the selection method and the interval type.
 */
public record DarkFigureQuery(
        String provinceCode, LocalDate from, LocalDate to, List<ListSpec> lists, Method method, IntervalType interval) {

    public DarkFigureQuery {
        lists = List.copyOf(lists);
    }

    /** A list of the estimate: its name and the agency types whose agencies (in or above the province) form it. */
    public record ListSpec(String name, Set<AgencyType> types) {

        public ListSpec {
            types = Set.copyOf(types);
        }
    }

    /** The default lists of issue 9: police, UPTD PPA, social services and shelters, KP2MI/BP3MI; the analyst may add LPSK, NGOs and others. */
    public static List<ListSpec> defaultLists() {
        return List.of(
                new ListSpec("Polisi", Set.of(AgencyType.POLICE_UNIT)),
                new ListSpec("UPTD PPA", Set.of(AgencyType.UPTD_PPA)),
                new ListSpec("Dinsos/Rumah Aman", Set.of(AgencyType.SOCIAL_SERVICE_SHELTER)),
                new ListSpec("KP2MI/BP3MI", Set.of(AgencyType.KP2MI_BP3MI)));
    }
}
