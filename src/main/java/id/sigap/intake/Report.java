package id.sigap.intake;

import java.time.OffsetDateTime;
import java.util.Set;

/** A stored report as officers in scope see it. */
public record Report(
        long id,
        Channel channel,
        ReporterType reporterType,
        String regionCode,
        String countryIso2,
        String place,
        String personName,
        Integer personAge,
        Sex personSex,
        Set<QuickChoice> quickChoices,
        String description,
        String reporterName,
        String reporterPhone,
        boolean consentToContact,
        Urgency urgency,
        ReportStatus status,
        String decisionReason,
        Long caseId,
        String forwardedRegion,
        Long forwardedAgencyId,
        Long assignedAgencyId,
        OffsetDateTime receivedAt,
        OffsetDateTime statusChangedAt,
        int version) {

    public Report {
        quickChoices = Set.copyOf(quickChoices);
    }
}
