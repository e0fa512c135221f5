package id.sigap.organization;

import java.time.LocalDate;

/** Formation status of regional task forces. Not personal data: any signed-in user may see it nationally. */
public interface Formation {

    FormationStatus on(LocalDate date);
}
