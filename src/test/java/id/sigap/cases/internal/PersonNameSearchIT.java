package id.sigap.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFixtures;
import id.sigap.cases.PersonRole;
import id.sigap.organization.Agencies;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Name search through the province name tokens: spelling variants and typos found, persons outside the scope never
 * returned (neither by province nor by regency), persons of a case in scope found wherever registered, a "more
 * results" page instead of an exact total, and the identifiers of a case's persons read together.
 */
@IntegrationTest
class PersonNameSearchIT {

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    @Autowired
    PersonRegister persons;

    @Autowired
    CaseRegister cases;

    final SigapUser ntt = TestUsers.user(Role.CASE_WORKER, "53");
    final SigapUser kupang = TestUsers.user(Role.CASE_WORKER, "53.71");
    final SigapUser kabKupang = TestUsers.user(Role.CASE_WORKER, "53.01");
    final SigapUser kalsel = TestUsers.user(Role.CASE_WORKER, "63");
    final SigapUser national = TestUsers.user(Role.CASE_WORKER, null);
    String tag;
    long kupangCase;
    long banjarCase;

    @BeforeEach
    void casesInTwoProvinces() {
        tag = CaseFixtures.unique("x").substring(2);
        kupangCase = caseFiles
                .open(CaseFixtures.newCase(
                        CaseFixtures.agency(agencies, "53.71").id(), "53.71"))
                .id();
        banjarCase = caseFiles
                .open(CaseFixtures.newCase(
                        CaseFixtures.agency(agencies, "63.71").id(), "63.71"))
                .id();
    }

    @Test
    void old_spellings_and_typos_are_found_within_the_province() {
        add(kupang, kupangCase, "Soekarno Djojohadikoesoemo " + tag, null, null);
        for (String q : List.of(
                "Sukarno Joyohadikusumo " + tag,
                "Soekarno Djojohadikoesoemo " + tag,
                "Sukarmo Joyohadikusumo " + tag,
                "Joyohadikusumo " + tag)) {
            assertThat(names(ntt, q)).as(q).contains("Soekarno Djojohadikoesoemo " + tag);
            assertThat(names(national, q)).as(q).contains("Soekarno Djojohadikoesoemo " + tag);
        }
    }

    @Test
    void persons_outside_the_scope_are_never_returned() {
        add(kalsel, banjarCase, "Siti Rohaeni " + tag, null, null);
        add(kupang, kupangCase, "Siti Rohaeni Kupang " + tag, null, null);
        assertThat(names(ntt, "Siti Rohaeni " + tag)).containsExactly("Siti Rohaeni Kupang " + tag);
        assertThat(names(kalsel, "Siti Rohaeni " + tag)).first().isEqualTo("Siti Rohaeni " + tag);
        assertThat(names(kalsel, "Siti Rohaeni " + tag)).doesNotContain("Siti Rohaeni Kupang " + tag);
        // a regency scope: same province, other regency, no case there
        assertThat(names(kabKupang, "Siti Rohaeni " + tag)).isEmpty();
        assertThat(names(kupang, "Siti Rohaeni " + tag)).containsExactly("Siti Rohaeni Kupang " + tag);
    }

    @Test
    void a_person_registered_elsewhere_is_found_through_a_case_in_scope() {
        add(kupang, kupangCase, "Wida Sutisna " + tag, "63.71", null);
        // generated persons with similar names may share the scopes (the database is not empty): found, and first
        assertThat(names(ntt, "Wida Sutisna " + tag)).first().isEqualTo("Wida Sutisna " + tag);
        assertThat(names(kupang, "Wida Sutisna " + tag)).first().isEqualTo("Wida Sutisna " + tag);
        assertThat(names(kalsel, "Wida Sutisna " + tag)).first().isEqualTo("Wida Sutisna " + tag);
        assertThat(names(kabKupang, "Wida Sutisna " + tag)).doesNotContain("Wida Sutisna " + tag);
    }

    @Test
    void a_page_says_whether_more_results_follow_instead_of_counting_them_all() {
        // a name no generated person has (generated NTT data holds many a Yohana Ndoen)
        String name = "Qorvyx Zwenbt " + tag;
        add(kupang, kupangCase, name, null, null);
        add(kupang, kupangCase, name, null, null);
        add(kupang, kupangCase, name, null, null);
        Page<PersonRow> first = search(ntt, name, 0, 2);
        assertThat(first.content()).hasSize(2);
        assertThat(first.hasNext()).isTrue();
        Page<PersonRow> second = search(ntt, name, 1, 2);
        assertThat(second.content()).hasSize(1);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.totalElements()).isEqualTo(3);
    }

    @Test
    void the_persons_of_a_case_carry_their_own_identifiers() {
        add(kupang, kupangCase, "Maria Bria " + tag, null, "5371015205900011");
        add(kupang, kupangCase, "Agustina Bria " + tag, null, "5371015205900022");
        add(kupang, kupangCase, "Tanpa Nik " + tag, null, null);
        var inCase = persons.inCase(kupang, cases.find(kupangCase));
        assertThat(inCase).hasSize(3);
        inCase.forEach(p -> {
            String name = p.person().fullName();
            String nik = p.identifiers().nik();
            if (name.startsWith("Maria")) {
                assertThat(nik).isEqualTo("5371015205900011");
            } else if (name.startsWith("Agustina")) {
                assertThat(nik).isEqualTo("5371015205900022");
            } else {
                assertThat(nik).isNull();
            }
        });
        var masked = persons.inCase(TestUsers.user(Role.ANALYST, "53.71"), cases.find(kupangCase));
        assertThat(masked)
                .extracting(p -> p.identifiers().nik())
                .doesNotContain("5371015205900011", "5371015205900022");
    }

    private void add(SigapUser user, long caseId, String name, String region, String nik) {
        persons.addToCase(
                user,
                caseId,
                new PersonInput(name, null, null, null, null, null, null, null, null, region, nik, null, null, null),
                PersonRole.VICTIM,
                null);
    }

    private List<String> names(SigapUser user, String q) {
        return search(user, q, 0, 20).content().stream()
                .map(PersonRow::fullName)
                .toList();
    }

    private Page<PersonRow> search(SigapUser user, String q, int page, int size) {
        return persons.find(user, new PersonRegister.Lookup(q, null, null, null), PageRequest.of(page, size));
    }
}
