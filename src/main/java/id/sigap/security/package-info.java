/**
 * Users, roles and their region scopes, login (local Argon2id and OpenID Connect), personal access tokens,
 * break-the-glass access, and the single access decision every module uses ({@link id.sigap.security.AccessPolicy}).
 *
 * <p>Schema {@code sec}: {@code user_account}, {@code role_grant}, {@code access_token}, {@code break_glass}.
 * A user belongs to one agency ({@code agency_id}, an agency of the organization module, known here only through
 * the {@link id.sigap.security.AgencyDirectory} SPI); {@link id.sigap.security.AgencyDirectory#SECRETARIAT} (0) is
 * the Sigap secretariat, the national pseudo-agency of the administrator created on first start.
 *
 * <p>Publishes {@link id.sigap.shared.AuditEvent}s for logins (and failed logins), logouts, denials, tokens,
 * break-the-glass and its own writes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package id.sigap.security;
