package id.sigap.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The services of one case as a bulk load writes them ({@link ServiceBulkLoad}): plan items, referrals between
 * agencies, repatriation legs and reintegration visits of its persons. The records check what the normal path checks
 * one write at a time: dates in order, a referral that shares person data carries consent, a rejection its reason, a
 * child travels with an escort, a recorded visit its findings, an open referral's item names the receiver as
 * provider, and a closed case has every item completed or closed with a reason. Due dates are derived by the load
 * ({@link StatutoryDeadline}), never given.
 */
public record GeneratedServices(
        long caseId,
        String caseNumber,
        String regionCode,
        boolean caseClosed,
        List<Item> items,
        List<Referral> referrals,
        List<Leg> legs,
        List<Visit> visits) {

    public GeneratedServices {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(regionCode, "regionCode");
        items = List.copyOf(items);
        referrals = List.copyOf(referrals);
        legs = List.copyOf(legs);
        visits = List.copyOf(visits);
        for (Item i : items) {
            require(
                    !caseClosed || i.completedOn() != null || i.closingReason() != null,
                    "a closed case's item is open");
        }
        for (Referral r : referrals) {
            require(r.item() >= 0 && r.item() < items.size(), "a referral names an item of the case");
            Item item = items.get(r.item());
            require(item.personId() == r.personId() && item.service() == r.service(), "referral and item differ");
            require(!caseClosed || !r.status().isOpen(), "a closed case's referral is open");
            boolean holds = r.status().isOpen() || r.status() == ReferralStatus.DONE;
            require(!holds || Objects.equals(item.providerAgencyId(), r.toAgencyId()), "the receiver provides");
        }
    }

    /** One service of a person's plan; {@code completedOn} needs {@code startedOn}, both not before the request. */
    public record Item(
            long personId,
            ServiceType service,
            boolean firstAid,
            Long providerAgencyId,
            LocalDate requestedOn,
            LocalDate startedOn,
            LocalDate completedOn,
            Outcome outcome,
            String closingReason,
            String notes) {

        public Item {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(requestedOn, "requestedOn");
            require(startedOn == null || !startedOn.isBefore(requestedOn), "started before requested");
            require(completedOn == null || startedOn != null && !completedOn.isBefore(startedOn), "completed early");
            require(closingReason == null || !closingReason.isBlank(), "blank closing reason");
        }
    }

    /**
     * A referral of {@code item} (index into the case's items) from one agency to another; person data is always
     * shared, with the consent of {@code consentBy} on {@code consentOn}. {@code decidedAt} is set once accepted or
     * rejected, {@code closedAt} once done or revoked.
     */
    public record Referral(
            long personId,
            boolean personChild,
            int item,
            ServiceType service,
            long fromAgencyId,
            long toAgencyId,
            String toRegionCode,
            String reason,
            ConsentGiver consentBy,
            LocalDate consentOn,
            String consentPurpose,
            ReferralStatus status,
            String rejectionReason,
            OffsetDateTime requestedAt,
            OffsetDateTime decidedAt,
            OffsetDateTime closedAt) {

        public Referral {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(requestedAt, "requestedAt");
            require(fromAgencyId != toAgencyId, "a referral to the sending agency");
            require(reason != null && !reason.isBlank() && reason.length() <= 2000, "reason");
            require(consentBy != null && consentOn != null && consentPurpose != null, "consent");
            require(!personChild || consentBy != ConsentGiver.PERSON, "a child's consent is given for them");
            require((status == ReferralStatus.REJECTED) == (rejectionReason != null), "rejection reason");
            require(
                    status == ReferralStatus.REVOKED || (status != ReferralStatus.REQUESTED) == (decidedAt != null),
                    "decision time");
            require(
                    (status == ReferralStatus.DONE || status == ReferralStatus.REVOKED) == (closedAt != null),
                    "closing time");
        }
    }

    /** Leg {@code seq} (from 1) of a person's repatriation; a child travels only with an escort. */
    public record Leg(
            long personId,
            boolean child,
            int seq,
            String fromPlace,
            String toPlace,
            String toRegionCode,
            long responsibleAgencyId,
            LocalDate plannedOn,
            LocalDate departedOn,
            LocalDate arrivedOn,
            LegStatus status,
            String escortName) {

        public Leg {
            require(seq >= 1, "seq");
            require(fromPlace != null && toPlace != null, "places");
            boolean moving = status == LegStatus.IN_TRANSIT || status == LegStatus.DONE;
            require(!moving || departedOn != null, "departure");
            require(status != LegStatus.DONE || arrivedOn != null, "arrival");
            require(arrivedOn == null || departedOn == null || !arrivedOn.isBefore(departedOn), "arrival first");
            require(!moving || !child || escortName != null, "a child without escort");
        }
    }

    /** A follow-up visit {@code monthsAfterReturn} months after the return; a made visit has all its findings. */
    public record Visit(
            long personId,
            Long agencyId,
            int monthsAfterReturn,
            LocalDate returnedOn,
            LocalDate visitedOn,
            LivingSituation living,
            Livelihood livelihood,
            RetraffickingRisk risk,
            String notes) {

        public Visit {
            Objects.requireNonNull(returnedOn, "returnedOn");
            require(monthsAfterReturn >= 1 && monthsAfterReturn <= 60, "months");
            require(visitedOn == null || living != null && livelihood != null && risk != null, "findings");
        }

        public LocalDate dueOn() {
            return returnedOn.plusMonths(monthsAfterReturn);
        }
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("generated services: " + what);
        }
    }
}
