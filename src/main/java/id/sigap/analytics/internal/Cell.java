package id.sigap.analytics.internal;

/** A cell of the tallies: one year of one regency (or of a province's own, province-level cases). */
record Cell(int year, String regencyCode) {}
