/**
 * Report intake: the public form {@code /lapor} (anonymous allowed, tracking code), officer intake (hotline, walk-in,
 * police, referral, media), the triage queue {@code /pengaduan} and its decisions (open a case or attach to one
 * through {@link id.sigap.cases.CaseFiles}, forward, close), and per-user saved filters of the queue. Schema
 * {@code intake}. Tracking codes are stored only as SHA-256 hashes.
 *
 * <p>The reporter's phone is encrypted at rest through {@link id.sigap.cases.SensitiveValues}: Tink AEAD bound to
 * the report and field ({@code intake.report:<id>:reporter-phone}), plus a keyed blind index of the normalised
 * number. It is opened only to show a report to officers in scope and is never logged. Phones stored in plain text
 * before migration V51 are sealed by the Java migration V52 ({@code ReporterPhoneSealing}, in the same Flyway run,
 * before V53 drops the plain-text column).
 *
 * <p>API: {@link id.sigap.intake.Reports}; public JSON {@code POST /api/v1/reports},
 * {@code GET /api/v1/reports/status/{trackingCode}}; officers {@code GET /api/v1/reports[/{id}]}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package id.sigap.intake;
