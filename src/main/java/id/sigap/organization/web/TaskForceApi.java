package id.sigap.organization.web;

import id.sigap.organization.LegalBasis;
import id.sigap.organization.Member;
import id.sigap.organization.MemberRole;
import id.sigap.organization.NewMember;
import id.sigap.organization.NewTaskForce;
import id.sigap.organization.OrgLevel;
import id.sigap.organization.Structure;
import id.sigap.organization.SubTaskForce;
import id.sigap.organization.TaskForce;
import id.sigap.organization.TaskForceChange;
import id.sigap.organization.TaskForceQuery;
import id.sigap.organization.TaskForces;
import id.sigap.organization.internal.OrganizationAccess;
import id.sigap.organization.internal.RegionNames;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.ApiController;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Task forces as JSON: read within the caller's scope; written by task-force secretaries and administrators. */
@ApiController
@RequestMapping("/api/v1/taskforces")
class TaskForceApi {

    private final TaskForces taskForces;
    private final OrganizationAccess access;
    private final RegionNames regionNames;
    private final Clock clock;

    TaskForceApi(TaskForces taskForces, OrganizationAccess access, RegionNames regionNames, Clock clock) {
        this.taskForces = taskForces;
        this.access = access;
        this.regionNames = regionNames;
        this.clock = clock;
    }

    @GetMapping
    Page<TaskForceJson> list(
            @RequestParam(required = false) OrgLevel level,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        SigapUser user = access.user();
        return taskForces
                .search(new TaskForceQuery(level, region, date), access.readScope(user), PageRequest.of(page, size))
                .map(this::json);
    }

    /** The task force with its structure on {@code date} (today when absent). */
    @GetMapping("/{id}")
    StructureJson get(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        TaskForce tf = readable(id);
        Structure s = taskForces.structureOn(id, date == null ? LocalDate.now(clock) : date);
        return new StructureJson(json(tf), s.date(), s.formed(), s.members(), s.subTaskForces());
    }

    @GetMapping("/{id}/members")
    List<Member> members(@PathVariable long id) {
        readable(id);
        return taskForces.members(id);
    }

    @GetMapping("/{id}/subtaskforces")
    List<SubTaskForce> subTaskForces(@PathVariable long id) {
        readable(id);
        return taskForces.subTaskForces(id);
    }

    @PostMapping
    ResponseEntity<TaskForceJson> create(@RequestBody TaskForceRequest body) {
        SigapUser user = access.user();
        access.requireSomeTaskForceEditor(user);
        NewTaskForce command = new NewTaskForce(
                body.name(), body.level(), body.regionCode(), body.legalBasis(), body.validFrom(), body.validTo());
        access.requireTaskForceEditor(user, command.regionCode(), null);
        TaskForce created = taskForces.create(command);
        return ResponseEntity.created(URI.create("/api/v1/taskforces/" + created.id()))
                .body(json(created));
    }

    @PutMapping("/{id}")
    TaskForceJson update(@PathVariable long id, @RequestBody TaskForceRequest body) {
        editable(id);
        TaskForceChange change = new TaskForceChange(
                body.name(),
                body.legalBasis(),
                body.validFrom(),
                body.validTo(),
                body.version() == null ? -1 : body.version());
        return json(taskForces.update(id, change));
    }

    @PostMapping("/{id}/members")
    ResponseEntity<Member> addMember(@PathVariable long id, @RequestBody MemberRequest body) {
        editable(id);
        Member m = taskForces.addMember(
                id,
                new NewMember(body.agencyId(), body.role(), body.positionTitle(), body.validFrom(), body.validTo()));
        return ResponseEntity.created(URI.create("/api/v1/taskforces/" + id + "/members"))
                .body(m);
    }

    @PostMapping("/{id}/members/{memberId}/end")
    Member endMember(@PathVariable long id, @PathVariable long memberId, @RequestBody EndRequest body) {
        editable(id);
        ownMember(id, memberId);
        return taskForces.endMember(memberId, body.lastDay(), body.version());
    }

    @PostMapping("/{id}/members/{memberId}/change")
    Member changeMember(@PathVariable long id, @PathVariable long memberId, @RequestBody ChangeRequest body) {
        editable(id);
        ownMember(id, memberId);
        return taskForces.changeMember(
                memberId, body.role(), body.positionTitle(), body.effectiveFrom(), body.version());
    }

    private TaskForce readable(long id) {
        TaskForce tf = taskForces.require(id);
        access.requireRead(access.user(), tf.regionCode(), "task_force", id);
        return tf;
    }

    private void editable(long id) {
        TaskForce tf = taskForces.require(id);
        access.requireTaskForceEditor(access.user(), tf.regionCode(), id);
    }

    private void ownMember(long taskForceId, long memberId) {
        taskForces
                .member(memberId)
                .filter(m -> m.taskForceId() == taskForceId)
                .orElseThrow(() -> new SigapException.NotFound("taskforce.member-not-found"));
    }

    private TaskForceJson json(TaskForce t) {
        return new TaskForceJson(
                t.id(),
                t.name(),
                t.level(),
                t.regionCode(),
                regionNames.of(t.regionCode()),
                t.legalBasis(),
                t.validity().from(),
                t.validity().to(),
                t.version());
    }

    record TaskForceJson(
            long id,
            String name,
            OrgLevel level,
            String regionCode,
            String regionName,
            LegalBasis legalBasis,
            LocalDate validFrom,
            LocalDate validTo,
            int version) {}

    record StructureJson(
            TaskForceJson taskForce,
            LocalDate date,
            boolean formed,
            List<Member> members,
            List<SubTaskForce> subTaskForces) {}

    /** Body of POST (region and level) and PUT (name, legal basis, validity, version). */
    record TaskForceRequest(
            String name,
            OrgLevel level,
            String regionCode,
            LegalBasis legalBasis,
            LocalDate validFrom,
            LocalDate validTo,
            Integer version) {}

    record MemberRequest(
            Long agencyId, MemberRole role, String positionTitle, LocalDate validFrom, LocalDate validTo) {}

    record EndRequest(LocalDate lastDay, int version) {}

    record ChangeRequest(MemberRole role, String positionTitle, LocalDate effectiveFrom, int version) {}
}
