package id.sigap.synthetic.internal;

import id.sigap.organization.Agencies;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.synthetic.internal.Places.Regency;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UPTD PPA and police unit of each regency that has generated cases, and the service providers of the generated
 * services, found by name or registered through the organization module (audited as a system action) the first time
 * they are needed. An existing agency with the same
 * name in the regency (e.g. the demo's "UPTD PPA Kota Kupang") is used as it is.
 */
final class AgencyPlan implements LocalAgencies {

    private final Agencies agencies;
    private final Map<String, String> provinces;
    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    AgencyPlan(Agencies agencies, Map<String, String> provinces) {
        this.agencies = agencies;
        this.provinces = Map.copyOf(provinces);
    }

    @Override
    public long named(String regionCode, String name, AgencyType type) {
        return ids.computeIfAbsent(type + "|" + regionCode + "|" + name, key -> agencies.findByName(regionCode, name)
                .orElseGet(() -> agencies.create(NewAgency.of(name, type, regionCode)))
                .id());
    }

    @Override
    public String provinceName(String provinceCode) {
        return provinces.getOrDefault(provinceCode, provinceCode);
    }

    @Override
    public long uptd(Regency regency) {
        return agency(regency, "UPTD PPA " + regency.name(), AgencyType.UPTD_PPA);
    }

    @Override
    public long police(Regency regency) {
        return agency(
                regency, "Unit PPA Satreskrim Polres " + Outcomes.plainName(regency.name()), AgencyType.POLICE_UNIT);
    }

    private long agency(Regency regency, String name, AgencyType type) {
        return ids.computeIfAbsent(type + "|" + regency.code(), key -> agencies.findByName(regency.code(), name)
                .orElseGet(() -> agencies.create(NewAgency.of(name, type, regency.code())))
                .id());
    }
}
