/**
 * Report intake: the public form {@code /lapor} (anonymous allowed, tracking code), officer intake (hotline, walk-in,
 * police, referral, media), the triage queue and its decisions. Schema {@code intake}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package id.sigap.intake;
