package id.sigap.intake;

import java.util.Set;

/** A validated report, ready to be stored. */
public record NewReport(
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
        boolean consentToContact) {

    public NewReport {
        quickChoices = Set.copyOf(quickChoices);
        if (regionCode == null && countryIso2 == null) {
            throw new IllegalArgumentException("a report needs a region or a country");
        }
    }

    public Urgency urgency() {
        return Urgency.of(quickChoices, personAge, countryIso2);
    }
}
