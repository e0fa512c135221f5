package id.sigap.intake.web;

import id.sigap.intake.ReportInput;
import java.util.List;

/**
 * The report form as posted. {@code province} is the fallback region when no regency was picked (the regency list
 * needs htmx); {@code website} is a honeypot that people never see; {@code formToken} is the signed render time.
 */
public record ReportForm(
        String channel,
        String reporterType,
        String province,
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
        Boolean consentToContact,
        String website,
        String formToken) {

    public ReportForm {
        quickChoices = quickChoices == null ? List.of() : List.copyOf(quickChoices);
    }

    static ReportForm empty() {
        return new ReportForm(
                null, null, null, null, null, null, null, null, null, List.of(), null, null, null, false, null, null);
    }

    public boolean honeypotFilled() {
        return website != null && !website.isEmpty();
    }

    public boolean checked(String choice) {
        return quickChoices.contains(choice);
    }

    ReportInput toInput() {
        String region = regionCode == null || regionCode.isBlank() ? province : regionCode;
        return new ReportInput(
                channel,
                reporterType,
                region,
                countryIso2,
                place,
                personName,
                personAge,
                personSex,
                quickChoices,
                description,
                reporterName,
                reporterPhone,
                Boolean.TRUE.equals(consentToContact));
    }
}
