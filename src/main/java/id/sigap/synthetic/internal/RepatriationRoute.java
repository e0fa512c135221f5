package id.sigap.synthetic.internal;

import id.sigap.organization.AgencyType;
import id.sigap.support.GeneratedServices.Leg;
import id.sigap.support.LegStatus;
import id.sigap.support.ServiceType;
import id.sigap.synthetic.internal.Places.District;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A victim's way home as repatriation legs: from the mission abroad (KBRI/KJRI) to the debarkation point (the transit
 * point of the route — Kupang, Batam, Tanjung Pinang, Nunukan, Entikong — or Soekarno-Hatta), on to the home province,
 * the home regency and the family. Victims stopped in transit start at the transit point. The BP3MI of the
 * debarkation province provides the service (referred); children travel with an escort.
 */
final class RepatriationRoute {

    static final String AIRPORT = "Bandara Soekarno-Hatta, Tangerang";
    static final String AIRPORT_REGION = "36.71";

    private final Places places;
    private final LocalAgencies agencies;
    private final Dice d;

    RepatriationRoute(Places places, LocalAgencies agencies, Dice d) {
        this.places = places;
        this.agencies = agencies;
        this.d = d;
    }

    private record Stop(String from, String to, String toRegion, long agency) {}

    /** Adds the item, its referral and legs; returns the day the victim reached the family, or null. */
    LocalDate add(ServiceDrafts out, int person, boolean child, Story s, District home, ItemDates dates) {
        String debark = s.transit() == null ? AIRPORT : s.transit().place();
        String debarkRegion = s.transitDistrict() == null
                ? AIRPORT_REGION
                : s.transitDistrict().regency().code();
        String debarkProvince = debarkRegion.substring(0, 2);
        List<Stop> stops = new ArrayList<>();
        if (!s.intercepted()) {
            String mission = mission(s);
            long agency = agencies.named(null, mission, AgencyType.MISSION_ABROAD);
            String country = Story.COUNTRY_NAMES.getOrDefault(s.country(), s.country());
            stops.add(new Stop(mission + ", " + country, debark, debarkRegion, agency));
        }
        String from = debark;
        if (!debarkProvince.equals(home.provinceCode())) {
            String province = "Provinsi " + agencies.provinceName(home.provinceCode());
            stops.add(new Stop(from, province, home.provinceCode(), bp3mi(debarkProvince)));
            from = province;
        }
        String regency = home.regency().name();
        stops.add(new Stop(from, regency, home.regency().code(), bp3mi(home.provinceCode())));
        stops.add(new Stop(regency, "Keluarga di Kec. " + home.name(), home.code(), agencies.uptd(home.regency())));

        ItemDates.Dated t = dates.requested(0, 4);
        String escort = child ? "Pendamping UPTD PPA " + regency : null;
        int moving = t.closingReason() != null || t.started() == null
                ? 0
                : t.done() ? stops.size() : 1 + d.below(stops.size());
        LocalDate day = dates.cap(t.requested().plusDays(d.between(0, 3)));
        LocalDate started = null;
        LocalDate arrived = null;
        for (int k = 0; k < stops.size(); k++) {
            Stop st = stops.get(k);
            LocalDate departed = k < moving ? dates.cap(day.plusDays(d.between(0, 1))) : null;
            boolean done = k < moving && (t.done() || k < moving - 1);
            arrived = done ? dates.cap(departed.plusDays(d.between(0, 1))) : null;
            LegStatus status = t.closingReason() != null
                    ? LegStatus.CANCELLED
                    : done ? LegStatus.DONE : departed != null ? LegStatus.IN_TRANSIT : LegStatus.PLANNED;
            started = started == null ? departed : started;
            out.legs.add(new Leg(
                    person,
                    child,
                    k + 1,
                    st.from(),
                    st.to(),
                    st.toRegion(),
                    st.agency(),
                    day,
                    departed,
                    arrived,
                    status,
                    escort));
            day = arrived != null ? arrived : day.plusDays(1);
        }
        ItemDates.Dated legs = t.closingReason() != null
                ? t
                : new ItemDates.Dated(
                        t.requested(), started, t.done() ? arrived : null, t.done() ? t.outcome() : null, null);
        out.referred(person, child, ServiceType.REPATRIATION, bp3mi(debarkProvince), debarkProvince, legs);
        return t.done() ? arrived : null;
    }

    private long bp3mi(String province) {
        return agencies.named(province, "BP3MI " + agencies.provinceName(province), AgencyType.KP2MI_BP3MI);
    }

    private static final Map<String, String> MISSIONS = Map.ofEntries(
            Map.entry("SA", "KJRI Jeddah"),
            Map.entry("AE", "KBRI Abu Dhabi"),
            Map.entry("HK", "KJRI Hong Kong"),
            Map.entry("MO", "KJRI Hong Kong"),
            Map.entry("TW", "KDEI Taipei"),
            Map.entry("SG", "KBRI Singapura"),
            Map.entry("QA", "KBRI Doha"),
            Map.entry("BN", "KBRI Bandar Seri Begawan"),
            Map.entry("KW", "KBRI Kuwait City"),
            Map.entry("JP", "KBRI Tokyo"),
            Map.entry("CN", "KBRI Beijing"),
            Map.entry("KR", "KBRI Seoul"),
            Map.entry("FJ", "KBRI Suva"),
            Map.entry("KH", "KBRI Phnom Penh"),
            Map.entry("MM", "KBRI Yangon"),
            Map.entry("LA", "KBRI Vientiane"),
            Map.entry("PH", "KBRI Manila"),
            Map.entry("DE", "KBRI Berlin"));

    /** The mission that received the victim: in Malaysia the consulate nearest the border crossing used. */
    static String mission(Story s) {
        if (!"MY".equals(s.country())) {
            return MISSIONS.getOrDefault(s.country(), "KBRI " + s.country());
        }
        String via = s.transit() == null ? "" : s.transit().place();
        if (via.contains("Nunukan")) {
            return "KJRI Tawau";
        }
        if (via.contains("Entikong")) {
            return "KJRI Kuching";
        }
        return via.isEmpty() ? "KBRI Kuala Lumpur" : "KJRI Johor Bahru";
    }
}
