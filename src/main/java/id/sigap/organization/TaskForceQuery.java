package id.sigap.organization;

import java.time.LocalDate;

/** Filters of the task-force list: level, region subtree, valid on a date (all periods when null). */
public record TaskForceQuery(OrgLevel level, String regionCode, LocalDate validOn) {

    public TaskForceQuery {
        regionCode = Texts.clean(regionCode);
    }

    public static TaskForceQuery all() {
        return new TaskForceQuery(null, null, null);
    }
}
