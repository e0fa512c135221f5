package id.sigap.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A referral as the viewer may see it. {@code personName} is filled only for those allowed to see who is referred:
 * the sending side, and the receiving agency once it accepted a referral that shares person data.
 */
public record Referral(
        long id,
        long caseId,
        String caseNumber,
        Long personId,
        String personName,
        boolean personChild,
        ServiceType service,
        Long serviceItemId,
        long fromAgencyId,
        String fromAgencyName,
        long toAgencyId,
        String toAgencyName,
        String caseRegionCode,
        String toRegionCode,
        String reason,
        boolean sharesPersonData,
        ConsentGiver consentGivenBy,
        LocalDate consentGivenOn,
        String consentPurpose,
        boolean consentOverridden,
        ReferralStatus status,
        String rejectionReason,
        String requestedByName,
        OffsetDateTime requestedAt,
        OffsetDateTime decidedAt,
        OffsetDateTime closedAt,
        int version) {}
