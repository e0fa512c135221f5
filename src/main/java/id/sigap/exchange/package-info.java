/**
 * HTCDS 2.0 exchange (Human Trafficking Case Data Standard by IOM, CC BY 4.0): export of the cases of a region and year
 * in HTCDS field names and code lists, as CSV or JSON ({@code GET /api/v1/export/htcds}, page {@code /pertukaran}),
 * without personal identifiers unless an authorised user asks for them (audited); and import of an HTCDS file into
 * cases ({@code POST /api/v1/import/htcds}), checked as a whole with a list of problems (row, field, value, reason),
 * all or nothing, idempotent by the HTCDS case id. The code mapping is in docs/htcds-exchange.md. Schema {@code
 * exchange}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "HTCDS exchange")
package id.sigap.exchange;
