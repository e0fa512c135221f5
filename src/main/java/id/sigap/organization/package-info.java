/**
 * Agencies (instansi) and task forces (Gugus Tugas PP-TPPO) per level and region, with dated members, roles and
 * sub-task forces, and formation status. Schema {@code org}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package id.sigap.organization;
