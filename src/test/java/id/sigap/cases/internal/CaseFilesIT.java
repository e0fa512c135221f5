package id.sigap.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFiles.OpenedCase;
import id.sigap.cases.CaseFixtures;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.shared.SigapException;
import id.sigap.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CaseFilesIT {

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    Agency kupang;

    @BeforeEach
    void agency() {
        kupang = CaseFixtures.agency(agencies, "53.71");
    }

    @Test
    void opens_a_case_with_a_readable_number_and_attaches_a_report_once() {
        OpenedCase opened = caseFiles.open(new CaseFiles.NewCase(
                kupang.id(), "53.71.01", "Calo menjanjikan kerja di Malaysia", 4711L, null, true, true));

        assertThat(opened.caseNumber()).matches("TPPO-53\\.71-\\d{4}-\\d{6}");
        CaseFiles.CaseSummary summary = caseFiles.summary(opened.id()).orElseThrow();
        assertThat(summary.regionCode()).isEqualTo("53.71.01");
        assertThat(summary.owningAgencyId()).isEqualTo(kupang.id());
        assertThat(summary.status()).isEqualTo("OPEN");
        caseFiles.attachReport(opened.id(), 4711L);
        caseFiles.attachReport(opened.id(), 4712L);
        assertThat(caseFiles.summary(opened.id())).isPresent();
    }

    @Test
    void refuses_unknown_regions_agencies_and_oversized_summaries() {
        assertThatThrownBy(() -> caseFiles.open(CaseFixtures.newCase(kupang.id(), "99.99")))
                .isInstanceOf(SigapException.Invalid.class);
        assertThatThrownBy(() -> caseFiles.open(CaseFixtures.newCase(Long.MAX_VALUE, "53.71")))
                .isInstanceOf(SigapException.Invalid.class);
        assertThatThrownBy(() -> caseFiles.open(
                        new CaseFiles.NewCase(kupang.id(), "53.71", "x".repeat(5000), null, null, false, false)))
                .isInstanceOf(SigapException.Invalid.class);
        assertThatThrownBy(() -> caseFiles.attachReport(Long.MAX_VALUE, 1L))
                .isInstanceOf(SigapException.NotFound.class);
    }

    @Test
    void concurrent_opens_receive_distinct_numbers() throws Exception {
        int n = 8;
        List<Callable<OpenedCase>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tasks.add(() -> caseFiles.open(CaseFixtures.newCase(kupang.id(), "53.71")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            var numbers = new HashSet<String>();
            for (Future<OpenedCase> f : pool.invokeAll(tasks)) {
                numbers.add(f.get().caseNumber());
            }
            assertThat(numbers).hasSize(n);
        } finally {
            pool.shutdown();
        }
    }
}
