package id.sigap.synthetic.internal;

import static id.sigap.support.internal.db.Tables.REFERRAL;
import static id.sigap.support.internal.db.Tables.REINTEGRATION_VISIT;
import static id.sigap.support.internal.db.Tables.REPATRIATION_LEG;
import static id.sigap.support.internal.db.Tables.SERVICE_ITEM;
import static id.sigap.synthetic.internal.db.Tables.TRUTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.audit.internal.db.Tables;
import id.sigap.organization.Agencies;
import id.sigap.security.Grant;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.GeneratedServices;
import id.sigap.support.IntegrationTest;
import id.sigap.support.OverdueServices;
import id.sigap.support.ReferralStatus;
import id.sigap.support.TestUsers;
import id.sigap.synthetic.GeneratorRun;
import id.sigap.synthetic.SyntheticData;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The services the generator writes (plans, referrals, repatriation legs, reintegration visits): exactly what the
 * seed gives, loaded once, and read by the support module's own inbox, overdue count and scoped service API.
 */
@IntegrationTest
class GeneratedServicesIT {

    /** GeneratorIT's run (same seed and size: loaded once per database, no more persons for other tests' searches). */
    static final long SEED = GeneratorIT.SEED;

    static final int CASES = GeneratorIT.CASES;

    @Autowired
    SyntheticData generator;

    @Autowired
    DSLContext db;

    @Autowired
    MockMvc mvc;

    @Autowired
    RegionCatalogue regions;

    @Autowired
    Agencies agencies;

    @Autowired
    OverdueServices overdue;

    @Autowired
    java.time.Clock clock;

    GeneratorRun run;
    LocalDate today;

    @BeforeEach
    void generated() {
        run = generator.generate(CASES, SEED, SyntheticData.Progress.NONE);
        today = id.sigap.support.TestDates.today(clock);
    }

    /** Rows of the run: their person is one the run wrote. */
    Condition ofRun(Field<Long> personId) {
        return personId.in(DSL.select(TRUTH.PERSON_ID).from(TRUTH).where(TRUTH.RUN_ID.eq(run.id())));
    }

