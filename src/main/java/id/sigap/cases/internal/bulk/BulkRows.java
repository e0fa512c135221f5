package id.sigap.cases.internal.bulk;

import id.sigap.cases.BulkLoadCase;
import id.sigap.cases.BulkLoadCase.Person;
import id.sigap.cases.CaseStatus;
import id.sigap.cases.PersonRole;
import id.sigap.cases.internal.IdentifierCrypto;
import id.sigap.cases.internal.Identifiers;
import id.sigap.cases.internal.Identifiers.Kind;
import id.sigap.cases.internal.NameKey;
import id.sigap.shared.database.CopyRows;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The rows of every table for a batch of cases, in the order they must be sent (parents before children). Identifiers
 * are encrypted with the person and kind as context and get their blind index, exactly as a single registration.
 */
final class BulkRows {

    private final IdentifierCrypto crypto;
    private final OffsetDateTime now;

    private final CopyRows caseFile = new CopyRows(
            "cases.case_file",
            "id, case_number, owning_agency_id, region_code, province_code, status, summary, child_involved, abroad,"
                    + " opened_at, closed_at, close_reason, updated_at");
    private final CopyRows caseNote = new CopyRows("cases.case_note", "case_id, kind, body, author_name, created_at");
    private final CopyRows person = new CopyRows(
            "cases.person",
            "id, registering_agency_id, region_code, full_name, aliases, name_key, alias_key, sex, birth_date,"
                    + " estimated_age, nationality, education, occupation, created_at, updated_at");
    private final CopyRows identifier =
            new CopyRows("cases.person_identifier", "person_id, kind, ciphertext, blind_index");
    private final CopyRows casePerson =
            new CopyRows("cases.case_person", "case_id, person_id, role, role_in_process, child, added_at");
    private final CopyRows recruitment = new CopyRows("cases.victim_recruitment", "case_id, person_id, channel");
    private final CopyRows element = new CopyRows("cases.case_element", "case_id, list, code");
    private final CopyRows route = new CopyRows(
            "cases.route_event",
            "case_id, stage, event_date, region_code, country_iso2, place_name, transport, created_at");
    private final CopyRows track = new CopyRows(
            "cases.justice_track",
            "id, case_id, person_id, lp_number, police_agency_id, report_date, investigation_start,"
                    + " investigation_status, prosecution_date, prosecutor_office, verdict_date, court, prison_months,"
                    + " fine, substitute_detention_months, updated_at");
    private final CopyRows charge = new CopyRows("cases.justice_charge", "track_id, law, article");
    private final CopyRows restitution =
            new CopyRows("cases.justice_restitution", "track_id, victim_person_id, demanded, ordered, paid");
    private final CopyRows appeal = new CopyRows("cases.justice_appeal", "track_id, level, appeal_date, outcome");

    BulkRows(IdentifierCrypto crypto, OffsetDateTime now) {
        this.crypto = crypto;
        this.now = now;
    }

    List<CopyRows> inOrder() {
        return List.of(
                caseFile,
                caseNote,
                person,
                identifier,
                casePerson,
                recruitment,
                element,
                route,
                track,
                charge,
                restitution,
                appeal);
    }

    void add(long caseId, String number, BulkLoadCase c, long[] personIds, long[] trackIds) {
        OffsetDateTime changed = c.closedAt() != null ? c.closedAt() : c.openedAt();
        caseFile.row(
                caseId,
                number,
                c.owningAgencyId(),
                c.regionCode(),
                c.regionCode().substring(0, 2),
                c.status().name(),
                c.summary(),
                c.childInvolved(),
                c.abroad(),
                c.openedAt(),
                c.closedAt(),
                c.closeReason(),
                changed);
        caseNote.row(caseId, "STATUS", CaseStatus.OPEN.name(), null, c.openedAt());
        if (c.status() != CaseStatus.OPEN) {
            caseNote.row(caseId, "STATUS", c.status().name(), null, changed);
        }
        LocalDate caseDate = c.openedAt().toLocalDate();
        Long firstVictim = null;
        for (int k = 0; k < c.persons().size(); k++) {
            Person p = c.persons().get(k);
            long id = personIds[k];
            person(id, p, c.openedAt());
            casePerson.row(
                    caseId,
                    id,
                    p.role().name(),
                    p.roleInProcess() == null ? null : p.roleInProcess().name(),
                    child(p, caseDate),
                    c.openedAt());
            if (p.recruitmentChannel() != null && p.role() == PersonRole.VICTIM) {
                recruitment.row(caseId, id, p.recruitmentChannel());
            }
            if (firstVictim == null && p.role() == PersonRole.VICTIM) {
                firstVictim = id;
            }
        }
        c.elements().forEach(e -> element.row(caseId, e.list(), e.code()));
        c.route()
                .forEach(s -> route.row(
                        caseId, s.stage(), s.date(), s.regionCode(), s.country(), s.placeName(), s.transport(), now));
        for (int k = 0; k < c.justice().size(); k++) {
            justice(trackIds[k], caseId, personIds, firstVictim, c.justice().get(k));
        }
    }

    private void person(long id, Person p, OffsetDateTime at) {
        person.row(
                id,
                p.registeringAgencyId(),
                p.regionCode(),
                p.fullName(),
                p.aliases(),
                NameKey.of(p.fullName()),
                p.aliases() == null ? null : NameKey.of(p.aliases()),
                p.sex(),
                p.birthDate(),
                p.estimatedAge(),
                p.nationality(),
                p.education(),
                p.occupation(),
                at,
                at);
        identifier(id, Kind.NIK, p.nik());
        identifier(id, Kind.PASSPORT, p.passport());
        identifier(id, Kind.PHONE, p.phone());
        identifier(id, Kind.ADDRESS, p.address());
    }

    private void identifier(long personId, Kind kind, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String normalised = Identifiers.normalise(kind, value);
        String stored = kind == Kind.ADDRESS ? value.strip() : normalised;
        identifier.row(
                personId,
                kind.name(),
                crypto.encrypt(stored, "person:" + personId + ":" + kind.name()),
                kind == Kind.ADDRESS ? null : crypto.blindIndex(kind.name(), normalised));
    }

    private void justice(long trackId, long caseId, long[] personIds, Long victim, BulkLoadCase.Justice j) {
        track.row(
                trackId,
                caseId,
                personIds[j.suspect()],
                j.lpNumber(),
                j.policeAgencyId(),
                j.reportDate(),
                j.investigationStart(),
                j.investigationStatus(),
                j.prosecutionDate(),
                j.prosecutorOffice(),
                j.verdictDate(),
                j.court(),
                j.prisonMonths(),
                j.fine(),
                j.substituteDetentionMonths(),
                now);
        j.charges().forEach(ch -> charge.row(trackId, ch.law(), ch.article()));
        if (j.restitutionOrdered() != null && victim != null) {
            restitution.row(trackId, victim, j.restitutionOrdered(), j.restitutionOrdered(), null);
        }
        j.appeals().forEach(a -> appeal.row(trackId, a.level(), a.date(), a.outcome()));
    }

    private static boolean child(Person p, LocalDate caseDate) {
        if (p.birthDate() != null) {
            return p.birthDate().plusYears(18).isAfter(caseDate);
        }
        return p.estimatedAge() != null && p.estimatedAge() < 18;
    }
}
