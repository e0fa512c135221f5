package id.sigap.organization.internal;

import static id.sigap.organization.internal.db.Tables.AGENCY;
import static id.sigap.organization.internal.db.Tables.SUB_TASK_FORCE;
import static id.sigap.organization.internal.db.Tables.SUB_TASK_FORCE_TEMPLATE;

import id.sigap.organization.NewSubTaskForce;
import id.sigap.organization.Period;
import id.sigap.organization.SubTaskForce;
import id.sigap.organization.SubTaskForceTemplate;
import id.sigap.organization.TaskForce;
import id.sigap.organization.internal.db.tables.records.SubTaskForceRecord;
import id.sigap.security.AuditTrail;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.springframework.stereotype.Component;

/** Dated sub-task forces (I–VI …) of task forces, and the default list new task forces start with. */
@Component
class SubTaskForceLedger {

    static final String AUDIT_TYPE = "sub_task_force";
    static final String TEMPLATE_AUDIT_TYPE = "sub_task_force_template";
    private static final DatedTable<SubTaskForceRecord> TABLE = new DatedTable<>(
            AUDIT_TYPE,
            SUB_TASK_FORCE,
            SUB_TASK_FORCE.ID,
            SUB_TASK_FORCE.VALID_FROM,
            SUB_TASK_FORCE.VALID_TO,
            SUB_TASK_FORCE.VERSION,
            SUB_TASK_FORCE.UPDATED_AT);

    private final DSLContext db;
    private final AgencyRows agencies;
    private final DatedRows datedRows;
    private final AuditTrail audit;
    private final Clock clock;

    SubTaskForceLedger(DSLContext db, AgencyRows agencies, DatedRows datedRows, AuditTrail audit, Clock clock) {
        this.db = db;
        this.agencies = agencies;
        this.datedRows = datedRows;
        this.audit = audit;
        this.clock = clock;
    }

    /** Gives a new task force the active default sub-task forces for its whole period (no coordinator yet). */
    void seed(long taskForceId, String regionCode, Period validity) {
        for (SubTaskForceTemplate t : templates()) {
            if (t.active()) {
                long id = insert(taskForceId, t.numeral(), t.name(), null, validity);
                audit.created(AUDIT_TYPE, id, regionCode);
            }
        }
    }

    SubTaskForce add(TaskForce tf, NewSubTaskForce n) {
        requireAgency(tf.regionCode(), n.coordinatingAgencyId());
        Period period = TaskForcePeriods.capped(n.period(), tf.validity());
        if (!tf.validity().encloses(period)) {
            throw new SigapException.Invalid("validFrom", "taskforce.outside-period");
        }
        if (datedRows.overlapsAny(
                TABLE, SUB_TASK_FORCE.TASK_FORCE_ID.eq(tf.id()).and(SUB_TASK_FORCE.NUMERAL.eq(n.numeral())), period)) {
            throw overlap();
        }
        long id = insert(tf.id(), n.numeral(), n.name(), n.coordinatingAgencyId(), period);
        audit.created(AUDIT_TYPE, id, tf.regionCode());
        return require(id);
    }

    SubTaskForce change(long id, String name, Long coordinatorId, LocalDate effectiveFrom, int version) {
        SubTaskForce current = require(id);
        DatedRows.requireVersion(current.version(), version);
        String region = datedRows.regionOf(current.taskForceId());
        requireAgency(region, coordinatorId);
        DatedRows.requireChangeInside(current.period(), effectiveFrom);
        NewSubTaskForce next = new NewSubTaskForce(
                current.numeral(),
                name,
                coordinatorId,
                effectiveFrom,
                current.period().to());
        datedRows.endBefore(TABLE, id, effectiveFrom, version, region);
        long newId = insert(current.taskForceId(), next.numeral(), next.name(), coordinatorId, next.period());
        audit.created(AUDIT_TYPE, newId, region);
        return require(newId);
    }

    SubTaskForce end(long id, LocalDate lastDay, int version) {
        SubTaskForce current = require(id);
        DatedRows.requireVersion(current.version(), version);
        datedRows.end(TABLE, id, current.period(), lastDay, version, datedRows.regionOf(current.taskForceId()));
        return require(id);
    }

    Optional<SubTaskForce> find(long id) {
        Result<SubTaskForceRecord> rows =
                db.selectFrom(SUB_TASK_FORCE).where(SUB_TASK_FORCE.ID.eq(id)).fetch();
        return map(rows, agencies.currentNames(coordinators(rows))).stream().findFirst();
    }

    List<SubTaskForce> all(long taskForceId) {
        Result<SubTaskForceRecord> rows = db.selectFrom(SUB_TASK_FORCE)
                .where(SUB_TASK_FORCE.TASK_FORCE_ID.eq(taskForceId))
                .orderBy(SUB_TASK_FORCE.VALID_FROM, SUB_TASK_FORCE.ID)
                .fetch();
        return map(rows, agencies.currentNames(coordinators(rows)));
    }

    List<SubTaskForce> on(long taskForceId, LocalDate date) {
        Result<SubTaskForceRecord> rows = db.selectFrom(SUB_TASK_FORCE)
                .where(SUB_TASK_FORCE.TASK_FORCE_ID.eq(taskForceId))
                .and(AgencyRows.covers(SUB_TASK_FORCE.VALID_FROM, SUB_TASK_FORCE.VALID_TO, date))
                .fetch();
        return map(rows, agencies.namesOn(coordinators(rows), date)).stream()
                .sorted(Comparator.comparing((SubTaskForce s) -> RomanNumerals.value(s.numeral())))
                .toList();
    }

