package id.sigap.prevention;

/** A known exit point: a port, an airport or a land border post, in a Kemendagri region. */
public record CrossingPoint(String code, String name, Kind kind, String regionCode) {

    public enum Kind {
        PORT,
        AIRPORT,
        LAND_BORDER;

        public String labelKey() {
            return "prevention.point-kind." + name();
        }
    }
}