    @Test
    void the_loaded_services_are_exactly_those_of_the_seed() throws Exception {
        CaseMaker maker = new CaseMaker(
                new World(SEED, CASES, regions.places()), new AgencyPlan(agencies, regions.provinceNames()));
        List<String> expected = new ArrayList<>();
        IntStream.range(0, CASES).mapToObj(maker::make).forEach(c -> lines(c, expected));

        var t = TRUTH.TRUE_PERSON_NO;
        List<String> loaded = new ArrayList<>();
        db.select(t, SERVICE_ITEM.SERVICE, SERVICE_ITEM.FIRST_AID, SERVICE_ITEM.PROVIDER_AGENCY_ID)
                .select(SERVICE_ITEM.REQUESTED_ON, SERVICE_ITEM.STARTED_ON, SERVICE_ITEM.COMPLETED_ON)
                .select(SERVICE_ITEM.OUTCOME, SERVICE_ITEM.CLOSING_REASON)
                .from(SERVICE_ITEM)
                .join(TRUTH)
                .on(TRUTH.PERSON_ID.eq(SERVICE_ITEM.PERSON_ID))
                .where(TRUTH.RUN_ID.eq(run.id()))
                .forEach(r -> loaded.add(line("item", r.intoArray())));
        db.select(t, REFERRAL.SERVICE, REFERRAL.FROM_AGENCY_ID, REFERRAL.TO_AGENCY_ID, REFERRAL.TO_REGION_CODE)
                .select(REFERRAL.STATUS, REFERRAL.REJECTION_REASON, REFERRAL.CONSENT_GIVEN_BY)
                .select(REFERRAL.REQUESTED_AT, REFERRAL.DECIDED_AT, REFERRAL.CLOSED_AT)
                .from(REFERRAL)
                .join(TRUTH)
                .on(TRUTH.PERSON_ID.eq(REFERRAL.PERSON_ID))
                .where(TRUTH.RUN_ID.eq(run.id()))
                .forEach(r -> loaded.add(line("referral", r.intoArray())));
        db.select(t, REPATRIATION_LEG.SEQ, REPATRIATION_LEG.FROM_PLACE, REPATRIATION_LEG.TO_PLACE)
                .select(REPATRIATION_LEG.TO_REGION_CODE, REPATRIATION_LEG.RESPONSIBLE_AGENCY_ID)
                .select(REPATRIATION_LEG.DEPARTED_ON, REPATRIATION_LEG.ARRIVED_ON, REPATRIATION_LEG.STATUS)
                .select(REPATRIATION_LEG.ESCORT_NAME)
                .from(REPATRIATION_LEG)
                .join(TRUTH)
                .on(TRUTH.PERSON_ID.eq(REPATRIATION_LEG.PERSON_ID))
                .where(TRUTH.RUN_ID.eq(run.id()))
                .forEach(r -> loaded.add(line("leg", r.intoArray())));
        db.select(t, REINTEGRATION_VISIT.AGENCY_ID, REINTEGRATION_VISIT.MONTHS_AFTER_RETURN)
                .select(REINTEGRATION_VISIT.RETURNED_ON, REINTEGRATION_VISIT.VISITED_ON)
                .select(REINTEGRATION_VISIT.LIVING_SITUATION, REINTEGRATION_VISIT.LIVELIHOOD, REINTEGRATION_VISIT.RISK)
                .from(REINTEGRATION_VISIT)
                .join(TRUTH)
                .on(TRUTH.PERSON_ID.eq(REINTEGRATION_VISIT.PERSON_ID))
                .where(TRUTH.RUN_ID.eq(run.id()))
                .forEach(r -> loaded.add(line("visit", r.intoArray())));

        assertThat(loaded).hasSizeGreaterThan(4 * CASES);
        assertThat(digest(loaded)).isEqualTo(digest(expected));
    }

    /** The services of a made case as lines, persons by their true number (as the database rows give them). */
    static void lines(MadeCase c, List<String> out) {
        GeneratedServices s = c.services();
        java.util.function.IntFunction<Long> no = k -> c.truth().get(k).truePersonNo();
        s.items()
                .forEach(i -> out.add(line(
                        "item",
                        no.apply((int) i.personId()),
                        i.service(),
                        i.firstAid(),
                        i.providerAgencyId(),
                        i.requestedOn(),
                        i.startedOn(),
                        i.completedOn(),
                        i.outcome(),
                        i.closingReason())));
        s.referrals()
                .forEach(r -> out.add(line(
                        "referral",
                        no.apply((int) r.personId()),
                        r.service(),
                        r.fromAgencyId(),
                        r.toAgencyId(),
                        r.toRegionCode(),
                        r.status(),
                        r.rejectionReason(),
                        r.consentBy(),
                        r.requestedAt(),
                        r.decidedAt(),
                        r.closedAt())));
        s.legs()
                .forEach(l -> out.add(line(
                        "leg",
                        no.apply((int) l.personId()),
                        l.seq(),
                        l.fromPlace(),
                        l.toPlace(),
                        l.toRegionCode(),
                        l.responsibleAgencyId(),
                        l.departedOn(),
                        l.arrivedOn(),
                        l.status(),
                        l.escortName())));
        s.visits()
                .forEach(v -> out.add(line(
                        "visit",
                        no.apply((int) v.personId()),
                        v.agencyId(),
                        v.monthsAfterReturn(),
                        v.returnedOn(),
                        v.visitedOn(),
                        v.living(),
                        v.livelihood(),
                        v.risk())));
    }

    /** Values as text the same way from rows and records: enums by name, times as instants. */
    static String line(String kind, Object... values) {
        return kind + "|"
                + Stream.of(values)
                        .map(v -> v instanceof java.time.OffsetDateTime o
                                ? o.toInstant().toString()
                                : v instanceof Enum<?> e ? e.name() : Objects.toString(v))
                        .collect(Collectors.joining("|"));
    }

