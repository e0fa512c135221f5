package id.sigap.intake.internal;

import static id.sigap.intake.internal.db.Tables.REPORT;

import id.sigap.intake.Channel;
import id.sigap.intake.NewReport;
import id.sigap.intake.QuickChoice;
import id.sigap.intake.Report;
import id.sigap.intake.ReportStatus;
import id.sigap.intake.ReporterType;
import id.sigap.intake.Sex;
import id.sigap.intake.Urgency;
import id.sigap.intake.internal.db.tables.records.ReportRecord;
import id.sigap.security.RegionScope;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The report table: typed jOOQ, no string-built SQL. */
@Repository
class ReportStore {

    /** States waiting for a decision in the queue of the (current) region; a forwarded report waits there anew. */
    static final List<String> OPEN =
            List.of(ReportStatus.RECEIVED.name(), ReportStatus.IN_TRIAGE.name(), ReportStatus.FORWARDED.name());

    private final DSLContext db;
    private final ReporterPhones phones;

    ReportStore(DSLContext db, ReporterPhones phones) {
        this.db = db;
        this.phones = phones;
    }

    long insert(NewReport r, byte[] trackingHash, Long receivedBy, Long agencyId, OffsetDateTime now) {
        Urgency u = r.urgency();
        long id = db.insertInto(REPORT)
                .set(REPORT.TRACKING_HASH, trackingHash)
                .set(REPORT.CHANNEL, r.channel().name())
                .set(REPORT.REPORTER_TYPE, r.reporterType().name())
                .set(REPORT.REGION_CODE, r.regionCode())
                .set(REPORT.COUNTRY_ISO2, r.countryIso2())
                .set(REPORT.PLACE, r.place())
                .set(REPORT.PERSON_NAME, r.personName())
                .set(
                        REPORT.PERSON_AGE,
                        r.personAge() == null ? null : r.personAge().shortValue())
                .set(REPORT.PERSON_SEX, r.personSex().name())
                .set(
                        REPORT.QUICK_CHOICES,
                        r.quickChoices().stream().map(Enum::name).sorted().toArray(String[]::new))
                .set(REPORT.DESCRIPTION, r.description())
                .set(REPORT.REPORTER_NAME, r.reporterName())
                .set(REPORT.CONSENT_TO_CONTACT, r.consentToContact())
                .set(REPORT.IMMEDIATE_DANGER, u.immediateDanger())
                .set(REPORT.CHILD_INVOLVED, u.child())
                .set(REPORT.ABROAD, u.abroad())
                .set(REPORT.URGENCY, (short) u.score())
                .set(REPORT.STATUS, ReportStatus.RECEIVED.name())
                .set(REPORT.ASSIGNED_AGENCY_ID, agencyId)
                .set(REPORT.RECEIVED_BY, receivedBy)
                .set(REPORT.RECEIVED_AT, now)
                .set(REPORT.STATUS_CHANGED_AT, now)
                .returning(REPORT.ID)
                .fetchSingle(REPORT.ID);
        if (r.reporterPhone() != null) {
            // sealed for its own row: the id exists only now, inside the same transaction
            db.update(REPORT)
                    .set(REPORT.REPORTER_PHONE_SEALED, phones.seal(id, r.reporterPhone()))
                    .set(REPORT.REPORTER_PHONE_INDEX, phones.index(r.reporterPhone()))
                    .where(REPORT.ID.eq(id))
                    .execute();
        }
        return id;
    }

    Optional<ReportRecord> byHash(byte[] hash) {
        return db.selectFrom(REPORT).where(REPORT.TRACKING_HASH.eq(hash)).fetchOptional();
    }

    Optional<Report> byId(long id) {
        return db.selectFrom(REPORT).where(REPORT.ID.eq(id)).fetchOptional().map(this::toReport);
    }

