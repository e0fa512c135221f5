/**
 * Scoped statistics for the task forces (issue 7): a fact layer (schema {@code analytics}) filled in the background
 * from the cases and support modules' APIs ({@link id.sigap.cases.CaseFacts}, {@link id.sigap.support.ServiceRecords}:
 * ids and codes, never names), persons counted once by linkage clusters ({@link id.sigap.linkage.PersonClusters}) or
 * the exact NIK blind index, the dashboard {@code /dasbor} with tables, charts, downloads and a province map, and
 * the API {@code GET /api/v1/stats/victims}. The dashboard also shows interceptions, outreach coverage and action-plan
 * achievement from {@link id.sigap.prevention.InterceptionCounts}, {@link id.sigap.prevention.OutreachStatistics}
 * and {@link id.sigap.plans.PlanStatistics}, with map layers for them, and the module offers the action plans' {@link
 * id.sigap.plans.IndicatorSource} for cases prosecuted. Every figure is limited to the viewer's region scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package id.sigap.analytics;
