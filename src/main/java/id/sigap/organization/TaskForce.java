package id.sigap.organization;

/** A task force (Gugus Tugas PP-TPPO) of one region and level, formed by {@code legalBasis} for {@code validity}. */
public record TaskForce(
        long id, String name, OrgLevel level, String regionCode, LegalBasis legalBasis, Period validity, int version) {}