    static String digest(List<String> lines) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        lines.stream().sorted().forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void every_victim_has_a_plan_some_items_are_overdue_and_referrals_cross_provinces() {
        var cp = id.sigap.cases.internal.db.Tables.CASE_PERSON;
        long victims = db.fetchCount(cp, cp.ROLE.eq("VICTIM").and(ofRun(cp.PERSON_ID)));
        long planned = db.fetchCount(
                db.selectDistinct(SERVICE_ITEM.PERSON_ID).from(SERVICE_ITEM).where(ofRun(SERVICE_ITEM.PERSON_ID)));
        assertThat(planned).isEqualTo(victims).isGreaterThan(CASES);
        assertThat(db.fetchCount(SERVICE_ITEM, ofRun(SERVICE_ITEM.PERSON_ID).and(openPastDeadline())))
                .isPositive();
        assertThat(db.fetchCount(
                        REFERRAL,
                        ofRun(REFERRAL.PERSON_ID)
                                .and(REFERRAL.TO_REGION_CODE.isNotNull())
                                .and(DSL.substring(REFERRAL.TO_REGION_CODE, 1, 2)
                                        .ne(DSL.substring(REFERRAL.CASE_REGION_CODE, 1, 2)))))
                .isPositive();
        assertThat(db.fetchCount(REPATRIATION_LEG, ofRun(REPATRIATION_LEG.PERSON_ID)))
                .isPositive();
        assertThat(db.fetchCount(REINTEGRATION_VISIT, ofRun(REINTEGRATION_VISIT.PERSON_ID)))
                .isPositive();
    }

    Condition openPastDeadline() {
        return SERVICE_ITEM
                .DUE_ON
                .lt(today)
                .and(SERVICE_ITEM.STARTED_ON.isNull())
                .and(SERVICE_ITEM.COMPLETED_ON.isNull())
                .and(SERVICE_ITEM.CLOSING_REASON.isNull());
    }

    @Test
    void a_second_run_of_the_seed_adds_no_services_and_each_batch_is_audited_once() {
        int items = db.fetchCount(SERVICE_ITEM, ofRun(SERVICE_ITEM.PERSON_ID));
        int referrals = db.fetchCount(REFERRAL, ofRun(REFERRAL.PERSON_ID));

        generator.generate(CASES, SEED, SyntheticData.Progress.NONE);

        assertThat(db.fetchCount(SERVICE_ITEM, ofRun(SERVICE_ITEM.PERSON_ID))).isEqualTo(items);
        assertThat(db.fetchCount(REFERRAL, ofRun(REFERRAL.PERSON_ID))).isEqualTo(referrals);
        var entries = db.selectFrom(Tables.ENTRY)
                .where(Tables.ENTRY.OBJECT_TYPE.eq(id.sigap.support.ServiceBulkLoad.AUDIT_OBJECT))
                .and(Tables.ENTRY.OBJECT_ID.like("synthetic:seed=" + SEED + ":batch=%"))
                .fetch();
        assertThat(entries).hasSize(run.batchesDone()).allSatisfy(e -> assertThat(e.getDetail())
                .startsWith("items="));
    }

