/**
 * Shared kernel: error kinds and their problem/HTML mapping, clock, paging, database bootstrap. No business rules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.sigap.shared;
