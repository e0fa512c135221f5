package id.sigap.security;

import java.util.Objects;

/**
 * A role held at a region scope. {@code regionCode == null} is national scope. A province grant ({@code 53}) covers
 * its regencies ({@code 53.71}), districts and villages.
 */
public record Grant(Role role, String regionCode) {

    public Grant {
        Objects.requireNonNull(role, "role");
    }

    public static Grant national(Role role) {
        return new Grant(role, null);
    }

    public boolean isNational() {
        return regionCode == null;
    }

    public boolean covers(String code) {
        return RegionScope.isWithin(code, regionCode);
    }
}
