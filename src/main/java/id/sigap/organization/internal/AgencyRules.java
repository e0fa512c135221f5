package id.sigap.organization.internal;

import static id.sigap.organization.internal.db.Tables.AGENCY;
import static id.sigap.organization.internal.db.Tables.AGENCY_NAME_HISTORY;

import id.sigap.organization.internal.db.tables.records.AgencyNameHistoryRecord;
import id.sigap.region.Regions;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** The rules an agency write must pass that need the database: region exists, name free, parent sound, renames. */
@Component
class AgencyRules {

    private final DSLContext db;
    private final Regions regions;
    private final Clock clock;

    AgencyRules(DSLContext db, Regions regions, Clock clock) {
        this.db = db;
        this.regions = regions;
        this.clock = clock;
    }

    void check(String name, String regionCode, Long parentId, Long selfId) {
        if (regionCode != null && !regions.exists(regionCode)) {
            throw new SigapException.Invalid("regionCode", "org.region-unknown", regionCode);
        }
        if (parentId != null) {
            requireParent(parentId, selfId);
        }
        var sameName = DSL.coalesce(AGENCY.REGION_CODE, "")
                .eq(regionCode == null ? "" : regionCode)
                .and(DSL.lower(DSL.trim(AGENCY.NAME)).eq(name.toLowerCase(java.util.Locale.ROOT)));
        if (db.fetchExists(AGENCY, selfId == null ? sameName : sameName.and(AGENCY.ID.ne(selfId)))) {
            throw duplicateName();
        }
    }

    static SigapException duplicateName() {
        return new SigapException.Conflict("agency.duplicate-name");
    }

    void requireVersion(int actual, int expected) {
        if (actual != expected) {
            throw new SigapException.Conflict("conflict.stale");
        }
    }

    /** The parent must exist, and must not be the agency itself or one of its descendants. */
    private void requireParent(long parentId, Long selfId) {
        Set<Long> seen = new HashSet<>();
        Long cursor = parentId;
        while (cursor != null && seen.add(cursor)) {
            if (cursor.equals(selfId)) {
                throw new SigapException.Invalid("parentAgencyId", "agency.parent-cycle");
            }
            final long id = cursor;
            var parent = db.select(AGENCY.PARENT_AGENCY_ID)
                    .from(AGENCY)
                    .where(AGENCY.ID.eq(id))
                    .fetchOptional();
            if (parent.isEmpty()) {
                throw new SigapException.Invalid("parentAgencyId", "agency.parent-unknown");
            }
            cursor = parent.get().value1();
        }
    }

    /**
     * A rename from {@code renamedOn} ends the current name the day before and starts the new one; without a date the
     * current name is corrected in place.
     */
    void rename(long agencyId, String name, String shortName, LocalDate renamedOn) {
        AgencyNameHistoryRecord open = db.selectFrom(AGENCY_NAME_HISTORY)
                .where(AGENCY_NAME_HISTORY.AGENCY_ID.eq(agencyId).and(AGENCY_NAME_HISTORY.VALID_TO.isNull()))
                .fetchOne();
        if (open == null || renamedOn == null) {
            if (open != null) {
                open.setName(name);
                open.setShortName(shortName);
                open.store();
            } else {
                db.insertInto(AGENCY_NAME_HISTORY)
                        .set(AGENCY_NAME_HISTORY.AGENCY_ID, agencyId)
                        .set(AGENCY_NAME_HISTORY.NAME, name)
                        .set(AGENCY_NAME_HISTORY.SHORT_NAME, shortName)
                        .set(AGENCY_NAME_HISTORY.VALID_FROM, renamedOn)
                        .execute();
            }
            return;
        }
        if (renamedOn.isAfter(LocalDate.now(clock))) {
            throw new SigapException.Invalid("renamedOn", "agency.rename-in-future");
        }
        if (open.getValidFrom() != null && !renamedOn.isAfter(open.getValidFrom())) {
            throw new SigapException.Invalid("renamedOn", "agency.rename-before-current-name");
        }
        open.setValidTo(renamedOn.minusDays(1));
        open.store();
        db.insertInto(AGENCY_NAME_HISTORY)
                .set(AGENCY_NAME_HISTORY.AGENCY_ID, agencyId)
                .set(AGENCY_NAME_HISTORY.NAME, name)
                .set(AGENCY_NAME_HISTORY.SHORT_NAME, shortName)
                .set(AGENCY_NAME_HISTORY.VALID_FROM, renamedOn)
                .execute();
    }
}
