/**
 * Bulk import of reports, cases and persons from an agency spreadsheet (XLSX or CSV, template in Bahasa Indonesia and
 * English): upload, a preview of every problem, then an all-or-nothing commit through the cases and intake APIs.
 * Schema {@code imports}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data import")
package id.sigap.dataimport;
