package id.sigap.linkage.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic Indonesian persons (never real data) and their re-registrations by other agencies with realistic
 * corruption: old spellings, typos, swapped name order, a missing NIK, a mononym, a call name, titles and forms of
 * address, day and month swapped, another phone. The entity of a record is the part of its id before '/'.
 */
public final class SyntheticIndonesians {

    private static final String[] GIVEN_F = {
        "yohana",
        "maria",
        "siti",
        "dewi",
        "sri",
        "yuliana",
        "agustina",
        "margaretha",
        "fransiska",
        "elisabeth",
        "nur",
        "ayu",
        "rina",
        "wulan",
        "yanti",
        "suryani",
        "setiawati",
        "kristina",
        "anastasia",
        "veronika",
        "fitri",
        "rahmawati",
        "lestari",
        "oktaviani",
        "yustina",
        "theresia",
        "natalia",
        "susanti",
        "wahyuni",
        "purnamasari"
    };
    private static final String[] GIVEN_M = {
        "antonius", "yohanes", "muhammad", "ahmad", "agustinus", "fransiskus", "yosef", "budi", "joko", "bambang",
        "hendrikus", "aloysius", "stefanus", "markus", "petrus", "yakobus", "abdul", "rizki", "dedi", "hendra",
        "suharto", "slamet", "wahyu", "yusuf", "nikolaus", "paulus", "simon", "yulius", "kornelis", "ignasius"
    };
    private static final String[] SURNAMES = {
        "nope",
        "benu",
        "tefa",
        "fanggidae",
        "ndun",
        "manafe",
        "bria",
        "seran",
        "kolo",
        "lake",
        "selan",
        "nubatonis",
        "tanesib",
        "hale",
        "dethan",
        "lay",
        "pandie",
        "kase",
        "riwu",
        "bani",
        "lenggu",
        "messakh",
        "adoe",
        "toelle",
        "sinaga",
        "siregar",
        "nainggolan",
        "hutapea",
        "simanjuntak",
        "lubis",
        "harahap",
        "wijaya",
        "santoso",
        "saputra",
        "hidayat",
        "kurniawan",
        "setiawan",
        "pratama",
        "gunawan",
        "susanto",
        "purba",
        "tampubolon",
        "rumbiak",
        "wenda",
        "kogoya",
        "tabuni",
        "sembiring",
        "ginting",
        "tarigan",
        "lumban",
        "nababan",
        "pardede"
    };
    private static final String[] REGIONS = {
        "53.71", "53.01", "53.02", "53.03", "21.71", "21.01", "32.01", "35.78", "33.74", "51.71", "52.01", "64.72",
        "12.71", "61.71", "73.71", "91.71", "94.71", "17.71", "18.71", "19.71"
    };
    private static final Map<String, String> CALL_NAMES = Map.of(
            "antonius",
            "anton",
            "yohanes",
            "yohan",
            "agustinus",
            "agus",
            "fransiskus",
            "frans",
            "margaretha",
            "greta",
            "elisabeth",
            "lisa",
            "hendrikus",
            "hendrik",
            "setiawati",
            "wati",
            "suryani",
            "yani",
            "kristina",
            "tina");

    public record Person(
            String entity,
            String given,
            String surname,
            boolean female,
            String birthDate,
            String nik,
            String phone,
            String region) {}

    private final SplittableRandom random;

    public SyntheticIndonesians(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public Person person(int n) {
        boolean female = random.nextBoolean();
        String given = pick(female ? GIVEN_F : GIVEN_M);
        if (random.nextInt(4) == 0) {
            given = given + " " + pick(female ? GIVEN_F : GIVEN_M);
        }
        String surname = random.nextInt(8) == 0 ? null : pick(SURNAMES);
        int year = 1950 + random.nextInt(60);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        String region = pick(REGIONS) + "." + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(20));
        String nik = region.replace(".", "")
                + String.format(
                        Locale.ROOT,
                        "%02d%02d%02d%04d",
                        day + (female ? 40 : 0),
                        month,
                        year % 100,
                        random.nextInt(10_000));
        String phone =
                "08" + (11 + random.nextInt(80)) + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
        return new Person(
                "p" + n,
                given,
                surname,
                female,
                String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day),
                nik,
                phone,
                region);
    }

    /** The record as the first agency registered it. */
    public PersonRecord original(Person p, int source) {
        return new PersonRecord(
                p.entity() + "/0",
                source,
                cap(p.given()),
                cap(p.surname()),
                null,
                p.female() ? "P" : "L",
                p.birthDate(),
                p.nik(),
                p.phone(),
                null,
                null,
                p.region(),
                null);
    }

    /** Another agency's registration of the same person, with two or three corruptions. */
    public PersonRecord duplicate(Person p, int k, int source) {
        String given = p.given();
        String surname = p.surname();
        String date = p.birthDate();
        String nik = p.nik();
        String phone = p.phone();
        String region = p.region();
        int corruptions = 2 + random.nextInt(2);
        for (int c = 0; c < corruptions; c++) {
            switch (random.nextInt(10)) {
                case 0 -> given = oldSpelling(given);
                case 1 -> given = typo(given);
                case 2 -> surname = surname == null ? null : typo(surname);
                case 3 -> {
                    String t = given;
                    given = surname == null ? given : surname;
                    surname = surname == null ? null : t;
                }
                case 4 -> nik = null;
                case 5 -> {
                    given = CALL_NAMES.getOrDefault(given, given);
                    surname = random.nextBoolean() ? null : surname;
                }
                case 6 -> date = date.substring(0, 5) + date.substring(8, 10) + "-" + date.substring(5, 7);
                case 7 ->
                    phone = random.nextBoolean()
                            ? null
                            : "08" + (11 + random.nextInt(80))
                                    + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
                case 8 ->
                    given = (p.female()
                                    ? pick(new String[] {"Ibu ", "Hj. ", "Mbak "})
                                    : pick(new String[] {"Pak ", "H. ", "Bapak "}))
                            + given;
                default -> region = random.nextBoolean() ? region : pick(REGIONS) + ".01";
            }
        }
        return new PersonRecord(
                p.entity() + "/" + k,
                source,
                cap(given),
                cap(surname),
                null,
                random.nextInt(5) == 0 ? null : (p.female() ? "P" : "L"),
                date,
                nik,
                phone,
                null,
                null,
                region,
                null);
    }

    private String oldSpelling(String s) {
        String o = s.replace("y", "j").replace("u", "oe").replace("c", "tj").replace("kh", "ch");
        return o.equals(s) ? typo(s) : o;
    }

    private String typo(String s) {
        if (s.length() < 3) {
            return s;
        }
        int i = 1 + random.nextInt(s.length() - 2);
        char[] c = s.toCharArray();
        switch (random.nextInt(3)) {
            case 0 -> {
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
            }
            case 1 -> c[i] = (char) ('a' + random.nextInt(26));
            default -> {
                return s.substring(0, i) + s.substring(i + 1);
            }
        }
        return new String(c);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String cap(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            b.append(b.isEmpty() ? "" : " ")
                    .append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }

    /** {@code persons} people, a third of them registered again one to three times. */
    public List<PersonRecord> population(int persons) {
        List<PersonRecord> out = new ArrayList<>();
        for (int n = 0; n < persons; n++) {
            Person p = person(n);
            out.add(original(p, 0));
            if (random.nextInt(3) == 0) {
                int dups = 1 + random.nextInt(3);
                for (int k = 1; k <= dups; k++) {
                    out.add(duplicate(p, k, 0));
                }
            }
        }
        return out;
    }
}
