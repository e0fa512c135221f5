package id.sigap.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linkage of synthetic Indonesian persons, parameters estimated by EM from the population itself. */
class IndonesianLinkageTest {

    private final Linker linker = new Linker(Linker.Settings.DEFAULT);

    private static int index(List<PersonRecord> records, String id) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    @Test
    void a_victim_registered_by_the_police_with_nik_and_by_a_shelter_without_is_one_cluster() {
        List<PersonRecord> records = new ArrayList<>(new SyntheticIndonesians(11).population(3_000));
        records.add(new PersonRecord(
                "police",
                0,
                "Yohana",
                "Nope",
                null,
                "P",
                "1994-08-17",
                "5371025708940003",
                "081339001122",
                null,
                null,
                "53.71.02",
                null));
        records.add(new PersonRecord(
                "shelter",
                0,
                "Johana",
                "Nope",
                null,
                "perempuan",
                "17/08/1994",
                null,
                null,
                null,
                null,
                "53.71.02",
                null));
        records.add(new PersonRecord(
                "other-woman",
                0,
                "Yohana",
                "Nope",
                null,
                "P",
                "1971-02-03",
                "5301014302710008",
                "085211223344",
                null,
                null,
                "53.01.01",
                null));
        Linker.Result result = linker.link(records, Fields.core());
        int[] c = result.cluster();
        assertThat(c[index(records, "police")]).isEqualTo(c[index(records, "shelter")]);
        assertThat(c[index(records, "other-woman")]).isNotEqualTo(c[index(records, "police")]);
    }

    @Test
    void pak_anton_and_antonius_with_one_phone_and_birth_date_are_one_cluster() {
        List<PersonRecord> records = new ArrayList<>(new SyntheticIndonesians(12).population(3_000));
        records.add(new PersonRecord(
                "kupang",
                0,
                "Pak Anton",
                null,
                null,
                "L",
                "1978-05-02",
                null,
                "0812-3900-4455",
                null,
                null,
                "53.71.01",
                null));
        records.add(new PersonRecord(
                "batam",
                0,
                "Antonius",
                "Seran",
                null,
                "L",
                "1978-05-02",
                null,
                "+6281239004455",
                null,
                null,
                "21.71.03",
                null));
        Linker.Result result = linker.link(records, Fields.core());
        int[] c = result.cluster();
        assertThat(c[index(records, "kupang")]).isEqualTo(c[index(records, "batam")]);
    }

    @Test
    void synthetic_population_with_realistic_corruption_reaches_f1_098() {
        List<PersonRecord> records = new SyntheticIndonesians(13).population(10_000);
        Linker.Result result = linker.link(records, Fields.core());
        Febrl.Quality q = Febrl.quality(records, result.cluster(), id -> id.substring(0, id.indexOf('/')));
        System.out.printf("synthetic Indonesian persons (%d records): %s%n", records.size(), q);
        assertThat(q.f1()).isGreaterThanOrEqualTo(0.98);
    }
}
