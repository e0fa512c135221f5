/**
 * The append-only, hash-chained audit log of logins, writes and reads of personal data; its verification and the
 * auditors' search. Schema {@code audit}. Listens to {@link id.sigap.shared.AuditEvent}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package id.sigap.audit;
