/**
 * Prevention: interceptions of non-procedural migrant-worker candidates at ports, airports and land borders (persons
 * registered individually with consent, or only counted by sex and age group; recruiters and sponsors; the follow-up
 * per person: sent home, or identified as a victim, which opens a case through {@link id.sigap.cases.CaseFiles}),
 * yearly aggregates per region entered by the task-force secretariat, outreach activities with their coverage, and
 * the registry of village watch groups. Schema {@code prevention}. API for other modules:
 * {@link id.sigap.prevention.InterceptionCounts} (counts that never count a person twice, see
 * {@link id.sigap.prevention.InterceptionTotals}) and {@link id.sigap.prevention.OutreachStatistics} (outreach
 * coverage, counts only). Implements the action plans' {@link id.sigap.plans.IndicatorSource} for persons intercepted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prevention")
package id.sigap.prevention;
