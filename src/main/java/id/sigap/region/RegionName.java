package id.sigap.region;

import java.util.Objects;

/** A region's code and name: one step of a region's path of ancestors. */
public record RegionName(String code, String name) {

    public RegionName {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