    @Test
    void the_providers_inbox_and_the_overdue_count_find_the_generated_overdue_items() throws Exception {
        var item = db.selectFrom(SERVICE_ITEM)
                .where(ofRun(SERVICE_ITEM.PERSON_ID))
                .and(openPastDeadline())
                .and(SERVICE_ITEM.PROVIDER_AGENCY_ID.isNotNull())
                .orderBy(SERVICE_ITEM.ID)
                .limit(1)
                .fetchSingle();
        int generated = db.fetchCount(
                SERVICE_ITEM,
                ofRun(SERVICE_ITEM.PERSON_ID)
                        .and(openPastDeadline())
                        .and(SERVICE_ITEM.PROVIDER_AGENCY_ID.eq(item.getProviderAgencyId())));
        SigapUser provider =
                TestUsers.user(item.getProviderAgencyId(), new Grant(Role.CASE_WORKER, item.getRegionCode()));

        String json = mvc.perform(get("/api/v1/inbox").with(TestUsers.as(provider)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.itemsOverdue").value(Matchers.greaterThanOrEqualTo(generated)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int listed = com.jayway.jsonpath.JsonPath.read(json, "$.counts.itemsOverdue");
        List<Number> ids = com.jayway.jsonpath.JsonPath.read(json, "$.overdue[*].id");
        if (listed <= 100) { // the inbox lists the first 100, oldest deadline first
            assertThat(ids.stream().map(Number::longValue)).contains(item.getId());
        } else {
            assertThat(ids).hasSize(100);
        }
        mvc.perform(get("/kotak-kerja").with(TestUsers.as(provider))).andExpect(status().isOk());

        String province = item.getProvinceCode();
        int inProvince = db.fetchCount(
                SERVICE_ITEM,
                ofRun(SERVICE_ITEM.PERSON_ID).and(openPastDeadline()).and(SERVICE_ITEM.PROVINCE_CODE.eq(province)));
        assertThat(overdue.count(RegionScope.of(List.of(province)))).isGreaterThanOrEqualTo(inProvince);
    }

    @Test
    void a_receiving_agency_in_another_province_sees_only_the_referred_persons_services() throws Exception {
        var referral = db.selectFrom(REFERRAL)
                .where(ofRun(REFERRAL.PERSON_ID))
                .and(REFERRAL.STATUS.eq(ReferralStatus.ACCEPTED.name()))
                .and(REFERRAL.TO_REGION_CODE.isNotNull())
                .and(DSL.substring(REFERRAL.TO_REGION_CODE, 1, 2).ne(DSL.substring(REFERRAL.CASE_REGION_CODE, 1, 2)))
                .orderBy(REFERRAL.ID)
                .limit(1)
                .fetchSingle();
        Set<Long> referred = Set.copyOf(db.selectDistinct(REFERRAL.PERSON_ID)
                .from(REFERRAL)
                .where(REFERRAL.CASE_ID.eq(referral.getCaseId()))
                .and(REFERRAL.TO_AGENCY_ID.eq(referral.getToAgencyId()))
                .and(REFERRAL.STATUS.eq(ReferralStatus.ACCEPTED.name()))
                .fetch(REFERRAL.PERSON_ID));
        SigapUser receiver =
                TestUsers.user(referral.getToAgencyId(), new Grant(Role.CASE_WORKER, referral.getToRegionCode()));

        String json = mvc.perform(
                        get("/api/v1/cases/{id}/services", referral.getCaseId()).with(TestUsers.as(receiver)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> shown = com.jayway.jsonpath.JsonPath.read(json, "$.persons[*].personId");
        assertThat(shown.stream().map(Number::longValue).collect(Collectors.toSet()))
                .isEqualTo(referred);
        mvc.perform(get("/api/v1/cases/{id}", referral.getCaseId()).with(TestUsers.as(receiver)))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/referrals/{id}", referral.getId()).with(TestUsers.as(receiver)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(get("/rujukan/{id}", referral.getId()).with(TestUsers.as(receiver)))
                .andExpect(status().isOk());
        mvc.perform(get("/kasus/{id}/layanan", referral.getCaseId()).with(TestUsers.as(receiver)))
                .andExpect(status().isOk());

        SigapUser stranger = TestUsers.user(
                referral.getToAgencyId() + 1_000_000, new Grant(Role.CASE_WORKER, referral.getToRegionCode()));
        mvc.perform(get("/api/v1/cases/{id}/services", referral.getCaseId()).with(TestUsers.as(stranger)))
                .andExpect(status().is4xxClientError());
    }
}
