/**
 * Action plans and coordination: national (RAN PP-TPPO) and regional (RAD) action plans of the task forces with
 * clusters (sub-task forces), programmes, activities, indicators with yearly targets, and budgets per source;
 * quarterly progress reports by the responsible agencies with evidence, reviewed and approved by the secretariat;
 * computed achievement; the annual report (PDF, XLSX) with its editable texts; coordination meetings (rakor,
 * rakornas) with follow-up actions tracked until done. Schema {@code plans} (migrations V180–V189).
 *
 * <p>API for statistics: {@link id.sigap.plans.PlanStatistics} (achievement per plan and year).
 *
 * <p>SPI for other modules: {@link id.sigap.plans.IndicatorSource}: a module that can count something an indicator
 * measures (victims registered, interceptions, …) implements it as a Spring bean; plans never depends on it.
 * Implements support's {@link id.sigap.support.InboxSource}: open follow-up actions appear in the work inbox of the
 * owner agency's staff, with their due date, overdue or not, and a link to the meeting, until they are done.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Action plans")
package id.sigap.plans;
