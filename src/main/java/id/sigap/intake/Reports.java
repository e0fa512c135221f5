package id.sigap.intake;

import id.sigap.security.SigapUser;
import java.util.Optional;

/** Taking reports in and telling the public where they stand. */
public interface Reports {

    /** A report through the public form or API (channel {@link Channel#PUBLIC_WEB}); no user involved. */
    Receipt receivePublic(ReportInput input);

    /** A report taken by an intake officer or case worker, in a region within the officer's scope. */
    Receipt receiveByOfficer(ReportInput input, SigapUser officer);

    /** The status for a tracking code, or empty for an unknown or malformed one (compared in constant time). */
    Optional<PublicStatus> status(String trackingCode);
}
