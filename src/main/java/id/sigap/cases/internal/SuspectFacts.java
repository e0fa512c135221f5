package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.JUSTICE_RESTITUTION;
import static id.sigap.cases.internal.db.Tables.JUSTICE_TRACK;

import id.sigap.cases.CaseFacts.JusticeStage;
import id.sigap.cases.CaseFacts.SuspectFact;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** The suspects of cases with the furthest stage of their justice track, sentence and restitution, for statistics. */
@Component
class SuspectFacts {

    private final DSLContext db;

    SuspectFacts(DSLContext db) {
        this.db = db;
    }

    /**
     * Suspects of the cases with their tracks (a suspect without a track is at stage NONE); {@code people} holds
     * each suspect person's sex and nationality.
     */
    Map<Long, List<SuspectFact>> suspects(
            Collection<Long> caseIds,
            Map<Long, Map<Long, String>> suspects,
            Map<Long, String[]> people,
            Map<Long, OffsetDateTime> changed) {
        var ordered = DSL.select(
                        JUSTICE_RESTITUTION.TRACK_ID,
                        DSL.sum(JUSTICE_RESTITUTION.ORDERED).cast(Long.class).as("ordered"),
                        DSL.sum(JUSTICE_RESTITUTION.PAID).cast(Long.class).as("paid"))
                .from(JUSTICE_RESTITUTION)
                .groupBy(JUSTICE_RESTITUTION.TRACK_ID)
                .asTable("rs");
        Map<Long, Map<Long, SuspectFact>> byCase = new HashMap<>();
        db.select(
                        JUSTICE_TRACK.CASE_ID,
                        JUSTICE_TRACK.PERSON_ID,
                        JUSTICE_TRACK.INVESTIGATION_START,
                        JUSTICE_TRACK.PROSECUTION_DATE,
                        JUSTICE_TRACK.VERDICT_DATE,
                        JUSTICE_TRACK.PRISON_MONTHS,
                        JUSTICE_TRACK.FINE,
                        JUSTICE_TRACK.UPDATED_AT,
                        ordered.field("ordered", Long.class),
                        ordered.field("paid", Long.class))
                .from(JUSTICE_TRACK)
                .leftJoin(ordered)
                .on(ordered.field(JUSTICE_RESTITUTION.TRACK_ID).eq(JUSTICE_TRACK.ID))
                .where(JUSTICE_TRACK.CASE_ID.in(caseIds))
                .forEach(r -> {
                    changed.merge(r.value1(), r.value8(), JooqCaseFacts::later);
                    JusticeStage stage = r.value5() != null
                            ? JusticeStage.VERDICT
                            : r.value4() != null
                                    ? JusticeStage.PROSECUTION
                                    : r.value3() != null ? JusticeStage.INVESTIGATION : JusticeStage.POLICE_REPORT;
                    boolean convicted = r.value5() != null
                            && ((r.value6() != null && r.value6() > 0) || (r.value7() != null && r.value7() > 0));
                    String role = suspects.getOrDefault(r.value1(), Map.of()).get(r.value2());
                    byCase.computeIfAbsent(r.value1(), k -> new HashMap<>())
                            .put(
                                    r.value2(),
                                    new SuspectFact(
                                            r.value2(),
                                            role,
                                            stage,
                                            convicted,
                                            r.value6(),
                                            r.value9() == null ? 0L : r.value9(),
                                            r.value10() == null ? 0L : r.value10(),
                                            sex(people, r.value2()),
                                            nationality(people, r.value2())));
                });
        Map<Long, List<SuspectFact>> out = new HashMap<>();
        suspects.forEach((caseId, persons) ->
                persons.forEach((personId, role) -> out.computeIfAbsent(caseId, k -> new ArrayList<>())
                        .add(byCase.getOrDefault(caseId, Map.of())
                                .getOrDefault(
                                        personId,
                                        new SuspectFact(
                                                personId,
                                                role,
                                                JusticeStage.NONE,
                                                false,
                                                null,
                                                0L,
                                                0L,
                                                sex(people, personId),
                                                nationality(people, personId))))));
        return out;
    }

    private static String sex(Map<Long, String[]> people, long personId) {
        String[] p = people.get(personId);
        return p == null ? null : p[0];
    }

    private static String nationality(Map<Long, String[]> people, long personId) {
        String[] p = people.get(personId);
        return p == null ? null : p[1];
    }
}
