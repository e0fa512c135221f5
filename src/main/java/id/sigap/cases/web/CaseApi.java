package id.sigap.cases.web;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.internal.CaseAccess;
import id.sigap.cases.internal.CaseElements;
import id.sigap.cases.internal.CaseNote;
import id.sigap.cases.internal.CaseOpening;
import id.sigap.cases.internal.CasePerson;
import id.sigap.cases.internal.CaseQuery;
import id.sigap.cases.internal.CaseRegister;
import id.sigap.cases.internal.CaseRoute;
import id.sigap.cases.internal.CaseRow;
import id.sigap.cases.internal.PersonInput;
import id.sigap.cases.internal.PersonRegister;
import id.sigap.cases.internal.RecruitmentChannels;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.web.ApiController;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Cases as JSON, within the caller's reach (see {@link CaseAccess}). */
@ApiController
@RequestMapping("/api/v1/cases")
class CaseApi {

    private final CaseRegister cases;
    private final PersonRegister persons;
    private final CaseElements elements;
    private final CaseRoute route;
    private final CaseOpening opening;
    private final CaseAccess access;
    private final RecruitmentChannels channels;

    CaseApi(
            CaseRegister cases,
            PersonRegister persons,
            CaseElements elements,
            CaseRoute route,
            CaseOpening opening,
            CaseAccess access,
            RecruitmentChannels channels) {
        this.channels = channels;
        this.opening = opening;
        this.cases = cases;
        this.persons = persons;
        this.elements = elements;
        this.route = route;
        this.access = access;
    }

    @GetMapping
    Page<CaseRow> list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String modus,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean desc,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return cases.list(
                access.user(),
                new CaseQuery(region, Forms.status(status), from, to, q, modus, sort, desc),
                PageRequest.of(page, size));
    }

    /** Opens a case owned by the caller's agency in a region of the caller's writing scope. */
    @PostMapping
    ResponseEntity<CaseFiles.OpenedCase> open(@RequestBody OpenRequest body) {
        var opened = opening.open(
                access.user(),
                Forms.blank(body.regionCode()),
                Forms.blank(body.summary()),
                Boolean.TRUE.equals(body.childInvolved()),
                Boolean.TRUE.equals(body.abroad()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + opened.id()))
                .body(opened);
    }

    record OpenRequest(String regionCode, String summary, Boolean childInvolved, Boolean abroad) {}

    @GetMapping("/{id}")
    CaseJson get(@PathVariable long id) {
        SigapUser user = access.user();
        CaseRow row = cases.read(user, id);
        return new CaseJson(row, persons.inCase(user, row), elements.of(id), route.of(id), cases.notes(id));
    }

    /** Replaces the chosen codes per list (ACT, MEANS, PURPOSE, CONTROL, MODUS); lists not given stay. */
    @PutMapping("/{id}/elements")
    Map<String, Set<String>> elements(@PathVariable long id, @RequestBody Map<String, List<String>> body) {
        elements.replace(access.user(), id, body);
        return elements.of(id);
    }

    /** Adds a person; a victim may come with a {@code recruitmentChannel} (checked before anything is saved). */
    @PostMapping("/{id}/persons")
    ResponseEntity<Map<String, Long>> addPerson(@PathVariable long id, @RequestBody PersonRequest body) {
        String channel = Forms.blank(body.recruitmentChannel());
        var role = Forms.role(body.role());
        channels.check(channel, role);
        long personId =
                persons.addToCase(access.user(), id, body.input(), role, Forms.roleInProcess(body.roleInProcess()));
        if (channel != null) {
            channels.set(access.user(), id, personId, channel);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", personId));
    }

    @PostMapping("/{id}/route")
    ResponseEntity<Map<String, Long>> addRouteEvent(@PathVariable long id, @RequestBody CaseRoute.Event body) {
        long eventId = route.add(access.user(), id, Forms.clean(body));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", eventId));
    }

    @DeleteMapping("/{id}/route/{eventId}")
    ResponseEntity<Void> removeRouteEvent(@PathVariable long id, @PathVariable long eventId) {
        route.remove(access.user(), id, eventId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/status")
    CaseRow status(@PathVariable long id, @RequestBody StatusRequest body) {
        return cases.changeStatus(access.user(), id, body.version(), body.action(), body.reason());
    }

    @PostMapping("/{id}/notes")
    ResponseEntity<Void> note(@PathVariable long id, @RequestBody NoteRequest body) {
        cases.addNote(access.user(), id, body.body());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    record CaseJson(
            CaseRow caseFile,
            List<CasePerson> persons,
            Map<String, Set<String>> elements,
            List<CaseRoute.Event> route,
            List<CaseNote> notes) {}

    record StatusRequest(int version, String action, String reason) {}

    record NoteRequest(String body) {}

    /** A person's details; {@code role} and {@code roleInProcess} when adding, {@code version} when changing. */
    record PersonRequest(
            Integer version,
            String role,
            String roleInProcess,
            String fullName,
            String aliases,
            String sex,
            LocalDate birthDate,
            Integer estimatedAge,
            String nationality,
            String education,
            String occupation,
            String disability,
            String regionCode,
            String nik,
            String passport,
            String phone,
            String address,
            String recruitmentChannel) {

        PersonInput input() {
            return new PersonInput(
                    fullName,
                    Forms.blank(aliases),
                    Forms.blank(sex),
                    birthDate,
                    estimatedAge,
                    Forms.blank(nationality),
                    Forms.blank(education),
                    Forms.blank(occupation),
                    Forms.blank(disability),
                    Forms.blank(regionCode),
                    Forms.blank(nik),
                    Forms.blank(passport),
                    Forms.blank(phone),
                    Forms.blank(address));
        }
    }
}
