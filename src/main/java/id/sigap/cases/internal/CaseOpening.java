package id.sigap.cases.internal;

import id.sigap.cases.CaseFiles;
import id.sigap.region.Regions;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import org.springframework.stereotype.Service;

/** A staff member opens a case directly (walk-in, referral): owned by the user's agency, in a region of the scope. */
@Service
public class CaseOpening {

    private final CaseFiles caseFiles;
    private final CaseAccess access;
    private final Regions regions;

    CaseOpening(CaseFiles caseFiles, CaseAccess access, Regions regions) {
        this.caseFiles = caseFiles;
        this.access = access;
        this.regions = regions;
    }

    public CaseFiles.OpenedCase open(SigapUser user, String regionCode, String summary, boolean child, boolean abroad) {
        if (regionCode == null || !regions.exists(regionCode)) {
            throw new SigapException.Invalid("regionCode", "case.region-unknown");
        }
        access.requireWrite(user, regionCode, CaseAccess.CASE, null);
        return caseFiles.open(new CaseFiles.NewCase(user.agencyId(), regionCode, summary, null, null, child, abroad));
    }
}