    /** The queue: open reports first, then by urgency and waiting time. */
    Page<Report> page(RegionScope scope, Filter filter, PageRequest paging) {
        Condition where = scope.condition(REPORT.REGION_CODE).and(filter.condition());
        long total = db.fetchCount(REPORT, where);
        List<Report> rows = db.selectFrom(REPORT)
                .where(where)
                .orderBy(
                        DSL.when(REPORT.STATUS.in(OPEN), 0).otherwise(1).asc(),
                        REPORT.URGENCY.desc(),
                        REPORT.RECEIVED_AT.asc(),
                        REPORT.ID.asc())
                .limit(paging.size())
                .offset(paging.offset())
                .fetch(this::toReport);
        return new Page<>(rows, paging.page(), paging.size(), total);
    }

    /** Sets the decision if the version still matches; false when someone else decided first. */
    boolean decide(long id, int version, Decision d, OffsetDateTime now) {
        return db.update(REPORT)
                        .set(REPORT.STATUS, d.status().name())
                        .set(REPORT.DECISION_REASON, d.reason())
                        .set(REPORT.CASE_ID, d.caseId())
                        .set(REPORT.FORWARDED_REGION, d.forwardedRegion())
                        .set(REPORT.FORWARDED_AGENCY_ID, d.forwardedAgencyId())
                        .set(
                                REPORT.REGION_CODE,
                                d.forwardedRegion() == null ? REPORT.REGION_CODE : DSL.val(d.forwardedRegion()))
                        .set(
                                REPORT.ASSIGNED_AGENCY_ID,
                                d.forwardedAgencyId() == null
                                        ? REPORT.ASSIGNED_AGENCY_ID
                                        : DSL.val(d.forwardedAgencyId()))
                        .set(REPORT.STATUS_CHANGED_AT, now)
                        .set(REPORT.VERSION, REPORT.VERSION.plus(1))
                        .where(REPORT.ID.eq(id).and(REPORT.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    void linkCase(long id, long caseId) {
        db.update(REPORT).set(REPORT.CASE_ID, caseId).where(REPORT.ID.eq(id)).execute();
    }

    /** Marks a received report as being looked at (no version bump: not a decision). */
    void markInTriage(long id, OffsetDateTime now) {
        db.update(REPORT)
                .set(REPORT.STATUS, ReportStatus.IN_TRIAGE.name())
                .set(REPORT.STATUS_CHANGED_AT, now)
                .where(REPORT.ID.eq(id).and(REPORT.STATUS.eq(ReportStatus.RECEIVED.name())))
                .execute();
    }

    record Decision(ReportStatus status, String reason, Long caseId, String forwardedRegion, Long forwardedAgencyId) {}

    record Filter(ReportStatus status, Channel channel, boolean openOnly) {
        Condition condition() {
            Condition c = DSL.trueCondition();
            if (status != null) {
                c = c.and(REPORT.STATUS.eq(status.name()));
            } else if (openOnly) {
                c = c.and(REPORT.STATUS.in(OPEN));
            }
            if (channel != null) {
                c = c.and(REPORT.CHANNEL.eq(channel.name()));
            }
            return c;
        }
    }

    Report toReport(ReportRecord r) {
        return new Report(
                r.getId(),
                Channel.valueOf(r.getChannel()),
                ReporterType.valueOf(r.getReporterType()),
                r.getRegionCode(),
                r.getCountryIso2(),
                r.getPlace(),
                r.getPersonName(),
                r.getPersonAge() == null ? null : r.getPersonAge().intValue(),
                Sex.valueOf(r.getPersonSex()),
                Arrays.stream(r.getQuickChoices()).map(QuickChoice::valueOf).collect(Collectors.toSet()),
                r.getDescription(),
                r.getReporterName(),
                phones.open(r.getId(), r.getReporterPhoneSealed()),
                r.getConsentToContact(),
                new Urgency(r.getImmediateDanger(), r.getChildInvolved(), r.getAbroad()),
                ReportStatus.valueOf(r.getStatus()),
                r.getDecisionReason(),
                r.getCaseId(),
                r.getForwardedRegion(),
                r.getForwardedAgencyId(),
                r.getAssignedAgencyId(),
                r.getReceivedAt(),
                r.getStatusChangedAt(),
                r.getVersion());
    }
}
