/**
 * The append-only, hash-chained audit log of logins, writes and reads of personal data; its verification and the
 * auditors' search. Schema {@code audit}. Listens to {@link id.sigap.shared.AuditEvent}.
 *
 * <p>Writing and chaining are separate, so that the audit never serialises the application's transactions:
 *
 * <ul>
 *   <li>Writers insert their entry <em>unsealed</em> (an identity {@code id}, no chain position, no hashes) without
 *       any lock: a write in the caller's transaction just before it commits (rolled back with it), the reads and
 *       other events of one transaction together in one insert of their own.
 *   <li>A single sealer ({@code internal.AuditSealer}, run every 200 ms, at shutdown and before each verification)
 *       takes the committed unsealed entries in id order and gives each the next chain position ({@code seq}),
 *       {@code prevHash} and {@code hash}, in one short transaction under the chain head's row lock. Chain order is
 *       seal order: an entry that commits late just gets a later position, so holes in the ids are harmless.
 *   <li>The verification walks the sealed chain ({@code seq} 1..head): a changed, missing or inserted entry, or a
 *       sealed entry beyond the head, fails it ({@code ./sigap audit-verify} exits with 3). Unsealed entries younger
 *       than {@code sigap.audit.unsealed-grace} (1 minute) are reported as pending; an older one fails it.
 *   <li>Triggers keep the table append-only: no delete or truncation; new rows arrive unsealed; the only update
 *       allowed is sealing an unsealed row (its other columns unchanged); the head only moves forward.
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package id.sigap.audit;
