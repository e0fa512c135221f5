/**
 * Report intake: the public form {@code /lapor} (anonymous allowed, tracking code), officer intake (hotline, walk-in,
 * police, referral, media), the triage queue {@code /pengaduan} and its decisions (open a case or attach to one
 * through {@link id.sigap.cases.CaseFiles}, forward, close). Schema {@code intake}. Tracking codes are stored only as
 * SHA-256 hashes; the reporter's phone is stored in plain text for now (never logged, shown only to officers in
 * scope). API: {@link id.sigap.intake.Reports}; public JSON {@code POST /api/v1/reports},
 * {@code GET /api/v1/reports/status/{trackingCode}}; officers {@code GET /api/v1/reports[/{id}]}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package id.sigap.intake;
