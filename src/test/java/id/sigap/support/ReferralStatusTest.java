package id.sigap.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.shared.SigapException;
import org.junit.jupiter.api.Test;

class ReferralStatusTest {

    @Test
    void a_requested_referral_is_accepted_or_rejected_and_an_accepted_one_is_done() {
        assertThat(ReferralStatus.REQUESTED.accept()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(ReferralStatus.REQUESTED.reject()).isEqualTo(ReferralStatus.REJECTED);
        assertThat(ReferralStatus.ACCEPTED.complete()).isEqualTo(ReferralStatus.DONE);
    }

    @Test
    void the_sender_revokes_while_the_referral_is_open() {
        assertThat(ReferralStatus.REQUESTED.revoke()).isEqualTo(ReferralStatus.REVOKED);
        assertThat(ReferralStatus.ACCEPTED.revoke()).isEqualTo(ReferralStatus.REVOKED);
    }

    @Test
    void every_other_step_is_a_conflict() {
        assertConflict(() -> ReferralStatus.REQUESTED.complete());
        assertConflict(() -> ReferralStatus.ACCEPTED.accept());
        assertConflict(() -> ReferralStatus.ACCEPTED.reject());
        for (ReferralStatus closed :
                new ReferralStatus[] {ReferralStatus.REJECTED, ReferralStatus.DONE, ReferralStatus.REVOKED}) {
            assertThat(closed.isOpen()).isFalse();
            assertConflict(closed::accept);
            assertConflict(closed::reject);
            assertConflict(closed::complete);
            assertConflict(closed::revoke);
        }
    }

    private static void assertConflict(Runnable step) {
        assertThatThrownBy(step::run)
                .isInstanceOf(SigapException.Conflict.class)
                .hasMessage("referral.transition-invalid");
    }
}
