package id.sigap.cases.web;

import static id.sigap.audit.internal.db.Tables.ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.audit.internal.db.tables.records.EntryRecord;
import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFiles.OpenedCase;
import id.sigap.cases.CaseFixtures;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Name search from the bounded candidates of the name tokens (whole words first, three-letter keys for typos), and
 * the audit of what a search or a case page shows: every person listed, in one statement per request.
 */
@IntegrationTest
class PersonSearchIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    @Autowired
    DSLContext db;

    final SigapUser kupangWorker = TestUsers.user(Role.CASE_WORKER, "53.71");
    final SigapUser nttInvestigator = TestUsers.user(Role.INVESTIGATOR, "53");
    final SigapUser banjarWorker = TestUsers.user(Role.CASE_WORKER, "63.71");
    String word;
    OpenedCase kupangCase;

    @BeforeEach
    void aCaseInKupang() {
        word = "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Agency kupang = CaseFixtures.agency(agencies, "53.71");
        kupangCase = caseFiles.open(new CaseFiles.NewCase(kupang.id(), "53.71", "Kasus uji", null, null, false, false));
    }

    @Test
    void one_word_finds_long_names_with_that_word_and_a_typo_still_finds_the_person() throws Exception {
        long long1 = add("Siti Rohaeni Binti Ahmad Suryana " + word);
        long short1 = add("Siti " + word);
        long other = add("Rohaeni " + word);

        mvc.perform(get("/api/v1/persons").param("q", word).with(TestUsers.as(nttInvestigator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", containsInAnyOrder((int) long1, (int) short1, (int) other)))
                .andExpect(jsonPath("$.content[0].id").value((int) short1)); // the closest name ranks first
        // both words: the two Sitis first (every word present), then what only resembles
        mvc.perform(get("/api/v1/persons").param("q", "siti " + word).with(TestUsers.as(nttInvestigator)))
                .andExpect(jsonPath("$.content[0].id").value((int) short1))
                .andExpect(jsonPath("$.content[1].id").value((int) long1));
        // a typo in the other word: no exact candidate, the three-letter keys find her first
        mvc.perform(get("/api/v1/persons").param("q", "Rohaini " + word).with(TestUsers.as(nttInvestigator)))
                .andExpect(jsonPath("$.content[0].id").value((int) other));
        // outside the scope: nothing
        mvc.perform(get("/api/v1/persons").param("q", word).with(TestUsers.as(banjarWorker)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void a_page_of_a_common_name_has_no_exact_total_only_that_more_follow() throws Exception {
        for (int i = 0; i < 3; i++) {
            add("Nur " + word);
        }
        mvc.perform(get("/api/v1/persons")
                        .param("q", "nur " + word)
                        .param("size", "2")
                        .with(TestUsers.as(kupangWorker)))
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.totalElements").value(3));
    }

    @Test
    void every_person_a_search_lists_is_audited_as_read_in_one_statement() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(add("Wayan " + word));
        }
        mvc.perform(get("/api/v1/persons").param("q", "wayan " + word).with(TestUsers.as(kupangWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(4));

        List<EntryRecord> reads =
                reads("person", ids.stream().map(String::valueOf).toList());
        assertThat(reads)
                .extracting(EntryRecord::getObjectId)
                .containsExactlyInAnyOrderElementsOf(
                        ids.stream().map(String::valueOf).toList());
        assertThat(reads).extracting(EntryRecord::getActorUsername).containsOnly(kupangWorker.username());
        assertThat(reads)
                .extracting(EntryRecord::getOccurredAt)
                .containsOnly(reads.getFirst().getOccurredAt());
        assertThat(reads.getLast().getId() - reads.getFirst().getId()).isEqualTo(ids.size() - 1);
    }

    @Test
    void the_case_page_audits_the_case_and_each_person_in_one_statement() throws Exception {
        long a = add("Made " + word);
        long b = add("Ketut " + word);
        mvc.perform(get("/kasus/{id}", kupangCase.id()).with(TestUsers.as(kupangWorker)))
                .andExpect(status().isOk());

        List<EntryRecord> persons = reads("person", List.of(String.valueOf(a), String.valueOf(b)));
        List<EntryRecord> theCase = reads("case", List.of(String.valueOf(kupangCase.id())));
        assertThat(persons).hasSize(2);
        assertThat(theCase).isNotEmpty();
        EntryRecord pageRead = theCase.getLast();
        assertThat(persons).extracting(EntryRecord::getOccurredAt).containsOnly(pageRead.getOccurredAt());
        mvc.perform(get("/api/v1/persons").param("q", "made " + word).with(TestUsers.as(kupangWorker)))
                .andExpect(jsonPath("$.content[*].id", hasItem((int) a)));
    }

    private List<EntryRecord> reads(String type, List<String> ids) {
        return db.selectFrom(ENTRY)
                .where(ENTRY.OBJECT_TYPE.eq(type))
                .and(ENTRY.OBJECT_ID.in(ids))
                .and(ENTRY.ACTION.eq("READ"))
                .orderBy(ENTRY.ID)
                .fetch();
    }

    private long add(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/cases/{id}/persons", kupangCase.id())
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CaseApiIT.json(Map.of("role", "VICTIM", "fullName", name))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Long.parseLong(body.replaceAll("\\D", ""));
    }
}
