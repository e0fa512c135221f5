package id.sigap.intake;

/** What the reporter gets back: the tracking code, shown once and never stored in readable form. */
public record Receipt(long reportId, String trackingCode) {}
