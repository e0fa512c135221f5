package id.sigap.support.internal;

import static id.sigap.support.internal.db.Tables.SERVICE_ITEM;

import id.sigap.cases.CaseFiles.CaseSummary;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import id.sigap.support.ItemInput;
import id.sigap.support.Outcome;
import id.sigap.support.ServiceItem;
import id.sigap.support.ServiceType;
import id.sigap.support.StatutoryDeadline;
import id.sigap.support.internal.db.tables.records.ServiceItemRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Service items in {@code support.service_item}; due dates are derived here whenever the application date changes. */
@Component
class ServiceItemStore {

    static final Duration NAME_TTL = Duration.ofMinutes(1);

    private final DSLContext db;
    private final Agencies agencies;
    private final Clock clock;
    private final Map<Long, CachedName> names = new ConcurrentHashMap<>();

    ServiceItemStore(DSLContext db, Agencies agencies, Clock clock) {
        this.db = db;
        this.agencies = agencies;
        this.clock = clock;
    }

    long insert(CaseSummary c, long personId, ServiceType service, ItemInput in, SigapUser by, OffsetDateTime now) {
        return db.insertInto(SERVICE_ITEM)
                .set(SERVICE_ITEM.CASE_ID, c.id())
                .set(SERVICE_ITEM.PERSON_ID, personId)
                .set(SERVICE_ITEM.REGION_CODE, c.regionCode())
                .set(SERVICE_ITEM.PROVINCE_CODE, c.regionCode().substring(0, 2))
                .set(SERVICE_ITEM.SERVICE, service.name())
                .set(SERVICE_ITEM.FIRST_AID, in.firstAid())
                .set(SERVICE_ITEM.PROVIDER_AGENCY_ID, in.providerAgencyId())
                .set(SERVICE_ITEM.REQUESTED_ON, in.requestedOn())
                .set(SERVICE_ITEM.DUE_ON, dueOn(service, in.firstAid(), in.requestedOn()))
                .set(SERVICE_ITEM.STARTED_ON, in.startedOn())
                .set(SERVICE_ITEM.COMPLETED_ON, in.completedOn())
                .set(
                        SERVICE_ITEM.OUTCOME,
                        in.outcome() == null ? null : in.outcome().name())
                .set(SERVICE_ITEM.CLOSING_REASON, in.closingReason())
                .set(SERVICE_ITEM.NOTES, in.notes())
                .set(SERVICE_ITEM.RECORDED_BY, by.id() > 0 ? by.id() : null)
                .set(SERVICE_ITEM.RECORDED_BY_NAME, by.displayName())
                .set(SERVICE_ITEM.CREATED_AT, now)
                .set(SERVICE_ITEM.UPDATED_AT, now)
                .returning(SERVICE_ITEM.ID)
                .fetchSingle(SERVICE_ITEM.ID);
    }

    /** Writes {@code in} over item {@code r} if its version is still {@code version}; 409 otherwise. */
    void update(ServiceItemRecord r, ServiceType service, ItemInput in, int version, SigapUser by, OffsetDateTime now) {
        int n = db.update(SERVICE_ITEM)
                .set(SERVICE_ITEM.PERSON_ID, in.personId())
                .set(SERVICE_ITEM.SERVICE, service.name())
                .set(SERVICE_ITEM.FIRST_AID, in.firstAid())
                .set(SERVICE_ITEM.PROVIDER_AGENCY_ID, in.providerAgencyId())
                .set(SERVICE_ITEM.REQUESTED_ON, in.requestedOn())
                .set(SERVICE_ITEM.DUE_ON, dueOn(service, in.firstAid(), in.requestedOn()))
                .set(SERVICE_ITEM.STARTED_ON, in.startedOn())
                .set(SERVICE_ITEM.COMPLETED_ON, in.completedOn())
                .set(
                        SERVICE_ITEM.OUTCOME,
                        in.outcome() == null ? null : in.outcome().name())
                .set(SERVICE_ITEM.CLOSING_REASON, in.closingReason())
                .set(SERVICE_ITEM.NOTES, in.notes())
                .set(SERVICE_ITEM.RECORDED_BY, by.id() > 0 ? by.id() : null)
                .set(SERVICE_ITEM.RECORDED_BY_NAME, by.displayName())
                .set(SERVICE_ITEM.UPDATED_AT, now)
                .set(SERVICE_ITEM.VERSION, SERVICE_ITEM.VERSION.plus(1))
                .where(SERVICE_ITEM.ID.eq(r.getId()).and(SERVICE_ITEM.VERSION.eq(version)))
                .execute();
        if (n != 1) {
            throw new SigapException.Conflict("service.version-conflict");
        }
    }

