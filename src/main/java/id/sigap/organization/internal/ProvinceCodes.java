package id.sigap.organization.internal;

import java.util.Locale;
import java.util.Map;

/**
 * Kemendagri province codes for the features of the province boundary file. The file still carries the pre-2022
 * codes for the six Papua-region provinces (91 for Papua, Papua Tengah, Papua Selatan, Papua Pegunungan; 92 for Papua
 * Barat, Papua Barat Daya), so these are recognised by name; every other province matches by code.
 */
final class ProvinceCodes {

    private static final Map<String, String> PAPUA_BY_NAME = Map.of(
            "papua", "91",
            "papua barat", "92",
            "papua selatan", "93",
            "papua tengah", "94",
            "papua pegunungan", "95",
            "papua barat daya", "96");

    private ProvinceCodes() {}

    /** The Kemendagri code of a boundary feature with file code {@code fileCode} and name {@code name}. */
    static String kemendagri(String fileCode, String name) {
        String byName = name == null ? null : PAPUA_BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
        if (byName != null) {
            return byName;
        }
        if ("91".equals(fileCode) || "92".equals(fileCode)) {
            throw new IllegalArgumentException("Unrecognised Papua-region province in the boundary file: " + name);
        }
        return fileCode;
    }
}
