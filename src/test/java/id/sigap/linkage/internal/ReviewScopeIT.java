package id.sigap.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFixtures;
import id.sigap.cases.LinkablePersons;
import id.sigap.linkage.LinkagePersons;
import id.sigap.linkage.PersonClusters;
import id.sigap.linkage.engine.Comparisons;
import id.sigap.linkage.engine.Fields;
import id.sigap.linkage.engine.Prepared;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review queue stays within the reviewer's scope: a pair with a record outside it is not listed, not readable,
 * not decidable (404, as if it did not exist), and a cluster that holds such a record shows and counts only the
 * records the reviewer may see. Decisions merge and split clusters, audited and undoable.
 */
@IntegrationTest
class ReviewScopeIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    @Autowired
    LinkablePersons linkable;

    @Autowired
    PairStore pairs;

    @Autowired
    LinkModels models;

    @Autowired
    PersonClusters clusters;

    @Autowired
    TransactionTemplate tx;

    String surname;
    String given;
    String outside;
    SigapUser kupangAnalyst;
    SigapUser nationalAnalyst;
    long kupangA;
    long kupangB;
    long banjar;
    long kupangPair;
    long crossPair;

    @BeforeEach
    void setUp() throws Exception {
        surname = LinkagePersons.surname();
        given = LinkagePersons.surname();
        outside = LinkagePersons.surname();
        Agency kupangPolice = CaseFixtures.agency(agencies, "53.71");
        Agency kupangShelter = CaseFixtures.agency(agencies, "53.71");
        Agency banjarmasin = CaseFixtures.agency(agencies, "63.71");
        LinkagePersons persons = new LinkagePersons(mvc);
        kupangA = persons.add(
                TestUsers.user(kupangPolice.id(), new Grant(Role.INVESTIGATOR, "53.71")),
                caseFiles.open(CaseFixtures.newCase(kupangPolice.id(), "53.71")).id(),
                person(given, "1990-05-01"));
        kupangB = persons.add(
                TestUsers.user(kupangShelter.id(), new Grant(Role.CASE_WORKER, "53.71")),
                caseFiles
                        .open(CaseFixtures.newCase(kupangShelter.id(), "53.71"))
                        .id(),
                person(LinkagePersons.surname(), "1985-12-20"));
        banjar = persons.add(
                TestUsers.user(banjarmasin.id(), new Grant(Role.CASE_WORKER, "63.71")),
                caseFiles.open(CaseFixtures.newCase(banjarmasin.id(), "63.71")).id(),
                person(outside, "1970-06-01"));
        kupangPair = queue(kupangA, kupangB);
        crossPair = queue(kupangA, banjar);
        kupangAnalyst = TestUsers.user(kupangShelter.id(), new Grant(Role.ANALYST, "53.71"));
        nationalAnalyst = TestUsers.user(kupangShelter.id(), new Grant(Role.ANALYST, null));
    }

    private String person(String given, String birthDate) {
        return """
                {"role":"VICTIM","fullName":"%s %s","sex":"F","birthDate":"%s"}
                """.formatted(given, surname, birthDate);
    }

    /** Queues the pair for review as incremental linking does for a pair between the thresholds. */
    private long queue(long x, long y) {
        var a = linkable.find(x).orElseThrow();
        var b = linkable.find(y).orElseThrow();
        long vector = new Comparisons(Fields.core())
                .compare(
                        Prepared.of(0, LinkRecords.of(a, 0), Fields.core()),
                        Prepared.of(1, LinkRecords.of(b, 1), Fields.core()));
        var pair = PairStore.ScoredPair.of(x, a.regionCode(), y, b.regionCode(), 0.6, vector);
        return tx.execute(s -> pairs.save(pair, models.current(), PairStore.Status.REVIEW));
    }

    private String decision(long pair, String decision) {
        return "{\"version\":%d,\"decision\":\"%s\"}"
                .formatted(pairs.find(pair).orElseThrow().getVersion(), decision);
    }

    @Test
    void a_reviewer_sees_only_pairs_whose_two_records_are_in_his_scope() throws Exception {
        String json = mvc.perform(get("/api/v1/linkage/reviews?size=200").with(TestUsers.as(kupangAnalyst)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains("\"id\":" + kupangPair + ",").contains(given + " " + surname);
        assertThat(json).doesNotContain("\"id\":" + crossPair + ",").doesNotContain(outside);

        String html = mvc.perform(get("/tautan/tinjau").with(TestUsers.as(kupangAnalyst)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("pair-" + kupangPair).doesNotContain("pair-" + crossPair);
        assertThat(html).doesNotContain(outside);

        mvc.perform(get("/api/v1/linkage/reviews/{id}", crossPair).with(TestUsers.as(kupangAnalyst)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/linkage/reviews/{id}/decision", crossPair)
                        .with(TestUsers.as(kupangAnalyst))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"decision\":\"ACCEPT\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/tautan/tinjau/{id}", crossPair)
                        .with(TestUsers.as(kupangAnalyst))
                        .with(csrf())
                        .param("version", "0")
                        .param("keputusan", "terima"))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_cluster_with_a_record_outside_the_scope_shows_no_trace_of_it() throws Exception {
        mvc.perform(post("/api/v1/linkage/reviews/{id}/decision", crossPair)
                        .with(TestUsers.as(nationalAnalyst))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision(crossPair, "ACCEPT")))
                .andExpect(status().isCreated());
        assertThat(clusters.clusterOf(List.of(kupangA, banjar)).values().stream()
                        .distinct())
                .hasSize(1);

        String json = mvc.perform(
                        get("/api/v1/linkage/persons/{id}/cluster", kupangA).with(TestUsers.as(kupangAnalyst)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visibleMembers").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).doesNotContain(Long.toString(banjar));
        mvc.perform(get("/api/v1/linkage/persons/{id}/cluster", banjar).with(TestUsers.as(kupangAnalyst)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/linkage/persons/{id}/cluster", kupangA).with(TestUsers.as(nationalAnalyst)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visibleMembers").value(2));
    }

    @Test
    void accept_merges_reject_splits_and_undo_restores_the_membership_before() throws Exception {
        String decided = mvc.perform(post("/api/v1/linkage/reviews/{id}/decision", kupangPair)
                        .with(TestUsers.as(kupangAnalyst))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision(kupangPair, "ACCEPT")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long change = Long.parseLong(decided.replaceAll(".*\"changeId\":(\\d+).*", "$1"));
        assertThat(clusters.clusterOf(List.of(kupangA, kupangB)).values().stream()
                        .distinct())
                .hasSize(1);
        mvc.perform(post("/api/v1/linkage/reviews/{id}/decision", kupangPair)
                        .with(TestUsers.as(kupangAnalyst))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision(kupangPair, "REJECT")))
                .andExpect(status().isConflict());

        mvc.perform(post("/api/v1/linkage/changes/{id}/undo", change)
                        .with(TestUsers.as(kupangAnalyst))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(clusters.clusterOf(List.of(kupangA, kupangB)).values().stream()
                        .distinct())
                .hasSize(2);
        mvc.perform(post("/api/v1/linkage/changes/{id}/undo", change)
                        .with(TestUsers.as(kupangAnalyst))
                        .with(csrf()))
                .andExpect(status().isConflict());

        // back in the queue: accept again through the page, then reject the merged pair elsewhere is a split
        int version = pairs.find(kupangPair).orElseThrow().getVersion();
        mvc.perform(post("/tautan/tinjau/{id}", kupangPair)
                        .with(TestUsers.as(kupangAnalyst))
                        .with(csrf())
                        .param("version", Integer.toString(version))
                        .param("keputusan", "tolak"))
                .andExpect(status().is3xxRedirection());
        assertThat(pairs.find(kupangPair).orElseThrow().getStatus()).isEqualTo("REJECTED");
        assertThat(clusters.clusterOf(List.of(kupangA, kupangB)).values().stream()
                        .distinct())
                .hasSize(2);
    }

    @Test
    void users_who_review_nowhere_are_refused() throws Exception {
        SigapUser intake = TestUsers.user(Role.INTAKE_OFFICER, "53.71");
        mvc.perform(get("/api/v1/linkage/reviews").with(TestUsers.as(intake))).andExpect(status().isForbidden());
        mvc.perform(get("/tautan/tinjau").with(TestUsers.as(intake))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/linkage/persons/{id}/cluster", kupangA).with(TestUsers.as(intake)))
                .andExpect(status().isForbidden());
        SigapUser admin = TestUsers.user(Role.SYSTEM_ADMIN, "53.71");
        mvc.perform(get("/tautan/admin").with(TestUsers.as(admin))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/linkage/relinks").with(TestUsers.as(admin)).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
