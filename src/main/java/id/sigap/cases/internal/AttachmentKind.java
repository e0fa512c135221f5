package id.sigap.cases.internal;

import id.sigap.shared.SigapException;

/** What an attachment is: a statement (BAP, keterangan), evidence, or something else. */
public enum AttachmentKind {
    STATEMENT,
    EVIDENCE,
    OTHER;

    public static AttachmentKind parse(String value) {
        if (value == null || value.isBlank()) {
            return OTHER;
        }
        try {
            return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SigapException.Invalid("kind", "attachment.kind-unknown");
        }
    }

    public String labelKey() {
        return "cases.attachment.kind." + name();
    }
}
