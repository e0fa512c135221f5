package id.sigap.intake;

import java.time.OffsetDateTime;

/** All that the public learns from a tracking code: the status and when it last changed. */
public record PublicStatus(String trackingCode, ReportStatus status, OffsetDateTime updatedAt) {}
