/**
 * Case files: persons in their roles (victim, witness, reporter, suspect), the elements of UU 21/2007, modus and
 * forms of exploitation, route, the criminal-justice chain (optimistic locking per suspect's track), lifecycle,
 * transfers between agencies (agency picker by region and name, inbox {@code /kasus/pindahan-masuk} of the
 * receiving agency), attachments, and per-user saved filters of the case list. Schema {@code cases}. API for other
 * modules: {@link id.sigap.cases.CaseFiles}, and {@link id.sigap.cases.SensitiveValues} to encrypt identifiers kept
 * elsewhere with the same keys as persons' identifiers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package id.sigap.cases;
