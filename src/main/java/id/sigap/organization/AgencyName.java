package id.sigap.organization;

/** The name an agency carried during {@code period} (BP2MI until 2024, then KP2MI). */
public record AgencyName(String name, String shortName, Period period) {}
