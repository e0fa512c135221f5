package id.sigap.organization;

import id.sigap.security.RegionScope;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Task forces, their dated members and sub-task forces: the module's API. History is never rewritten: a change ends
 * the current row on the day before it takes effect and starts a new row. Callers decide access first; trusted
 * callers (the demo-data seeder) call it directly. Writes are audited as {@code task_force}, {@code
 * task_force_member} and {@code sub_task_force}.
 */
public interface TaskForces {

    /**
     * Forms a task force and gives it the default sub-task forces. An open-ended task force of the same region that
     * started earlier is ended the day before; any other overlap is refused ({@code taskforce.overlap}, 409).
     */
    TaskForce create(NewTaskForce taskForce);

    TaskForce update(long id, TaskForceChange change);

    Optional<TaskForce> find(long id);

    /** The task force or {@code taskforce.not-found} (404). */
    TaskForce require(long id);

    /** The task force of {@code regionCode} (null: national) valid on {@code date}, if any. */
    Optional<TaskForce> validOn(String regionCode, LocalDate date);

    Page<TaskForce> search(TaskForceQuery query, RegionScope scope, PageRequest page);

    /**
     * Adds a member agency. Refuses a period overlapping another membership of the same agency in this task force
     * ({@code taskforce.member-overlap}, 409) or lying outside the task force's validity.
     */
    Member addMember(long taskForceId, NewMember member);

    /** Ends a membership on {@code lastDay} (inclusive). */
    Member endMember(long memberId, LocalDate lastDay, int version);

    /** Changes role or position title from {@code effectiveFrom}: the current row ends the day before, a new one starts. */
    Member changeMember(long memberId, MemberRole role, String positionTitle, LocalDate effectiveFrom, int version);

    Optional<Member> member(long memberId);

    /** Every membership row of the task force (history included), with current agency names. */
    List<Member> members(long taskForceId);

    SubTaskForce addSubTaskForce(long taskForceId, NewSubTaskForce subTaskForce);

    /** Renames or changes the coordinator from {@code effectiveFrom}: the current row ends the day before. */
    SubTaskForce changeSubTaskForce(
            long subTaskForceId, String name, Long coordinatingAgencyId, LocalDate effectiveFrom, int version);

    SubTaskForce endSubTaskForce(long subTaskForceId, LocalDate lastDay, int version);

    Optional<SubTaskForce> subTaskForce(long subTaskForceId);

    /** Every sub-task-force row of the task force (history included). */
    List<SubTaskForce> subTaskForces(long taskForceId);

    /** The task force as it stood on {@code date}, with agency names of that date. */
    Structure structureOn(long taskForceId, LocalDate date);

    /** The default sub-task forces, in order. */
    List<SubTaskForceTemplate> templates();

    /** Adds or edits a default sub-task force (matched by numeral; {@code version} checked when editing). */
    SubTaskForceTemplate saveTemplate(SubTaskForceTemplate template);
}
