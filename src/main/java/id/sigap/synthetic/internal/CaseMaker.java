package id.sigap.synthetic.internal;

import id.sigap.cases.BulkLoadCase;
import id.sigap.cases.CaseStatus;
import id.sigap.cases.PersonRole;
import id.sigap.cases.RoleInProcess;
import id.sigap.synthetic.internal.Places.District;
import id.sigap.synthetic.internal.Places.Regency;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes case number {@code i} of a run from the seed alone (and the world): the story (scenario, places, dates,
 * route, elements), its persons (victims, a relative who reported, witnesses, suspects, some from the shared pool or
 * a syndicate and then written with variations), the status and the justice outcome.
 */
final class CaseMaker {

    static final long STREAM = 4;
    /** Cases are opened between these days: fixed, so a seed gives the same data whenever it runs. */
    static final LocalDate FIRST = LocalDate.of(2019, 1, 1);

    static final LocalDate LAST = LocalDate.of(2025, 12, 31);

    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);
    private static final double[] YEARS = {6, 14, 24, 37, 53, 72, 100};
    private static final RoleInProcess[] ROLES = {
        RoleInProcess.RECRUITER,
        RoleInProcess.TRANSPORTER,
        RoleInProcess.HARBOURER,
        RoleInProcess.EXPLOITER,
        RoleInProcess.FINANCIER,
        RoleInProcess.DOCUMENT_FORGER
    };

    private final World world;
    private final LocalAgencies agencies;
    private final ServicePlanner services;

    CaseMaker(World world, LocalAgencies agencies) {
        this.world = world;
        this.agencies = agencies;
        this.services = new ServicePlanner(world.places, agencies);
    }

    MadeCase make(int i) {
        Dice d = Dice.of(world.seed, STREAM, i);
        Story s = Story.tell(world.places, d);
        Regency handling = s.handlingRegency();
        boolean policeOwned = d.chance(0.2);
        long owner = policeOwned ? agencies.police(handling) : agencies.uptd(handling);
        List<BulkLoadCase.Person> persons = new ArrayList<>();
        List<MadeCase.Truth> truth = new ArrayList<>();
        Recorder rec = new Recorder(owner, d, persons, truth, s.abroad(), s.opened());
        int slot = 0;

        int victims = Math.min(25, 1 + d.geometric(0.6) + (s.group() ? d.geometric(4) : 0));
        Identity first = null;
        for (int v = 0; v < victims; v++) {
            List<Long> pool = world.pool(s.origin().provinceCode());
            Identity who = null;
            boolean wantFemale = d.chance(s.scenario().femaleShare);
            People.Kind kind = d.chance(s.scenario().childShare) ? People.Kind.CHILD_VICTIM : People.Kind.VICTIM;
            if (!pool.isEmpty() && kind == People.Kind.VICTIM && d.chance(0.08)) {
                long no = d.pick(pool);
                Identity candidate = People.make(world.seed, no, world.poolHome(no), People.Kind.VICTIM, 0.7);
                who = candidate.female() == wantFemale ? candidate : null; // a fishing crew stays male
            }
            boolean recurring = who != null;
            if (!recurring) {
                District home = v == 0 || d.chance(0.5)
                        ? s.origin()
                        : world.places.homeIn(s.origin().provinceCode(), d);
                who = People.make(
                        world.seed, world.singleNo(i, slot++), home, kind, s.scenario().femaleShare, s.opened());
            }
            rec.add(who, PersonRole.VICTIM, null, recurring);
            persons.set(
                    persons.size() - 1, RecruitmentDraw.of(persons.getLast(), s.scenario().modus, world.seed, i, v));
            first = first == null ? who : first;
        }
        if (d.chance(0.75)) {
            Identity relative = Relatives.of(first, world.seed, world.singleNo(i, slot++));
            rec.add(relative, PersonRole.REPORTER, null, false);
            if (d.chance(0.25)) {
                rec.add(relative, PersonRole.WITNESS, null, false);
            }
        }
        int witnesses = Math.min(3, d.geometric(0.5));
        for (int w = 0; w < witnesses; w++) {
            District home = world.places.homeIn(s.origin().provinceCode(), d);
            rec.add(
                    People.make(world.seed, world.singleNo(i, slot++), home, People.Kind.WITNESS, 0.5),
                    PersonRole.WITNESS,
                    null,
                    false);
        }
        int suspects = Math.min(5, 1 + d.geometric(0.5));
        List<Integer> syndicates = world.syndicates(s.origin().provinceCode());
        int syndicate = !syndicates.isEmpty() && d.chance(0.45) ? d.pick(syndicates) : -1;
        int firstMember = syndicate < 0 ? 0 : d.below(world.members(syndicate));
        for (int k = 0; k < suspects; k++) {
            RoleInProcess role = k < ROLES.length ? ROLES[k] : RoleInProcess.OTHER;
            if (k == suspects - 1 && d.chance(0.02)) {
                role = RoleInProcess.COMPLICIT_OFFICIAL;
            }
            Identity who;
            boolean member = syndicate >= 0 && k < world.members(syndicate);
            if (member) {
                int m = (firstMember + k) % world.members(syndicate);
                who = People.make(
                        world.seed,
                        world.memberNo(syndicate, m),
                        world.memberHome(syndicate, m),
                        People.Kind.SUSPECT,
                        0.3);
            } else {
                District home =
                        d.chance(0.7) ? world.places.homeIn(s.origin().provinceCode(), d) : world.places.home(d);
                who = People.make(world.seed, world.singleNo(i, slot++), home, People.Kind.SUSPECT, 0.3);
            }
            rec.add(who, PersonRole.SUSPECT, role, member);
        }

        LocalDate opened = s.opened();
        Closure closure = Closure.of(opened, d);
        List<BulkLoadCase.Justice> justice = Outcomes.of(s, persons, closure, agencies.police(handling), d);
        boolean child = persons.stream()
                .anyMatch(p -> p.role() == PersonRole.VICTIM
                                && p.birthDate() != null
                                && p.birthDate().plusYears(18).isAfter(opened)
                        || p.role() == PersonRole.VICTIM && p.estimatedAge() != null && p.estimatedAge() < 18);
        BulkLoadCase bulk = new BulkLoadCase(
                owner,
                handling.code(),
                closure.status(),
                closure.reason(),
                s.summary(),
                child,
                s.abroad(),
                at(opened, d),
                closure.closedOn() == null ? null : at(closure.closedOn(), d),
                persons,
                s.elements(d),
                s.route(),
                justice);
        return new MadeCase(bulk, truth, services.plan(world.seed, i, s, bulk));
    }

    private static OffsetDateTime at(LocalDate date, Dice d) {
        return OffsetDateTime.of(date, LocalTime.of(d.between(7, 16), d.between(0, 59)), WIB);
    }

    /** A day in the window, later years more likely (more reporting over time). */
    static LocalDate openedOn(Dice d) {
        int year = 2019 + d.weighted(YEARS);
        LocalDate start = LocalDate.of(year, 1, 1);
        long days = ChronoUnit.DAYS.between(start, LocalDate.of(year, 12, 31));
        return start.plusDays(d.between(0L, days));
    }

    /** What became of the case: closed (with a reason) more often the older it is. */
    record Closure(CaseStatus status, String reason, LocalDate closedOn) {

        static Closure of(LocalDate opened, Dice d) {
            long age = ChronoUnit.DAYS.between(opened, LAST);
            double closedShare = age > 3 * 365 ? 0.85 : age > 365 ? 0.6 : 0.25;
            if (d.chance(closedShare)) {
                LocalDate on = opened.plusDays(d.between(20, 700));
                on = on.isAfter(LAST) ? LAST : on;
                int x = d.below(100);
                String reason = x < 60
                        ? "RESOLVED"
                        : x < 80 ? "REFERRED" : x < 88 ? "VICTIM_DECLINED" : x < 95 ? "NO_TRAFFICKING" : "OTHER";
                return new Closure(CaseStatus.CLOSED, reason, on);
            }
            int x = d.below(100);
            return new Closure(
                    x < 30 ? CaseStatus.OPEN : x < 95 ? CaseStatus.IN_HANDLING : CaseStatus.REOPENED, null, null);
        }
    }
}
