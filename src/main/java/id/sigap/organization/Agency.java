package id.sigap.organization;

import java.time.OffsetDateTime;

/** An agency (instansi) as it is now. {@code regionCode} is null for national agencies. */
public record Agency(
        long id,
        String name,
        String shortName,
        AgencyType type,
        OrgLevel level,
        String regionCode,
        Long parentAgencyId,
        Contact contact,
        boolean active,
        int version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
