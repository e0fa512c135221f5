/**
 * Users, roles and their region scopes, login (local Argon2id and OpenID Connect), personal access tokens,
 * break-the-glass access, and the single access decision every module uses ({@link id.sigap.security.AccessPolicy}).
 * Schema {@code sec}. Publishes {@link id.sigap.shared.AuditEvent}s for logins, denials and its own writes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package id.sigap.security;
