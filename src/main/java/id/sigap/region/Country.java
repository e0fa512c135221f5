package id.sigap.region;

/** An ISO 3166-1 country, with its name in Bahasa Indonesia and English. */
public record Country(String iso2, String iso3, String nameId, String nameEn) {}
