package id.sigap.intake.internal;

import id.sigap.cases.SensitiveValues;
import org.springframework.stereotype.Component;

/**
 * The reporter's phone at rest: sealed with cases' {@link SensitiveValues} for its report and field, with a keyed
 * blind index of the normalised number; opened only to show a report to an officer in scope.
 */
@Component
class ReporterPhones {

    private final SensitiveValues sensitive;

    ReporterPhones(SensitiveValues sensitive) {
        this.sensitive = sensitive;
    }

    static String context(long reportId) {
        return "intake.report:" + reportId + ":reporter-phone";
    }

    byte[] seal(long reportId, String phone) {
        return sensitive.seal(phone, context(reportId));
    }

    byte[] index(String phone) {
        return sensitive.blindIndex(SensitiveValues.Kind.PHONE, phone);
    }

    String open(long reportId, byte[] sealed) {
        return sealed == null ? null : sensitive.open(sealed, context(reportId));
    }
}
