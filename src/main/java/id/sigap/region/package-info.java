/**
 * Indonesian administrative regions (Kemendagri codes: 38 provinces, 514 regencies/cities, districts, villages) with
 * population and area, and ISO 3166 countries. Schema {@code region}. Reference data, read by every module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions")
package id.sigap.region;
