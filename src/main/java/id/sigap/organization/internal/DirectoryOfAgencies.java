package id.sigap.organization.internal;

import static id.sigap.organization.internal.db.Tables.AGENCY;

import id.sigap.security.AgencyDirectory;
import id.sigap.security.RegionScope;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** What security needs to know about agencies (the SPI it declares so it does not depend on this module). */
@Component
class DirectoryOfAgencies implements AgencyDirectory {

    private final DSLContext db;

    DirectoryOfAgencies(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<AgencySummary> find(long agencyId) {
        return db.select(AGENCY.ID, AGENCY.NAME, AGENCY.REGION_CODE, AGENCY.LEVEL)
                .from(AGENCY)
                .where(AGENCY.ID.eq(agencyId))
                .fetchOptional(r -> new AgencySummary(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    @Override
    public List<AgencySummary> inScope(RegionScope scope) {
        return db.select(AGENCY.ID, AGENCY.NAME, AGENCY.REGION_CODE, AGENCY.LEVEL)
                .from(AGENCY)
                .where(scope.condition(AGENCY.REGION_CODE).and(AGENCY.ACTIVE.isTrue()))
                .orderBy(DSL.lower(AGENCY.NAME))
                .limit(2000)
                .fetch(r -> new AgencySummary(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
