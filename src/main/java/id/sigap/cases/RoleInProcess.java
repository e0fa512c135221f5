package id.sigap.cases;

/** A suspect's part in the trafficking process (after the HTCDS {@code RoleInProcess}). */
public enum RoleInProcess {
    RECRUITER,
    TRANSPORTER,
    HARBOURER,
    EXPLOITER,
    FINANCIER,
    DOCUMENT_FORGER,
    COMPLICIT_OFFICIAL,
    OTHER
}
