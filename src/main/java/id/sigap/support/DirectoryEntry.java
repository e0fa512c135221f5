package id.sigap.support;

/** One line of the service directory: an agency offering a service in a region (null: nationwide). */
public record DirectoryEntry(
        long id,
        long agencyId,
        String agencyName,
        String agencyType,
        ServiceType service,
        String regionCode,
        Integer capacity,
        String contact,
        String description,
        boolean active,
        int version) {}