    List<SubTaskForceTemplate> templates() {
        return db.selectFrom(SUB_TASK_FORCE_TEMPLATE)
                .orderBy(SUB_TASK_FORCE_TEMPLATE.POSITION, SUB_TASK_FORCE_TEMPLATE.NUMERAL)
                .fetch(r -> new SubTaskForceTemplate(
                        r.getNumeral(), r.getPosition(), r.getName(), r.getActive(), r.getVersion()));
    }

    SubTaskForceTemplate saveTemplate(SubTaskForceTemplate t) {
        var existing = db.selectFrom(SUB_TASK_FORCE_TEMPLATE)
                .where(SUB_TASK_FORCE_TEMPLATE.NUMERAL.eq(t.numeral()))
                .fetchOptional();
        if (existing.isEmpty()) {
            db.insertInto(SUB_TASK_FORCE_TEMPLATE)
                    .set(SUB_TASK_FORCE_TEMPLATE.NUMERAL, t.numeral())
                    .set(SUB_TASK_FORCE_TEMPLATE.POSITION, (short) t.position())
                    .set(SUB_TASK_FORCE_TEMPLATE.NAME, t.name())
                    .set(SUB_TASK_FORCE_TEMPLATE.ACTIVE, t.active())
                    .execute();
            audit.created(TEMPLATE_AUDIT_TYPE, t.numeral(), null);
        } else {
            int updated = db.update(SUB_TASK_FORCE_TEMPLATE)
                    .set(SUB_TASK_FORCE_TEMPLATE.POSITION, (short) t.position())
                    .set(SUB_TASK_FORCE_TEMPLATE.NAME, t.name())
                    .set(SUB_TASK_FORCE_TEMPLATE.ACTIVE, t.active())
                    .set(SUB_TASK_FORCE_TEMPLATE.VERSION, SUB_TASK_FORCE_TEMPLATE.VERSION.plus(1))
                    .where(SUB_TASK_FORCE_TEMPLATE.NUMERAL.eq(t.numeral()))
                    .and(SUB_TASK_FORCE_TEMPLATE.VERSION.eq(t.version()))
                    .execute();
            if (updated != 1) {
                throw new SigapException.Conflict("conflict.stale");
            }
            audit.updated(TEMPLATE_AUDIT_TYPE, t.numeral(), null, "name,position,active");
        }
        return templates().stream()
                .filter(x -> x.numeral().equals(t.numeral()))
                .findFirst()
                .orElseThrow();
    }

    private static SigapException overlap() {
        return new SigapException.Conflict("taskforce.sub-overlap");
    }

    private SubTaskForce require(long id) {
        return find(id).orElseThrow(() -> new SigapException.NotFound("taskforce.sub-not-found"));
    }

    private void requireAgency(String taskForceRegion, Long agencyId) {
        if (agencyId == null) {
            return;
        }
        var agency = db.select(AGENCY.REGION_CODE)
                .from(AGENCY)
                .where(AGENCY.ID.eq(agencyId))
                .fetchOptional();
        if (agency.isEmpty()) {
            throw new SigapException.Invalid("coordinatingAgencyId", "agency.not-found");
        }
        if (!Eligibility.mayServe(taskForceRegion, agency.get().value1())) {
            throw new SigapException.Invalid("coordinatingAgencyId", "taskforce.agency-not-eligible");
        }
    }

    private long insert(long taskForceId, String numeral, String name, Long coordinatorId, Period period) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return ConstraintViolations.guard(
                () -> db.insertInto(SUB_TASK_FORCE)
                        .set(SUB_TASK_FORCE.TASK_FORCE_ID, taskForceId)
                        .set(SUB_TASK_FORCE.NUMERAL, numeral)
                        .set(SUB_TASK_FORCE.NAME, name)
                        .set(SUB_TASK_FORCE.COORDINATING_AGENCY_ID, coordinatorId)
                        .set(SUB_TASK_FORCE.VALID_FROM, period.from())
                        .set(SUB_TASK_FORCE.VALID_TO, period.to())
                        .set(SUB_TASK_FORCE.CREATED_AT, now)
                        .set(SUB_TASK_FORCE.UPDATED_AT, now)
                        .returning(SUB_TASK_FORCE.ID)
                        .fetchSingle(SUB_TASK_FORCE.ID),
                "sub_task_force_no_overlap",
                SubTaskForceLedger::overlap);
    }

    private static List<Long> coordinators(Result<SubTaskForceRecord> rows) {
        return rows.getValues(SUB_TASK_FORCE.COORDINATING_AGENCY_ID).stream()
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private static List<SubTaskForce> map(Result<SubTaskForceRecord> rows, Map<Long, String> names) {
        List<SubTaskForce> out = new ArrayList<>();
        for (SubTaskForceRecord r : rows) {
            Long coord = r.getCoordinatingAgencyId();
            out.add(new SubTaskForce(
                    r.getId(),
                    r.getTaskForceId(),
                    r.getNumeral(),
                    r.getName(),
                    coord,
                    coord == null ? null : names.get(coord),
                    new Period(r.getValidFrom(), r.getValidTo()),
                    r.getVersion()));
        }
        return out;
    }
}
