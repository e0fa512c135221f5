package id.sigap.region;

/** A region as other modules see it. {@code parentCode} is null for provinces. */
public record RegionRef(
        String code, String name, RegionLevel level, String parentCode, Long population, Double areaKm2) {

    public String provinceCode() {
        return code.substring(0, 2);
    }
}
