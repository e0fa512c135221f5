package id.sigap.support.internal;

import static id.sigap.support.internal.db.Tables.DIRECTORY_ENTRY;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.region.Regions;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import id.sigap.support.DirectoryEntry;
import id.sigap.support.ServiceType;
import id.sigap.support.internal.db.tables.records.DirectoryEntryRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service directory (in the spirit of Open Referral HSDS): which agency offers which service where, with capacity
 * and an office contact. Every signed-in staff member searches it; task-force secretaries and administrators keep
 * the entries of regions in their scope (national entries need national scope).
 */
@Service
public class ServiceDirectory {

    private final DSLContext db;
    private final Agencies agencies;
    private final Regions regions;
    private final SupportAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    ServiceDirectory(
            DSLContext db, Agencies agencies, Regions regions, SupportAccess access, AuditTrail audit, Clock clock) {
        this.db = db;
        this.agencies = agencies;
        this.regions = regions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public record EntryInput(
            Long agencyId, String service, String regionCode, Integer capacity, String contact, String description) {}

    /**
     * Active entries offering {@code service} (any if null) that serve {@code regionCode}: entries of that region,
     * of regions above it, nationwide ones, and those below it.
     */
    public Page<DirectoryEntry> search(ServiceType service, String regionCode, PageRequest page) {
        Condition c = DIRECTORY_ENTRY.ACTIVE.isTrue();
        if (service != null) {
            c = c.and(DIRECTORY_ENTRY.SERVICE.eq(service.name()));
        }
        if (regionCode != null && !regionCode.isBlank()) {
            String r = regionCode.strip();
            c = c.and(DIRECTORY_ENTRY
                    .REGION_CODE
                    .isNull()
                    .or(DIRECTORY_ENTRY.REGION_CODE.eq(r))
                    .or(DIRECTORY_ENTRY.REGION_CODE.like(r + ".%"))
                    .or(DSL.val(r).like(DIRECTORY_ENTRY.REGION_CODE.concat(".%"))));
        }
        long total = db.fetchCount(DIRECTORY_ENTRY, c);
        List<DirectoryEntry> rows = db.selectFrom(DIRECTORY_ENTRY)
                .where(c)
                .orderBy(DIRECTORY_ENTRY.SERVICE, DIRECTORY_ENTRY.REGION_CODE.nullsFirst(), DIRECTORY_ENTRY.ID)
                .limit(page.size())
                .offset(page.offset())
                .fetch(this::of);
        return new Page<>(rows, page.page(), page.size(), total);
    }

    public DirectoryEntry find(long id) {
        return of(require(id));
    }

    @Transactional
    public DirectoryEntry create(SigapUser user, EntryInput in) {
        Valid v = validate(in);
        access.requireDirectoryEdit(user, v.regionCode, null);
        DirectoryEntryRecord r = db.newRecord(DIRECTORY_ENTRY);
        r.setAgencyId(v.agency.id());
        r.setService(v.service.name());
        r.setRegionCode(v.regionCode);
        r.setActive(true);
        r.setVersion(0);
        write(r, in);
        try {
            r.store();
        } catch (DuplicateKeyException e) {
            throw new SigapException.Conflict("directory.duplicate");
        }
        audit.created(SupportAccess.DIRECTORY, r.getId(), v.regionCode);
        return of(r);
    }

    /** Changes capacity, contact, description and activity of an entry if {@code version} is current. */
    @Transactional
    public DirectoryEntry update(SigapUser user, long id, int version, EntryInput in, boolean active) {
        DirectoryEntryRecord r = require(id);
        access.requireDirectoryEdit(user, r.getRegionCode(), id);
        if (r.getVersion() != version) {
            throw new SigapException.Conflict("directory.version-conflict");
        }
        checkTexts(in);
        write(r, in);
        r.setActive(active);
        r.setVersion(version + 1);
        int n = db.update(DIRECTORY_ENTRY)
                .set(r)
                .where(DIRECTORY_ENTRY.ID.eq(id).and(DIRECTORY_ENTRY.VERSION.eq(version)))
                .execute();
        if (n != 1) {
            throw new SigapException.Conflict("directory.version-conflict");
        }
        audit.updated(SupportAccess.DIRECTORY, id, r.getRegionCode(), "entry");
        return of(require(id));
    }

    private void write(DirectoryEntryRecord r, EntryInput in) {
        r.setCapacity(in.capacity());
        r.setContact(clean(in.contact()));
        r.setDescription(clean(in.description()));
        r.setUpdatedAt(OffsetDateTime.now(clock));
    }

    private record Valid(Agency agency, ServiceType service, String regionCode) {}

    private Valid validate(EntryInput in) {
        ServiceType service = ServiceType.parse(in.service(), "service");
        if (in.agencyId() == null) {
            throw new SigapException.Invalid("agencyId", "directory.agency-required");
        }
        Agency agency = agencies.find(in.agencyId())
                .orElseThrow(() -> new SigapException.Invalid("agencyId", "directory.agency-unknown"));
        String region = clean(in.regionCode());
        if (region != null) {
            regions.require(region, "regionCode");
        }
        checkTexts(in);
        return new Valid(agency, service, region);
    }

    private static void checkTexts(EntryInput in) {
        List<FieldProblem> out = new ArrayList<>();
        if (in.capacity() != null && (in.capacity() < 0 || in.capacity() > 100_000)) {
            out.add(new FieldProblem("capacity", "directory.capacity-invalid"));
        }
        if (in.contact() != null && in.contact().length() > 500) {
            out.add(new FieldProblem("contact", "directory.text-too-long", 500));
        }
        if (in.description() != null && in.description().length() > 2000) {
            out.add(new FieldProblem("description", "directory.text-too-long", 2000));
        }
        if (!out.isEmpty()) {
            throw new SigapException.Invalid(out);
        }
    }

    private DirectoryEntryRecord require(long id) {
        return db.selectFrom(DIRECTORY_ENTRY)
                .where(DIRECTORY_ENTRY.ID.eq(id))
                .fetchOptional()
                .orElseThrow(() -> new SigapException.NotFound("directory.not-found"));
    }

    private DirectoryEntry of(DirectoryEntryRecord r) {
        var agency = agencies.find(r.getAgencyId());
        return new DirectoryEntry(
                r.getId(),
                r.getAgencyId(),
                agency.map(Agency::name).orElse("#" + r.getAgencyId()),
                agency.map(a -> a.type().name()).orElse(null),
                ServiceType.valueOf(r.getService()),
                r.getRegionCode(),
                r.getCapacity(),
                r.getContact(),
                r.getDescription(),
                r.getActive(),
                r.getVersion());
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
