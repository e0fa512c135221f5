package id.sigap.intake;

import java.util.List;

/**
 * A report as typed by a member of the public or an officer, unchecked: every field is text so that a wrong value
 * becomes a field message rather than a binding failure. {@link Reports#receive} validates it.
 */
public record ReportInput(
        String channel,
        String reporterType,
        String regionCode,
        String countryIso2,
        String place,
        String personName,
        String personAge,
        String personSex,
        List<String> quickChoices,
        String description,
        String reporterName,
        String reporterPhone,
        boolean consentToContact) {

    public ReportInput {
        quickChoices = quickChoices == null ? List.of() : List.copyOf(quickChoices);
    }

    public static ReportInput empty() {
        return new ReportInput(null, null, null, null, null, null, null, null, List.of(), null, null, null, false);
    }

    public ReportInput withChannel(String value) {
        return new ReportInput(
                value,
                reporterType,
                regionCode,
                countryIso2,
                place,
                personName,
                personAge,
                personSex,
                quickChoices,
                description,
                reporterName,
                reporterPhone,
                consentToContact);
    }

    public boolean has(QuickChoice choice) {
        return quickChoices.contains(choice.name());
    }
}
