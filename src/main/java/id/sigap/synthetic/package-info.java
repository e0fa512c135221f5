/**
 * Synthetic data: {@code ./sigap generate --cases N --seed S} fills the database with invented but realistic
 * Indonesian case files (persons with regional names and consistent NIKs, hotspot regions, modus, routes through real
 * transit points, syndicates, duplicates across agencies, justice outcomes, the victims' services, referrals,
 * repatriation legs and reintegration visits), the same for the same seed, loaded in bulk through
 * {@link id.sigap.cases.BulkLoad} and {@link id.sigap.support.ServiceBulkLoad}. Schema {@code synthetic}: the generator runs and the hidden truth key
 * of which person records are the same person (for measuring record linkage).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Synthetic data")
package id.sigap.synthetic;