    /** Names the provider and applies for the service today when the item has no application date yet. */
    void assignProvider(long itemId, long agencyId, LocalDate appliedOn, OffsetDateTime now) {
        ServiceItemRecord r = require(itemId);
        LocalDate requested = r.getRequestedOn() == null ? appliedOn : r.getRequestedOn();
        db.update(SERVICE_ITEM)
                .set(SERVICE_ITEM.PROVIDER_AGENCY_ID, agencyId)
                .set(SERVICE_ITEM.REQUESTED_ON, requested)
                .set(SERVICE_ITEM.DUE_ON, dueOn(ServiceType.valueOf(r.getService()), r.getFirstAid(), requested))
                .set(SERVICE_ITEM.UPDATED_AT, now)
                .set(SERVICE_ITEM.VERSION, SERVICE_ITEM.VERSION.plus(1))
                .where(SERVICE_ITEM.ID.eq(itemId))
                .execute();
    }

    /**
     * Takes an item that has not started away from {@code agencyId} (its referral was rejected or revoked), so that it
     * leaves that agency's inbox and can be referred elsewhere; the application date and its deadline stay.
     */
    void releaseProvider(long itemId, long agencyId, OffsetDateTime now) {
        db.update(SERVICE_ITEM)
                .setNull(SERVICE_ITEM.PROVIDER_AGENCY_ID)
                .set(SERVICE_ITEM.UPDATED_AT, now)
                .set(SERVICE_ITEM.VERSION, SERVICE_ITEM.VERSION.plus(1))
                .where(SERVICE_ITEM.ID.eq(itemId))
                .and(SERVICE_ITEM.PROVIDER_AGENCY_ID.eq(agencyId))
                .and(SERVICE_ITEM.STARTED_ON.isNull())
                .and(SERVICE_ITEM.COMPLETED_ON.isNull())
                .execute();
    }

    Optional<ServiceItemRecord> find(long id) {
        return db.selectFrom(SERVICE_ITEM).where(SERVICE_ITEM.ID.eq(id)).fetchOptional();
    }

    ServiceItemRecord require(long id) {
        return find(id).orElseThrow(() -> new SigapException.NotFound("service.not-found"));
    }

    List<ServiceItemRecord> ofCase(long caseId) {
        return db.selectFrom(SERVICE_ITEM)
                .where(SERVICE_ITEM.CASE_ID.eq(caseId))
                .orderBy(SERVICE_ITEM.PERSON_ID, SERVICE_ITEM.SERVICE, SERVICE_ITEM.ID)
                .fetch();
    }

    /** The first open item of {@code service} for the person in the case. */
    Optional<ServiceItemRecord> openItem(long caseId, long personId, ServiceType service) {
        return db.selectFrom(SERVICE_ITEM)
                .where(SERVICE_ITEM.CASE_ID.eq(caseId))
                .and(SERVICE_ITEM.PERSON_ID.eq(personId))
                .and(SERVICE_ITEM.SERVICE.eq(service.name()))
                .and(SERVICE_ITEM.COMPLETED_ON.isNull())
                .and(SERVICE_ITEM.CLOSING_REASON.isNull())
                .orderBy(SERVICE_ITEM.ID)
                .limit(1)
                .fetchOptional();
    }

    ServiceItem toItem(ServiceItemRecord r, LocalDate today) {
        ServiceType service = ServiceType.valueOf(r.getService());
        var deadline = StatutoryDeadline.of(service, r.getFirstAid(), r.getRequestedOn());
        return new ServiceItem(
                r.getId(),
                r.getCaseId(),
                r.getPersonId(),
                service,
                r.getFirstAid(),
                r.getProviderAgencyId(),
                r.getProviderAgencyId() == null ? null : agencyName(r.getProviderAgencyId()),
                r.getRequestedOn(),
                r.getStartedOn(),
                r.getCompletedOn(),
                r.getOutcome() == null ? null : Outcome.valueOf(r.getOutcome()),
                r.getClosingReason(),
                r.getNotes(),
                r.getRecordedByName(),
                r.getUpdatedAt(),
                r.getVersion(),
                deadline.orElse(null),
                deadline.map(d -> d.state(today, r.getStartedOn())).orElse(null));
    }

    /**
     * The agency's current name ("#id" for an unknown one). Lists name the same few agencies on every row, so names are
     * kept for {@link #NAME_TTL} (a renamed agency shows its new name within a minute).
     */
    String agencyName(long agencyId) {
        Instant now = clock.instant();
        CachedName cached = names.get(agencyId);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.name();
        }
        String name = agencies.find(agencyId).map(Agency::name).orElse("#" + agencyId);
        if (names.size() > 10_000) {
            names.clear();
        }
        names.put(agencyId, new CachedName(name, now.plus(NAME_TTL)));
        return name;
    }

    private record CachedName(String name, Instant until) {}

    static LocalDate dueOn(ServiceType service, boolean firstAid, LocalDate requestedOn) {
        return StatutoryDeadline.of(service, firstAid, requestedOn)
                .map(StatutoryDeadline::due)
                .orElse(null);
    }
}
