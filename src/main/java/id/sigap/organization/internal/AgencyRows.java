package id.sigap.organization.internal;

import static id.sigap.organization.internal.db.Tables.AGENCY;
import static id.sigap.organization.internal.db.Tables.AGENCY_NAME_HISTORY;

import id.sigap.organization.Agency;
import id.sigap.organization.AgencyName;
import id.sigap.organization.AgencyType;
import id.sigap.organization.Contact;
import id.sigap.organization.OrgLevel;
import id.sigap.organization.Period;
import id.sigap.organization.internal.db.tables.records.AgencyRecord;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Reads of agency rows and their dated names, shared by agencies and task forces. */
@Component
class AgencyRows {

    private final DSLContext db;

    AgencyRows(DSLContext db) {
        this.db = db;
    }

    Optional<Agency> find(long id) {
        return db.selectFrom(AGENCY).where(AGENCY.ID.eq(id)).fetchOptional().map(AgencyRows::toAgency);
    }

    /** Names of the given agencies on {@code date} (the current name where the history has no row for the date). */
    Map<Long, String> namesOn(Collection<Long> ids, LocalDate date) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> out = db.select(AGENCY_NAME_HISTORY.AGENCY_ID, AGENCY_NAME_HISTORY.NAME)
                .from(AGENCY_NAME_HISTORY)
                .where(AGENCY_NAME_HISTORY.AGENCY_ID.in(ids))
                .and(covers(AGENCY_NAME_HISTORY.VALID_FROM, AGENCY_NAME_HISTORY.VALID_TO, date))
                .fetchMap(AGENCY_NAME_HISTORY.AGENCY_ID, AGENCY_NAME_HISTORY.NAME);
        Map<Long, String> current = currentNames(ids);
        return current.keySet().stream()
                .collect(Collectors.toMap(id -> id, id -> out.getOrDefault(id, current.get(id))));
    }

    Map<Long, String> currentNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.select(AGENCY.ID, AGENCY.NAME)
                .from(AGENCY)
                .where(AGENCY.ID.in(ids))
                .fetchMap(AGENCY.ID, AGENCY.NAME);
    }

    List<AgencyName> names(long id) {
        return db.selectFrom(AGENCY_NAME_HISTORY)
                .where(AGENCY_NAME_HISTORY.AGENCY_ID.eq(id))
                .orderBy(AGENCY_NAME_HISTORY.VALID_FROM.asc().nullsFirst())
                .fetch(r ->
                        new AgencyName(r.getName(), r.getShortName(), new Period(r.getValidFrom(), r.getValidTo())));
    }

    /** SQL: the inclusive period [from, to] (nulls open) contains {@code date}. */
    static Condition covers(Field<LocalDate> from, Field<LocalDate> to, LocalDate date) {
        return from.isNull().or(from.le(date)).and(to.isNull().or(to.ge(date)));
    }

    /** SQL: the inclusive period [from, to] overlaps {@code period}. */
    static Condition overlaps(Field<LocalDate> from, Field<LocalDate> to, Period period) {
        // null-safe on both sides: a NULL bound is open, never unknown
        Condition startsAfter =
                period.to() == null ? DSL.falseCondition() : from.isNotNull().and(from.gt(period.to()));
        Condition endsBefore =
                period.from() == null ? DSL.falseCondition() : to.isNotNull().and(to.lt(period.from()));
        return DSL.not(startsAfter.or(endsBefore));
    }

    static Agency toAgency(AgencyRecord r) {
        return new Agency(
                r.getId(),
                r.getName(),
                r.getShortName(),
                AgencyType.valueOf(r.getType()),
                OrgLevel.valueOf(r.getLevel()),
                r.getRegionCode(),
                r.getParentAgencyId(),
                new Contact(r.getAddress(), r.getPhone(), r.getEmail(), r.getWebsite()),
                r.getActive(),
                r.getVersion(),
                r.getCreatedAt(),
                r.getUpdatedAt());
    }
}
