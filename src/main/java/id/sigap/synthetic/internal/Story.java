package id.sigap.synthetic.internal;

import id.sigap.cases.BulkLoadCase;
import id.sigap.synthetic.internal.Places.District;
import id.sigap.synthetic.internal.Places.Regency;
import id.sigap.synthetic.internal.Scenario.Transit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What happened in a case: the scenario, the home district victims were recruited from, where they were taken
 * (a country through a transit point, or a destination in Indonesia), whether they were stopped on the way, and
 * when. Gives the case's route, elements and a summary without personal data.
 */
record Story(
        Scenario scenario,
        District origin,
        String country,
        Transit transit,
        District transitDistrict,
        District destination,
        boolean intercepted,
        boolean group,
        LocalDate recruited,
        LocalDate opened) {

    static final Map<String, String> COUNTRY_NAMES = Map.ofEntries(
            Map.entry("MY", "Malaysia"),
            Map.entry("SA", "Arab Saudi"),
            Map.entry("AE", "Uni Emirat Arab"),
            Map.entry("HK", "Hong Kong"),
            Map.entry("TW", "Taiwan"),
            Map.entry("SG", "Singapura"),
            Map.entry("QA", "Qatar"),
            Map.entry("BN", "Brunei Darussalam"),
            Map.entry("KW", "Kuwait"),
            Map.entry("JP", "Jepang"),
            Map.entry("MO", "Makau"),
            Map.entry("CN", "Tiongkok"),
            Map.entry("KR", "Korea Selatan"),
            Map.entry("FJ", "Fiji"),
            Map.entry("KH", "Kamboja"),
            Map.entry("MM", "Myanmar"),
            Map.entry("LA", "Laos"),
            Map.entry("PH", "Filipina"),
            Map.entry("DE", "Jerman"));

    private static final List<String> CONTROLS = List.of(
            "DEBT_BONDAGE",
            "TAKES_EARNINGS",
            "RESTRICTS_FINANCIAL_ACCESS",
            "THREATS",
            "PSYCHOLOGICAL_ABUSE",
            "PHYSICAL_ABUSE",
            "SEXUAL_ABUSE",
            "FALSE_PROMISES",
            "RESTRICTS_MOVEMENT",
            "EXCESSIVE_WORKING_HOURS",
            "WITHHOLDS_DOCUMENTS",
            "WITHHOLDS_NECESSITIES");

    static Story tell(Places places, Dice d) {
        Scenario sc = Scenario.values()[d.weighted(Scenario.CUMULATIVE)];
        District origin = places.home(d);
        boolean abroad = !sc.countries.isEmpty() && (sc.domestic.isEmpty() || d.chance(0.45));
        String country = abroad ? d.pick(sc.countries) : null;
        Transit transit = null;
        District transitDistrict = null;
        if (abroad && d.chance(0.85)) {
            List<Transit> options = sc.transitsTo(country);
            transit = d.pick(options);
            transitDistrict = places.district(transit.districtCode());
            transit = transitDistrict == null ? null : transit;
        }
        District destination = null;
        if (!abroad) {
            destination = sc.domestic.isEmpty() ? places.home(d) : places.district(d.pick(sc.domestic));
            destination = destination == null ? origin : destination;
        }
        boolean intercepted = transit != null && d.chance(0.35);
        boolean group = sc == Scenario.PMI_NONPROSEDURAL && intercepted || sc == Scenario.ONLINE_SCAM && d.chance(0.3);
        LocalDate opened = CaseMaker.openedOn(d);
        LocalDate recruited = opened.minusDays(d.between(intercepted ? 3 : 40, intercepted ? 30 : 400));
        return new Story(
                sc, origin, country, transit, transitDistrict, destination, intercepted, group, recruited, opened);
    }

    boolean abroad() {
        return country != null;
    }

    /** Intercepted cases are handled where they were stopped; the rest where the victims come from. */
    Regency handlingRegency() {
        return intercepted ? transitDistrict.regency() : origin.regency();
    }

    List<BulkLoadCase.RouteStop> route() {
        List<BulkLoadCase.RouteStop> stops = new ArrayList<>();
        stops.add(new BulkLoadCase.RouteStop(
                "RECRUITMENT", recruited, origin.code(), null, "Kec. " + origin.name(), null));
        LocalDate day = recruited.plusDays(2);
        if (transit != null) {
            stops.add(new BulkLoadCase.RouteStop(
                    "TRANSIT", day, transitDistrict.code(), null, transit.place(), transit.transport()));
            if (intercepted) {
                stops.add(new BulkLoadCase.RouteStop(
                        "INTERCEPTION", day, transitDistrict.code(), null, transit.place(), null));
                return stops;
            }
            day = day.plusDays(3);
        }
        if (country != null) {
            stops.add(new BulkLoadCase.RouteStop(
                    "EXPLOITATION", day, null, country, null, transit == null ? "AIR" : transit.transport()));
            LocalDate back = opened.minusDays(1).isAfter(day) ? opened.minusDays(1) : day;
            stops.add(new BulkLoadCase.RouteStop("RESCUE", back, null, country, "KBRI/KJRI", null));
            stops.add(new BulkLoadCase.RouteStop("RETURN", back, origin.code(), null, null, "AIR"));
        } else {
            stops.add(new BulkLoadCase.RouteStop(
                    "EXPLOITATION", day, destination.code(), null, "Kec. " + destination.name(), "LAND"));
        }
        return stops;
    }

    List<BulkLoadCase.Element> elements(Dice d) {
        List<BulkLoadCase.Element> out = new ArrayList<>();
        out.add(new BulkLoadCase.Element("ACT", "RECRUITMENT"));
        out.add(new BulkLoadCase.Element("ACT", "TRANSPORT"));
        if (abroad()) {
            out.add(new BulkLoadCase.Element("ACT", "SENDING"));
        }
        if (d.chance(0.4)) {
            out.add(new BulkLoadCase.Element("ACT", "HARBOURING"));
        }
        some(out, "MEANS", scenario.means, 1 + d.below(2), d);
        some(out, "PURPOSE", scenario.purposes, 1 + d.below(2), d);
        some(out, "CONTROL", CONTROLS, d.below(4), d);
        out.add(new BulkLoadCase.Element("MODUS", scenario.modus));
        if (d.chance(0.25)) {
            out.add(new BulkLoadCase.Element("MODUS", "REKRUTMEN_ONLINE"));
        }
        return out;
    }

    private static void some(List<BulkLoadCase.Element> out, String list, List<String> codes, int n, Dice d) {
        Set<String> chosen = new LinkedHashSet<>();
        for (int k = 0; k < n; k++) {
            chosen.add(d.pick(codes));
        }
        chosen.forEach(c -> out.add(new BulkLoadCase.Element(list, c)));
    }

    String summary() {
        String where = country != null
                ? COUNTRY_NAMES.getOrDefault(country, country)
                : destination.regency().name();
        String via = transit == null ? "" : " melalui " + transit.place();
        String what =
                switch (scenario) {
                    case PMI_NONPROSEDURAL ->
                        "Korban dijanjikan pekerjaan di " + where + " dan diberangkatkan tanpa prosedur resmi" + via;
                    case SEXUAL ->
                        "Korban ditawari pekerjaan sebagai pelayan lalu dieksploitasi secara seksual di " + where + via;
                    case FISHING_CREW -> "Korban direkrut sebagai anak buah kapal perikanan berbendera " + where + via;
                    case CHILD -> "Anak dipekerjakan dan dieksploitasi di " + where;
                    case ONLINE_SCAM ->
                        "Korban direkrut lewat media sosial untuk bekerja di " + where + via
                                + " dan dipaksa menjadi operator penipuan daring";
                    case BRIDE -> "Korban dinikahkan melalui perantara dengan laki-laki dari " + where + via;
                    case INTERNSHIP -> "Pelajar/mahasiswa diberangkatkan dengan program magang palsu ke " + where + via;
                    case CHILD_MARRIAGE -> "Anak dinikahkan secara paksa dengan imbalan uang, dibawa ke " + where;
                    case ADOPTION -> "Bayi/anak diserahkan dengan imbalan uang kepada pihak di " + where;
                    case ORGAN -> "Korban dijanjikan uang untuk menjual ginjal di " + where + via;
                };
        return intercepted ? what + "; rombongan dicegah saat transit." : what + ".";
    }
}
