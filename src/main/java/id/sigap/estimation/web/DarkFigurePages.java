package id.sigap.estimation.web;

import id.sigap.estimation.engine.IntervalType;
import id.sigap.estimation.engine.Method;
import id.sigap.estimation.internal.DarkFigureQuery;
import id.sigap.estimation.internal.DarkFigureQuery.ListSpec;
import id.sigap.estimation.internal.DarkFigures;
import id.sigap.organization.AgencyType;
import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import id.sigap.security.AccessPolicy;
import id.sigap.security.CurrentUser;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dark-figure page (/estimasi): an analyst, task-force secretary or administrator picks a province within their
 * scope, a year or period, at least three lists (groups of agency types), the selection method and the interval, and
 * reads the estimate with its explanation, or the refusal and why. A province outside the user's scope is refused
 * (403, audited by the access policy).
 */
@Controller
class DarkFigurePages {

    static final Role[] ROLES = {Role.ANALYST, Role.TASKFORCE_SECRETARY, Role.SYSTEM_ADMIN};
    static final int SLOTS = 6;
    static final int FIRST_YEAR = 2000;

    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final Regions regions;
    private final DarkFigures darkFigures;
    private final Clock clock;

    DarkFigurePages(
            CurrentUser currentUser, AccessPolicy access, Regions regions, DarkFigures darkFigures, Clock clock) {
        this.currentUser = currentUser;
        this.access = access;
        this.regions = regions;
        this.darkFigures = darkFigures;
        this.clock = clock;
    }

    @GetMapping("/estimasi")
    String page(@RequestParam MultiValueMap<String, String> params, Model model) {
        SigapUser user = currentUser.require();
        RegionScope scope = access.scope(user, ROLES);
        if (scope.isEmpty()) {
            throw new SigapException.NotAllowed("estimation.not-allowed");
        }
        List<RegionRef> provinces = regions.children(null).stream()
                .filter(p -> scope.covers(p.code()))
                .toList();
        int thisYear = LocalDate.now(clock).getYear();
        String province = params.getFirst("provinsi");
        List<ListSpec> lists = params.containsKey("nama1") ? lists(params) : DarkFigureQuery.defaultLists();
        model.addAttribute("provinces", provinces);
        model.addAttribute("types", AgencyType.values());
        model.addAttribute(
                "years",
                java.util.stream.IntStream.rangeClosed(FIRST_YEAR, thisYear)
                        .map(y -> FIRST_YEAR + thisYear - y)
                        .boxed()
                        .toList());
        model.addAttribute("slots", slots(lists));
        model.addAttribute("methods", Method.values());
        model.addAttribute("intervals", IntervalType.values());
        Method method = parse(params.getFirst("metode"), Method.STEPWISE, Method::parse);
        IntervalType interval = parse(params.getFirst("interval"), IntervalType.WALD, IntervalType::parse);
        int year = parseYear(params.getFirst("tahun"), thisYear - 1);
        // a provincial analyst has one province to choose: it is chosen for him (the estimate still waits for the form)
        model.addAttribute(
                "province",
                (province == null || province.isBlank()) && provinces.size() == 1
                        ? provinces.getFirst().code()
                        : province);
        model.addAttribute("year", year);
        model.addAttribute("method", method);
        model.addAttribute("interval", interval);
        if (province == null || province.isBlank()) {
            return "estimation/dark-figure";
        }
        access.require(user, province, "estimate", province, ROLES);
        RegionRef region = regions.find(province)
                .filter(r -> r.parentCode() == null)
                .orElseThrow(() -> new SigapException.Invalid("provinsi", "estimation.province-unknown"));
        model.addAttribute("regionName", region.name());
        if (lists.size() < 3) {
            model.addAttribute("refusalCode", "error.estimation.too-few-lists");
            model.addAttribute("refusalArgs", new Object[] {lists.size()});
            return "estimation/dark-figure";
        }
        var outcome = darkFigures.run(new DarkFigureQuery(
                province, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), lists, method, interval));
        model.addAttribute("outcome", outcome);
        if (outcome.refused()) {
            model.addAttribute("refusalCode", "error." + outcome.refusalCode());
            model.addAttribute("refusalArgs", outcome.refusalArgs());
        }
        return "estimation/dark-figure";
    }

    /** Lists from the form: slot i has a name {@code nama<i>} and agency types {@code jenis<i>}; empty slots are skipped. */
    static List<ListSpec> lists(MultiValueMap<String, String> params) {
        List<ListSpec> out = new ArrayList<>();
        for (int i = 1; i <= SLOTS; i++) {
            String name = params.getFirst("nama" + i);
            List<String> types = params.getOrDefault("jenis" + i, List.of());
            if (name == null || name.isBlank() || types.isEmpty()) {
                continue;
            }
            Set<AgencyType> set = EnumSet.noneOf(AgencyType.class);
            for (String t : types) {
                try {
                    set.add(AgencyType.valueOf(t));
                } catch (IllegalArgumentException e) {
                    throw new SigapException.Invalid("jenis", "estimation.list-type-unknown");
                }
            }
            out.add(new ListSpec(name.strip().length() > 60 ? name.strip().substring(0, 60) : name.strip(), set));
        }
        return out;
    }

    /** The list slots shown in the form: the given lists, then empty slots up to {@link #SLOTS}. */
    private static List<ListSpec> slots(List<ListSpec> lists) {
        List<ListSpec> out = new ArrayList<>(lists.subList(0, Math.min(lists.size(), SLOTS)));
        while (out.size() < SLOTS) {
            out.add(new ListSpec("", Set.of()));
        }
        return out;
    }

    private static <T> T parse(String value, T fallback, java.util.function.Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new SigapException.Invalid("metode", "estimation.option-unknown");
        }
    }

    private static int parseYear(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int y = Integer.parseInt(value.strip());
            if (y < FIRST_YEAR || y > 2100) {
                throw new SigapException.Invalid("tahun", "estimation.year-invalid");
            }
            return y;
        } catch (NumberFormatException e) {
            throw new SigapException.Invalid("tahun", "estimation.year-invalid");
        }
    }
}
