package id.sigap.linkage.internal;

import static id.sigap.linkage.internal.db.Tables.PAIR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFixtures;
import id.sigap.linkage.LinkagePersons;
import id.sigap.linkage.PersonClusters;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Near-namesakes saved through the API: a woman already registered by one agency and another woman with the same
 * given name, birth date, sex and city but a plainly different surname stay two clusters (their pair waits for a
 * reviewer), while the second woman's own re-registration with an old spelling joins her.
 */
@IntegrationTest
class NearNamesakesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    @Autowired
    PersonClusters clusters;

    @Autowired
    DSLContext db;

    private long register(LinkagePersons persons, String role, String fullName, String born, String nik)
            throws Exception {
        Agency agency = CaseFixtures.agency(agencies, "53.71");
        SigapUser user = TestUsers.user(agency.id(), new Grant(Role.valueOf(role), "53.71"));
        long caseId = caseFiles.open(CaseFixtures.newCase(agency.id(), "53.71")).id();
        String identifier = nik == null ? "" : ",\"nik\":\"" + nik + "\"";
        String birth = born == null ? "" : ",\"birthDate\":\"" + born + "\"";
        return persons.add(user, caseId, """
                {"role":"VICTIM","fullName":"%s","sex":"F"%s%s}
                """.formatted(fullName, birth, identifier));
    }

    private Record2<String, Double> pair(long x, long y) {
        return db.select(PAIR.STATUS, PAIR.PROBABILITY)
                .from(PAIR)
                .where(PAIR.PERSON_A.eq(Math.min(x, y)))
                .and(PAIR.PERSON_B.eq(Math.max(x, y)))
                .fetchOne();
    }

    @Test
    void a_woman_with_the_same_given_name_birth_date_and_city_but_another_surname_is_not_linked() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate born = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(15_000));
        String date = born.toString();
        // her own NIK: district 53.71.01, a woman (day + 40), and a random serial
        String nik = "537101"
                + "%02d%02d%02d".formatted(born.getDayOfMonth() + 40, born.getMonthValue(), born.getYear() % 100)
                + "%04d".formatted(1 + random.nextInt(9_999));
        String neighbour = LinkagePersons.surname();
        String surname = LinkagePersons.surname();
        LinkagePersons persons = new LinkagePersons(mvc);

        long namesake = register(persons, "CASE_WORKER", "Josefina " + neighbour, date, null);
        long police = register(persons, "INVESTIGATOR", "Yosefina " + surname, date, nik);
        long shelter = register(persons, "CASE_WORKER", "Josefina " + surname, date, null);
        long sister = register(persons, "CASE_WORKER", "Maria " + surname, date, null);

        Map<Long, Long> of = clusters.clusterOf(List.of(namesake, police, shelter, sister));
        assertThat(of.get(police)).as("not into the namesake's cluster").isNotEqualTo(of.get(namesake));
        assertThat(of.get(shelter)).as("her own re-registration joins her").isEqualTo(of.get(police));
        assertThat(of.get(sister))
                .as("same surname and birth date, another given name")
                .isNotEqualTo(of.get(police));
        assertThat(of.get(namesake)).isNotEqualTo(of.get(shelter));

        assertThat(pair(police, shelter).value1()).isEqualTo(PairStore.Status.LINKED.name());
        Record2<String, Double> queued = pair(police, namesake);
        assertThat(queued).as("the namesake pair waits for a reviewer").isNotNull();
        assertThat(queued.value1()).isEqualTo(PairStore.Status.REVIEW.name());
        assertThat(queued.value2()).isLessThan(LinkModels.SETTINGS.matchThreshold());
    }

    @Test
    void the_same_name_in_the_same_city_without_birth_date_or_identifier_waits_for_a_reviewer() throws Exception {
        // registered with an age only (a fifth of a national register): nothing but name, sex and city agree
        String name = "Magdalena " + LinkagePersons.surname();
        LinkagePersons persons = new LinkagePersons(mvc);
        long police = register(persons, "INVESTIGATOR", name, null, null);
        long shelter = register(persons, "CASE_WORKER", name, null, null);

        Map<Long, Long> of = clusters.clusterOf(List.of(police, shelter));
        assertThat(of.get(shelter)).isNotEqualTo(of.get(police));
        Record2<String, Double> queued = pair(police, shelter);
        assertThat(queued).as("found by the names-in-regency key and queued").isNotNull();
        assertThat(queued.value1()).isEqualTo(PairStore.Status.REVIEW.name());
        assertThat(queued.value2()).isEqualTo(id.sigap.linkage.engine.FellegiSunter.UNDECIDED);

        // the reviewer's page that holds the pair (pages of 10, by probability: other tests' pairs may come first)
        SigapUser analyst = TestUsers.user(Role.ANALYST, "53.71");
        long pairId = db.select(PAIR.ID)
                .from(PAIR)
                .where(PAIR.PERSON_A.eq(Math.min(police, shelter)))
                .and(PAIR.PERSON_B.eq(Math.max(police, shelter)))
                .fetchOne(PAIR.ID);
        String card = null;
        for (int page = 0; card == null && page < 1_000; page++) {
            String html = mvc.perform(get("/tautan/tinjau")
                            .param("page", String.valueOf(page))
                            .with(TestUsers.as(analyst)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            int at = html.indexOf("id=\"pair-" + pairId + "\"");
            if (at >= 0) {
                card = html.substring(at, html.indexOf("</article>", at));
            } else if (!html.contains("linkage-pair")) {
                break;
            }
        }
        assertThat(card).as("the pair is on the reviewer's pages").isNotNull();
        assertThat(card).contains(name).contains("linkage-held").contains("Peninjau yang memutuskan");
    }
}
