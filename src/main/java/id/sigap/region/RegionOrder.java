package id.sigap.region;

import java.util.Locale;

/** Orders of a list of child regions. */
public enum RegionOrder {
    CODE,
    NAME,
    /** Largest population first (provinces and regencies have population figures). */
    POPULATION,
    /** Largest area first. */
    AREA;

    /** The order named by a request parameter ({@code name}, {@code population}…), {@link #CODE} if unknown. */
    public static RegionOrder parse(String value) {
        if (value == null) {
            return CODE;
        }
        for (RegionOrder o : values()) {
            if (o.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return o;
            }
        }
        return CODE;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
