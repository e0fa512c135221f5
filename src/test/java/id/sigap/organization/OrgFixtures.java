package id.sigap.organization;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data that cannot collide with other tests or earlier runs on a shared database: unique names, and task-force
 * periods in a year of their own (task forces of one region may not overlap).
 */
public final class OrgFixtures {

    private static final AtomicInteger YEARS =
            new AtomicInteger(1000 + ThreadLocalRandom.current().nextInt(800));

    private OrgFixtures() {}

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** 1 January of a year no other test in this JVM uses (between 1000 and 1900). */
    public static LocalDate freshYear() {
        return LocalDate.of(YEARS.getAndIncrement(), 1, 1);
    }

    public static LegalBasis pergub(LocalDate date) {
        return new LegalBasis("Pergub No. 1 Tahun " + date.getYear(), date, "Gubernur", DecreeKind.PERGUB);
    }
}
