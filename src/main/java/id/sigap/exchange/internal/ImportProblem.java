package id.sigap.exchange.internal;

/**
 * A problem of an HTCDS file: record number (1 = the first record after the header), field, the value (left out for
 * personal identifiers) and the reason (message key {@code error.<reason>}).
 */
public record ImportProblem(int row, String field, String value, String reason) {}
