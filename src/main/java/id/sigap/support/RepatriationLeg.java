package id.sigap.support;

import java.time.LocalDate;

/** One leg of a person's repatriation, in order ({@code seq} from 1). */
public record RepatriationLeg(
        long id,
        long caseId,
        long personId,
        int seq,
        String fromPlace,
        String toPlace,
        String toRegionCode,
        long responsibleAgencyId,
        String responsibleAgencyName,
        LocalDate plannedOn,
        LocalDate departedOn,
        LocalDate arrivedOn,
        LegStatus status,
        String escortName,
        String recordedByName,
        int version) {}
