package id.sigap.dataimport.internal;

import id.sigap.cases.CasePersons.NewPerson;
import id.sigap.cases.PersonRole;
import id.sigap.cases.RoleInProcess;

/**
 * A checked row: the case it belongs to (by key), the case's and report's details, the person in their role and, for a
 * victim, the recruitment channel (a CHANNEL code or null).
 */
record ImportRow(
        int rowNo,
        String caseKey,
        CaseColumns kase,
        PersonRole role,
        RoleInProcess roleInProcess,
        NewPerson person,
        String recruitmentChannel,
        String rowHash) {

    /** What a row says about its case; the first row of a case key decides. */
    record CaseColumns(
            String regionCode,
            String summary,
            boolean childInvolved,
            boolean abroad,
            String reportChannel,
            String reportDescription,
            String modus) {

        /**
         * The text of these columns in a row key: as it was before the modus column existed, with the modus appended
         * only when given, so that files without it keep their keys (a second import still adds nothing).
         */
        String keyText() {
            String before = "CaseColumns[regionCode=" + regionCode + ", summary=" + summary + ", childInvolved="
                    + childInvolved + ", abroad=" + abroad + ", reportChannel=" + reportChannel
                    + ", reportDescription=" + reportDescription + "]";
            return modus == null ? before : before + "[modus=" + modus + "]";
        }
    }
}
