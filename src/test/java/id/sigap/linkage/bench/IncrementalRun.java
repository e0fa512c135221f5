package id.sigap.linkage.bench;

import static id.sigap.linkage.internal.db.Tables.BLOCKING_KEY;
import static id.sigap.linkage.internal.db.Tables.MEMBERSHIP;
import static id.sigap.linkage.internal.db.Tables.PAIR;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CasePersons;
import id.sigap.cases.CasePersons.NewPerson;
import id.sigap.cases.LinkablePersons;
import id.sigap.cases.LinkablePersons.LinkablePerson;
import id.sigap.cases.PersonRole;
import id.sigap.linkage.PersonClusters;
import id.sigap.linkage.engine.BlockingKeys;
import id.sigap.linkage.engine.Fields;
import id.sigap.linkage.engine.PersonRecord;
import id.sigap.linkage.engine.Prepared;
import id.sigap.linkage.internal.IncrementalLinker;
import id.sigap.linkage.internal.RelinkJob;
import id.sigap.linkage.internal.RelinkRuns;
import id.sigap.organization.Agencies;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The incremental linking benchmark inside a running Sigap: makes sure every person is linked (a full relink when no
 * relink has been done, timed), then registers {@code registrations} persons through {@link CasePersons#addToCase}
 * (the path of the API and the import: saved, then linked after commit) as a new agency: half re-registrations of
 * random existing persons without NIK and with an old spelling or a typo, half new persons. Measures the save with
 * its link, the link alone (the listener's work again), and the baseline: the bare candidate SQL of the same keys.
 */
final class IncrementalRun {

    record Figures(
            long linkedPersons,
            Optional<RelinkRuns.Run> relink,
            double relinkSeconds,
            Histogram saveAndLink,
            Histogram link,
            Histogram candidateSql,
            int reRegistrations,
            int joined,
            int reviewed,
            double meanCandidates) {}

    private static final String[] GIVEN = {"Maria", "Yohana", "Agustina", "Yuliana", "Anton", "Yosef", "Dewi", "Siti"};

    private IncrementalRun() {}

    static Figures run(ApplicationContext app, int warmUp, int registrations, long seed) {
        DSLContext db = app.getBean(DSLContext.class);
        RelinkJob relinks = app.getBean(RelinkJob.class);
        Optional<RelinkRuns.Run> relinkRun = Optional.empty();
        double relinkSeconds = 0;
        if (relinks.latest(1).stream().noneMatch(r -> RelinkRuns.DONE.equals(r.status()))) {
            long t = System.nanoTime();
            long id = relinks.runNow(null);
            relinkSeconds = (System.nanoTime() - t) / 1e9;
            relinkRun = relinks.find(id);
        }
        long linked = db.fetchCount(MEMBERSHIP);
        SigapUser police = user(app, "Polres Benchmark Penautan ", AgencyType.POLICE_UNIT);
        SigapUser shelter = user(app, "Rumah Aman Benchmark Penautan ", AgencyType.SOCIAL_SERVICE_SHELTER);
        CaseFiles cases = app.getBean(CaseFiles.class);
        CasePersons casePersons = app.getBean(CasePersons.class);
        LinkablePersons persons = app.getBean(LinkablePersons.class);
        IncrementalLinker linker = app.getBean(IncrementalLinker.class);
        PersonClusters clusters = app.getBean(PersonClusters.class);
        SplittableRandom random = new SplittableRandom(seed);
        Histogram saveAndLink = new Histogram(3_600_000_000L, 3);
        Histogram link = new Histogram(3_600_000_000L, 3);
        Histogram sql = new Histogram(3_600_000_000L, 3);
        long policeCase = 0;
        long shelterCase = 0;
        int reRegistrations = 0;
        int joined = 0;
        int reviewed = 0;
        long candidates = 0;
        for (int n = 0; n < warmUp + registrations; n++) {
            if (n % 50 == 0) {
                policeCase = open(cases, police);
                shelterCase = open(cases, shelter);
            }
            long maxId = Optional.ofNullable(db.select(DSL.max(MEMBERSHIP.PERSON_ID))
                            .from(MEMBERSHIP)
                            .fetchOne(0, Long.class))
                    .orElse(0L);
            // a random existing person by id (find, not after(id, 1): keyset paging with limit 1 makes PostgreSQL
            // merge-join the whole identifier table, over a second a call nationally; ids without a person are skipped)
            Optional<LinkablePerson> original = Optional.empty();
            for (int tries = 0; n % 2 == 0 && maxId > 0 && original.isEmpty() && tries < 20; tries++) {
                original = persons.find(1 + random.nextLong(maxId));
            }
            NewPerson person = original.map(o -> again(o, random)).orElseGet(() -> fresh(random));
            // new persons come from the police, re-registrations from the shelter (linking is across agencies)
            SigapUser user = original.isPresent() ? shelter : police;
            long caseId = original.isPresent() ? shelterCase : policeCase;
            signIn(user);
            long t0 = System.nanoTime();
            long id = casePersons.addToCase(user, caseId, person, PersonRole.VICTIM, null);
            long t1 = System.nanoTime();
            linker.link(id);
            long t2 = System.nanoTime();
            long[] keys = keys(persons.find(id).orElseThrow());
            int found = db.selectDistinct(BLOCKING_KEY.PERSON_ID)
                    .from(BLOCKING_KEY)
                    .where(BLOCKING_KEY.KEY.eq(
                            DSL.any(Arrays.stream(keys).boxed().toArray(Long[]::new))))
                    .fetch()
                    .size();
            long t3 = System.nanoTime();
            if (n < warmUp) {
                continue;
            }
            saveAndLink.recordValue(t1 - t0);
            link.recordValue(t2 - t1);
            sql.recordValue(t3 - t2);
            candidates += found;
            if (original.isPresent()) {
                reRegistrations++;
                var of = clusters.clusterOf(List.of(id, original.get().personId()));
                if (of.get(id).equals(of.get(original.get().personId()))) {
                    joined++;
                } else if (db.fetchExists(
                        PAIR, PAIR.STATUS.eq("REVIEW").and(PAIR.PERSON_A.eq(id).or(PAIR.PERSON_B.eq(id))))) {
                    reviewed++; // not joined, but waiting for a reviewer rather than standing alone
                }
            }
        }
        return new Figures(
                linked,
                relinkRun,
                relinkSeconds,
                saveAndLink,
                link,
                sql,
                reRegistrations,
                joined,
                reviewed,
                registrations == 0 ? 0 : (double) candidates / registrations);
    }

    private static long[] keys(LinkablePerson p) {
        PersonRecord r = new PersonRecord(
                "x",
                0,
                null,
                null,
                p.fullName(),
                p.sex(),
                p.birthDate() == null ? null : p.birthDate().toString(),
                p.nikIndex(),
                p.phoneIndex(),
                p.passportIndex(),
                null,
                p.regionCode(),
                null);
        return BlockingKeys.of(Prepared.of(0, r, Fields.core()));
    }

    /** The same person registered again by another agency: no NIK, an old spelling or a typo in the name. */
    private static NewPerson again(LinkablePerson o, SplittableRandom random) {
        String name = o.fullName();
        String changed = name.contains("Y")
                ? name.replaceFirst("Y", "J")
                : name.contains("u")
                        ? name.replaceFirst("u", "oe")
                        : name.length() > 4 ? name.substring(0, 2) + name.substring(3) : name;
        return person(changed, o.sex(), o.birthDate(), o.regionCode());
    }

    private static NewPerson fresh(SplittableRandom random) {
        StringBuilder surname = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 7; i++) {
            surname.append((char) ('a' + random.nextInt(26)));
        }
        return person(
                GIVEN[random.nextInt(GIVEN.length)] + " " + surname,
                random.nextBoolean() ? "F" : "M",
                java.time.LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                "53.71");
    }

    private static NewPerson person(String name, String sex, java.time.LocalDate birthDate, String region) {
        return new NewPerson(name, null, sex, birthDate, null, null, null, null, null, region, null, null, null, null);
    }

    /** A case worker of a new benchmark agency, national scope. */
    private static SigapUser user(ApplicationContext app, String name, AgencyType type) {
        long agency = app.getBean(Agencies.class)
                .create(NewAgency.of(name + System.nanoTime(), type, "53.71"))
                .id();
        return new SigapUser(-1, "bench", "Benchmark", agency, List.of(new Grant(Role.CASE_WORKER, null)));
    }

    /** Signed in for the audit trail. */
    private static void signIn(SigapUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        user, null, List.of(new SimpleGrantedAuthority("ROLE_CASE_WORKER"))));
    }

    private static long open(CaseFiles cases, SigapUser user) {
        signIn(user);
        return cases.open(
                        new CaseFiles.NewCase(user.agencyId(), "53.71", "Benchmark penautan", null, null, false, false))
                .id();
    }

    static List<String> rows(Figures f) {
        List<String> out = new ArrayList<>();
        out.add(row(
                "**link alone** (`IncrementalLinker.link`: keys from the B-tree, compare, score, assign, store)",
                f.link()));
        out.add(row("save + link (`CasePersons.addToCase`, linked after commit by the listener)", f.saveAndLink()));
        out.add(row("baseline: the bare candidate SQL (same keys, no comparison, no writes)", f.candidateSql()));
        return out;
    }

    private static String row(String name, Histogram h) {
        return String.format(
                java.util.Locale.ROOT,
                "| %s | %.2f | %.2f | %.2f | %.2f |",
                name,
                h.getValueAtPercentile(50) / 1e6,
                h.getValueAtPercentile(95) / 1e6,
                h.getValueAtPercentile(99) / 1e6,
                h.getMaxValue() / 1e6);
    }
}
