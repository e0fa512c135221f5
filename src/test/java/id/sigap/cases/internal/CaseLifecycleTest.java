package id.sigap.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.cases.CaseStatus;
import id.sigap.shared.SigapException;
import org.junit.jupiter.api.Test;

class CaseLifecycleTest {

    @Test
    void open_handling_closed_reopened() {
        assertThat(CaseLifecycle.startHandling(CaseStatus.OPEN)).isEqualTo(CaseStatus.IN_HANDLING);
        assertThat(CaseLifecycle.close(CaseStatus.IN_HANDLING, "RESOLVED")).isEqualTo(CaseStatus.CLOSED);
        assertThat(CaseLifecycle.reopen(CaseStatus.CLOSED)).isEqualTo(CaseStatus.REOPENED);
        assertThat(CaseLifecycle.startHandling(CaseStatus.REOPENED)).isEqualTo(CaseStatus.IN_HANDLING);
    }

    @Test
    void refusals_carry_specific_codes() {
        assertThatThrownBy(() -> CaseLifecycle.close(CaseStatus.CLOSED, "RESOLVED"))
                .isInstanceOfSatisfying(
                        SigapException.Conflict.class, e -> assertThat(e.code()).isEqualTo("case.already-closed"));
        assertThatThrownBy(() -> CaseLifecycle.startHandling(CaseStatus.CLOSED))
                .isInstanceOfSatisfying(
                        SigapException.Conflict.class, e -> assertThat(e.code()).isEqualTo("case.already-closed"));
        assertThatThrownBy(() -> CaseLifecycle.reopen(CaseStatus.OPEN))
                .isInstanceOfSatisfying(
                        SigapException.Conflict.class, e -> assertThat(e.code()).isEqualTo("case.not-closed"));
        assertThatThrownBy(() -> CaseLifecycle.close(CaseStatus.OPEN, "BOGUS"))
                .isInstanceOf(SigapException.Invalid.class);
    }
}
