/**
 * Public statistics ({@code /statistik}, {@code GET /api/v1/public/stats?year=}): national and provincial aggregates
 * of victims (by sex and age group, by form of exploitation, by province) and cases by year, without login. Persons
 * are counted once per year (linkage clusters). A daily job (and the first start) computes a published snapshot
 * (schema {@code pubstats}) with statistical disclosure control ({@code disclosure}): no published cell below the
 * threshold of 11, and complementary suppression so that no suppressed cell can be derived from the published
 * totals of the linked tables. Only ids and codes are read from the cases module, and only counts are stored.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public statistics")
package id.sigap.publicstats;
