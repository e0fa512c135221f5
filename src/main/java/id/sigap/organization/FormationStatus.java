package id.sigap.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Which provinces and regencies had a task force valid on {@code date}. {@code items} lists every province and
 * regency (formed or not), by code: each province followed by its regencies.
 */
public record FormationStatus(LocalDate date, Count provinces, Count regencies, List<Item> items) {

    public FormationStatus {
        items = List.copyOf(items);
    }

    public record Count(int formed, int total) {}

    /** {@code taskForceId} is null when the region had no task force on the date. */
    public record Item(String regionCode, String name, OrgLevel level, String provinceCode, Long taskForceId) {

        public boolean formed() {
            return taskForceId != null;
        }
    }
}
