/**
 * Agencies (instansi) and task forces (Gugus Tugas PP-TPPO) per level and region, with dated members, roles and
 * sub-task forces, and formation status. Schema {@code org} (migrations V20–V29).
 *
 * <p>API for other modules (no web request needed; callers decide access first, writes are audited with the current
 * user or none for a system actor): {@link id.sigap.organization.Agencies} ({@code create(NewAgency)}, {@code
 * update}, {@code findByName}), {@link id.sigap.organization.TaskForces} ({@code create(NewTaskForce)}, {@code
 * addMember}, {@code changeMember}, {@code endMember}, {@code structureOn}, {@code validOn}), {@link
 * id.sigap.organization.Formation}. Implements {@link id.sigap.security.AgencyDirectory} for security. Writes
 * publish {@link id.sigap.shared.AuditEvent}s through {@link id.sigap.security.AuditTrail} (object types {@code
 * agency}, {@code task_force}, {@code task_force_member}, {@code sub_task_force}, {@code sub_task_force_template}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package id.sigap.organization;
