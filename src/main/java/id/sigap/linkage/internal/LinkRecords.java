package id.sigap.linkage.internal;

import id.sigap.cases.LinkablePersons.LinkablePerson;
import id.sigap.linkage.engine.PersonRecord;

/**
 * A person of cases as the engine's input: names, sex, birth date, region and the blind indexes of NIK, phone and
 * passport (equality is all the engine needs of them). The source is the registering agency: records are linked
 * across agencies only, as the statistics count one agency's records separately.
 */
final class LinkRecords {

    private LinkRecords() {}

    static PersonRecord of(LinkablePerson p, int source) {
        return new PersonRecord(
                Long.toString(p.personId()),
                source,
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
    }
}
