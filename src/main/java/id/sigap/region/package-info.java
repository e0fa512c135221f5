/**
 * Indonesian administrative regions (Kemendagri codes: 38 provinces, 514 regencies/cities, 7,285 districts, 83,762
 * villages) with population and area, and ISO 3166 countries. Schema {@code region}: {@code admin_region} (the code
 * is the hierarchy path; a normalized name and a word table serve the ranked lookup), {@code admin_region_word},
 * {@code country}. Reference data, read by every module through {@link id.sigap.region.Regions}; no events.
 *
 * <p>Web: the public JSON API {@code /api/v1/regions} and {@code /api/v1/countries}, the region browser
 * {@code /wilayah} for signed-in users, and the region picker fragment {@code templates/region/picker.html} that
 * other modules' forms include (its comment shows how).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions")
package id.sigap.region;
