package id.sigap.synthetic.internal;

import id.sigap.cases.BulkLoadCase;
import id.sigap.cases.PersonRole;
import id.sigap.cases.RoleInProcess;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a person down as an agency would: a recurring person (pool, syndicate) with name variations and often
 * without NIK; everybody sometimes without birth date (an estimated age instead), phone, passport or address; phone
 * numbers in the formats people type.
 */
final class Recorder {

    private final long agency;
    private final Dice d;
    private final List<BulkLoadCase.Person> persons;
    private final List<MadeCase.Truth> truth;
    private final boolean abroad;
    private final LocalDate caseDate;

    Recorder(
            long agency,
            Dice d,
            List<BulkLoadCase.Person> persons,
            List<MadeCase.Truth> truth,
            boolean abroad,
            LocalDate caseDate) {
        this.agency = agency;
        this.d = d;
        this.persons = persons;
        this.truth = truth;
        this.abroad = abroad;
        this.caseDate = caseDate;
    }

    void add(Identity who, PersonRole role, RoleInProcess roleInProcess, boolean recurring) {
        String fullName = who.name().full();
        String aliases = null;
        if (recurring && d.chance(0.7)) {
            Variations.Written w = Variations.of(who.name(), d);
            fullName = w.fullName();
            aliases = w.aliases();
        }
        if (role == PersonRole.SUSPECT && aliases == null && d.chance(0.25)) {
            aliases = Variations.nickname(who.name().given());
        }
        double nikShare =
                switch (role) {
                    case VICTIM -> recurring ? 0.55 : 0.75;
                    case REPORTER -> 0.6;
                    case WITNESS -> 0.45;
                    case SUSPECT -> recurring ? 0.35 : 0.45;
                };
        boolean knowsBirth = d.chance(role == PersonRole.SUSPECT ? 0.6 : 0.85);
        boolean nik = knowsBirth && d.chance(nikShare);
        Integer estimated = knowsBirth ? null : Math.max(0, who.ageOn(caseDate) + d.between(-3, 3));
        persons.add(new BulkLoadCase.Person(
                agency,
                who.home().code(),
                fullName,
                aliases,
                d.chance(0.97) ? who.sex() : null,
                knowsBirth ? who.birthDate() : null,
                estimated,
                "ID",
                d.chance(0.8) ? who.education() : null,
                d.chance(0.7) ? who.occupation() : null,
                nik ? who.nik() : null,
                abroad && who.passport() != null && d.chance(0.8) ? who.passport() : null,
                who.phone() != null && d.chance(0.6) ? typed(who.phone()) : null,
                d.chance(0.6) ? who.address() : null,
                role,
                roleInProcess));
        truth.add(new MadeCase.Truth(who.no(), role.name()));
    }

    /** +62812… as people type it: 0812-…, +62 812 …, 62812…. */
    private String typed(String phone) {
        String local = phone.substring(3);
        return switch (d.below(4)) {
            case 0 -> phone;
            case 1 -> "0" + local.substring(0, 3) + "-" + local.substring(3, 7) + "-" + local.substring(7);
            case 2 -> "+62 " + local.substring(0, 3) + " " + local.substring(3);
            default -> "0" + local;
        };
    }
}
