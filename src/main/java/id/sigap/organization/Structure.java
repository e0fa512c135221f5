package id.sigap.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * A task force as it stood on {@code date}: the members and sub-task forces valid that day, with agency names as
 * they were then. {@code formed} tells whether the task force itself was valid on that day.
 */
public record Structure(
        TaskForce taskForce, LocalDate date, boolean formed, List<Member> members, List<SubTaskForce> subTaskForces) {

    public Structure {
        members = List.copyOf(members);
        subTaskForces = List.copyOf(subTaskForces);
    }
}
