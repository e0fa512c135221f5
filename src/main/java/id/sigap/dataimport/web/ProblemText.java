package id.sigap.dataimport.web;

import id.sigap.dataimport.internal.Problem;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** A problem as the user reads it: the column's label and the reason in the user's language. */
record ProblemText(int row, String column, String columnLabel, String cell, String value, String code, String reason) {

    static ProblemText of(Problem p, MessageSource messages, Locale locale) {
        String label =
                p.column() == null ? null : messages.getMessage(p.column().labelKey(), null, locale);
        String reason = messages.getMessage("error." + p.code(), p.args().toArray(), p.code(), locale);
        return new ProblemText(
                p.rowNo(), p.column() == null ? null : p.column().key(), label, p.cell(), p.value(), p.code(), reason);
    }
}
