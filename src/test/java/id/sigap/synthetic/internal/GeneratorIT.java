package id.sigap.synthetic.internal;

import static id.sigap.synthetic.internal.db.Tables.TRUTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.audit.internal.db.Tables;
import id.sigap.cases.internal.db.tables.CaseFile;
import id.sigap.cases.internal.db.tables.CasePerson;
import id.sigap.cases.internal.db.tables.Person;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import id.sigap.synthetic.GeneratorRun;
import id.sigap.synthetic.SyntheticData;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** 300 generated cases in a real database: loaded once, found through the APIs, and scoped like any other case. */
@IntegrationTest
class GeneratorIT {

    static final long SEED = 4242;
    static final int CASES = 300;

    @Autowired
    SyntheticData generator;

    @Autowired
    DSLContext db;

    @Autowired
    MockMvc mvc;

    GeneratorRun run;

    @BeforeEach
    void generated() {
        run = generator.generate(CASES, SEED, SyntheticData.Progress.NONE);
    }

    /** The generated cases, with their regions (through the truth key of the run). */
    List<Record2<Long, String>> cases() {
        CasePerson cp = id.sigap.cases.internal.db.Tables.CASE_PERSON;
        CaseFile cf = id.sigap.cases.internal.db.Tables.CASE_FILE;
        return db.selectDistinct(cf.ID, cf.REGION_CODE)
                .from(TRUTH)
                .join(cp)
                .on(cp.PERSON_ID.eq(TRUTH.PERSON_ID))
                .join(cf)
                .on(cf.ID.eq(cp.CASE_ID))
                .where(TRUTH.RUN_ID.eq(run.id()))
                .orderBy(cf.ID)
                .fetch();
    }

    @Test
    void the_run_is_complete_and_a_second_run_of_the_seed_adds_nothing() {
        assertThat(run.done()).isTrue();
        assertThat(run.cases()).isEqualTo(CASES);
        assertThat(cases()).hasSize(CASES);
        long persons = db.fetchCount(TRUTH, TRUTH.RUN_ID.eq(run.id()));
        assertThat(persons).isEqualTo(run.persons()).isGreaterThan(3L * CASES);

        GeneratorRun again = generator.generate(CASES, SEED, SyntheticData.Progress.NONE);

        assertThat(again).isEqualTo(run);
        assertThat(db.fetchCount(TRUTH, TRUTH.RUN_ID.eq(run.id()))).isEqualTo(persons);
        assertThat(cases()).hasSize(CASES);
    }

    @Test
    void the_seed_cannot_be_reused_for_another_size() {
        assertThatThrownBy(() -> generator.generate(CASES + 1, SEED, SyntheticData.Progress.NONE))
                .isInstanceOf(SigapException.Conflict.class)
                .hasMessageContaining("synthetic.seed-used");
    }

    @Test
    void each_batch_is_audited_once_not_once_per_row() {
        assertThat(run.batchSize()).isEqualTo(75);
        assertThat(run.batchesDone()).isEqualTo(4);
        var entries = db.selectFrom(Tables.ENTRY)
                .where(Tables.ENTRY.OBJECT_TYPE.eq("case_bulk"))
                .and(Tables.ENTRY.OBJECT_ID.like("synthetic:seed=" + SEED + ":batch=%"))
                .fetch();
        assertThat(entries).hasSize(4).allSatisfy(e -> assertThat(e.getDetail()).startsWith("cases=75 persons="));
    }

    @Test
    void the_truth_key_names_people_registered_more_than_once_by_different_agencies() {
        Person p = id.sigap.cases.internal.db.Tables.PERSON;
        var shared = db.select(TRUTH.TRUE_PERSON_NO, DSL.countDistinct(p.REGISTERING_AGENCY_ID))
                .from(TRUTH)
                .join(p)
                .on(p.ID.eq(TRUTH.PERSON_ID))
                .where(TRUTH.RUN_ID.eq(run.id()))
                .groupBy(TRUTH.TRUE_PERSON_NO)
                .having(DSL.countDistinct(p.REGISTERING_AGENCY_ID).gt(1))
                .fetch();
        assertThat(shared).isNotEmpty();
        long personId = db.select(TRUTH.PERSON_ID)
                .from(TRUTH)
                .where(TRUTH.RUN_ID.eq(run.id()))
                .limit(1)
                .fetchSingle(TRUTH.PERSON_ID);
        assertThat(generator.truePerson(personId)).isPresent();
        assertThat(generator.truePerson(-1)).isEmpty();
    }

    @Test
    void a_kota_kupang_case_worker_sees_generated_kupang_cases_only() throws Exception {
        SigapUser kupang = TestUsers.user(Role.CASE_WORKER, "53.71");
        var all = cases();
        long inKupang = all.stream()
                .filter(c -> c.value2().startsWith("53.71"))
                .findFirst()
                .orElseThrow()
                .value1();
        long elsewhere = all.stream()
                .filter(c -> !c.value2().startsWith("53"))
                .findFirst()
                .orElseThrow()
                .value1();

        mvc.perform(get("/api/v1/cases/{id}", inKupang).with(TestUsers.as(kupang)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseFile.regionCode").value("53.71"))
                .andExpect(jsonPath("$.persons").isNotEmpty());
        mvc.perform(get("/api/v1/cases/{id}", elsewhere).with(TestUsers.as(kupang)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases").param("size", "100").with(TestUsers.as(kupang)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].regionCode")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("53.71"))));
    }
}
