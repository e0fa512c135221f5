package id.sigap.cases.internal;

import java.time.OffsetDateTime;

/** One entry of a case's timeline: a note or a status change. */
public record CaseNote(long id, String kind, String body, String authorName, OffsetDateTime createdAt) {}
