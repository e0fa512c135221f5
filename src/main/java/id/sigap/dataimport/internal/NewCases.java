package id.sigap.dataimport.internal;

import id.sigap.cases.BulkLoad;
import id.sigap.cases.BulkLoadCase;
import id.sigap.cases.BulkLoadResult;
import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseStatus;
import id.sigap.dataimport.internal.ImportRow.CaseColumns;
import id.sigap.dataimport.internal.ImportedKeys.CaseKey;
import id.sigap.dataimport.internal.ImportedKeys.RowKey;
import id.sigap.intake.ReportInput;
import id.sigap.intake.Reports;
import id.sigap.security.SigapUser;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes the new cases of an import (rows grouped by case key, each group one case) through the cases module's
 * {@link BulkLoad} in the caller's transaction; a case whose rows name a report channel gets its report taken in by
 * intake and attached. Remembers the case keys so that a later file adds to these cases.
 */
@Component
class NewCases {

    private final BulkLoad bulk;
    private final CaseFiles caseFiles;
    private final Reports reports;
    private final ImportedKeys imported;

    NewCases(BulkLoad bulk, CaseFiles caseFiles, Reports reports, ImportedKeys imported) {
        this.bulk = bulk;
        this.caseFiles = caseFiles;
        this.reports = reports;
        this.imported = imported;
    }

    /** The row keys with the person each row created. */
    List<RowKey> load(ImportSummary job, SigapUser user, List<List<ImportRow>> groups, OffsetDateTime now) {
        List<BulkLoadCase> cases = new ArrayList<>(groups.size());
        for (List<ImportRow> rows : groups) {
            CaseColumns k = rows.getFirst().kase();
            List<BulkLoadCase.Person> persons = rows.stream()
                    .map(r -> person(job.agencyId(), k.regionCode(), r))
                    .toList();
            cases.add(new BulkLoadCase(
                    job.agencyId(),
                    k.regionCode(),
                    CaseStatus.OPEN,
                    null,
                    k.summary(),
                    k.childInvolved(),
                    k.abroad(),
                    now,
                    null,
                    persons,
                    k.modus() == null ? List.of() : List.of(new BulkLoadCase.Element("MODUS", k.modus())),
                    List.of(),
                    List.of()));
        }
        BulkLoadResult result = bulk.load("import:" + job.id(), cases);
        List<RowKey> keys = new ArrayList<>();
        List<CaseKey> caseKeys = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            List<ImportRow> rows = groups.get(i);
            long caseId = result.caseIds().get(i);
            caseKeys.add(new CaseKey(rows.getFirst().caseKey(), caseId));
            List<Long> personIds = result.personIds().get(i);
            for (int p = 0; p < rows.size(); p++) {
                keys.add(new RowKey(rows.get(p).rowHash(), personIds.get(p)));
            }
            CaseColumns k = rows.getFirst().kase();
            if (k.reportChannel() != null) {
                long reportId = reports.receiveByOfficer(report(k), user).reportId();
                caseFiles.attachReport(caseId, reportId);
            }
        }
        imported.rememberCases(job.agencyId(), job.id(), caseKeys);
        return keys;
    }

    private static BulkLoadCase.Person person(long agencyId, String caseRegion, ImportRow r) {
        var p = r.person();
        return new BulkLoadCase.Person(
                agencyId,
                p.regionCode() == null ? caseRegion : p.regionCode(),
                p.fullName().strip(),
                p.aliases(),
                p.sex(),
                p.birthDate(),
                p.estimatedAge(),
                p.nationality(),
                p.education(),
                p.occupation(),
                p.nik(),
                p.passport(),
                p.phone(),
                p.address(),
                r.role(),
                r.roleInProcess(),
                r.recruitmentChannel());
    }

    private static ReportInput report(CaseColumns k) {
        return new ReportInput(
                k.reportChannel(),
                "OFFICIAL",
                k.regionCode(),
                null,
                null,
                null,
                null,
                "UNKNOWN",
                List.of(),
                k.reportDescription(),
                null,
                null,
                false);
    }
}
