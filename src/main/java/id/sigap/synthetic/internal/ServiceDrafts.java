package id.sigap.synthetic.internal;

import id.sigap.support.ConsentGiver;
import id.sigap.support.GeneratedServices;
import id.sigap.support.GeneratedServices.Item;
import id.sigap.support.GeneratedServices.Leg;
import id.sigap.support.GeneratedServices.Referral;
import id.sigap.support.GeneratedServices.Visit;
import id.sigap.support.ReferralStatus;
import id.sigap.support.ServiceType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The services of one generated case as they are planned, persons named by their index in the case, and
 * {@link ServiceIds#bind} to put in the case's and persons' ids once they are loaded. A referral's state follows its item's:
 * done → done, in progress → accepted, not started → waiting (or rejected, the item then without provider), closed with
 * a reason → rejected or revoked.
 */
final class ServiceDrafts {

    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);
    private static final Map<ServiceType, String> REASONS = Map.of(
            ServiceType.HEALTH_REHABILITATION, "Pemeriksaan dan rehabilitasi kesehatan korban",
            ServiceType.SOCIAL_REHABILITATION,
                    "Korban membutuhkan rehabilitasi sosial dan tempat tinggal sementara di rumah perlindungan",
            ServiceType.LEGAL, "Permohonan perlindungan saksi dan korban serta pendampingan pengajuan restitusi",
            ServiceType.REPATRIATION, "Pemulangan korban ke daerah asal",
            ServiceType.SOCIAL_REINTEGRATION, "Reintegrasi sosial dan pendampingan keluarga di daerah asal korban");
    private static final String[] REJECTIONS = {
        "Kapasitas rumah perlindungan sedang penuh",
        "Di luar wilayah layanan lembaga",
        "Korban tidak memenuhi kriteria layanan lembaga"
    };

    private final Dice d;
    private final LocalAgencies agencies;
    private final long owner;
    private final ItemDates dates;
    final List<Item> items = new ArrayList<>();
    final List<Referral> referrals = new ArrayList<>();
    final List<Leg> legs = new ArrayList<>();
    final List<Visit> visits = new ArrayList<>();

    ServiceDrafts(Dice d, LocalAgencies agencies, long owner, ItemDates dates) {
        this.d = d;
        this.agencies = agencies;
        this.owner = owner;
        this.dates = dates;
    }

    Item item(int index) {
        return items.get(index);
    }

    /** An item with its provider named on the plan; returns its index. */
    int direct(int person, ServiceType service, Long provider, ItemDates.Dated t, boolean firstAid) {
        items.add(new Item(
                person,
                service,
                firstAid,
                provider,
                t.requested(),
                t.started(),
                t.completed(),
                t.outcome(),
                t.closingReason(),
                null));
        return items.size() - 1;
    }

    /** An item referred by the owning agency to {@code to} (in {@code toRegion}, null: national); its index. */
    int referred(int person, boolean child, ServiceType service, long to, String toRegion, ItemDates.Dated t) {
        if (to == owner) {
            return direct(person, service, to, t, false);
        }
        ReferralStatus status;
        if (t.done()) {
            status = ReferralStatus.DONE;
        } else if (t.started() != null) {
            status = ReferralStatus.ACCEPTED;
        } else if (t.closingReason() != null) {
            status = d.chance(0.5) ? ReferralStatus.REJECTED : ReferralStatus.REVOKED;
        } else {
            status = d.chance(0.85) ? ReferralStatus.REQUESTED : ReferralStatus.REJECTED;
        }
        boolean released = status == ReferralStatus.REJECTED || status == ReferralStatus.REVOKED;
        int index = direct(person, service, released ? null : to, t, false);
        OffsetDateTime asked = at(t.requested(), d.between(8, 11));
        OffsetDateTime decided =
                switch (status) {
                    case DONE, ACCEPTED -> at(t.requested().plusDays(d.between(0, gap(t))), d.between(13, 16));
                    case REJECTED -> at(t.requested().plusDays(d.between(0, 3)), d.between(13, 16));
                    default -> null;
                };
        OffsetDateTime closed =
                switch (status) {
                    case DONE -> at(t.completed(), 17);
                    case REVOKED -> at(t.requested().plusDays(d.between(1, 10)), 10);
                    default -> null;
                };
        ConsentGiver consent = child
                ? ConsentGiver.PARENT_GUARDIAN
                : d.chance(0.9) ? ConsentGiver.PERSON : ConsentGiver.LEGAL_REPRESENTATIVE;
        referrals.add(new Referral(
                person,
                child,
                index,
                service,
                owner,
                to,
                toRegion,
                REASONS.get(service),
                consent,
                t.requested(),
                "Berbagi data korban dengan lembaga penerima untuk layanan yang dirujuk",
                status,
                status == ReferralStatus.REJECTED ? d.pick(REJECTIONS) : null,
                asked,
                decided,
                closed));
        return index;
    }

    /** Days between the application and the start (at most 2): the referral is accepted in between. */
    private static int gap(ItemDates.Dated t) {
        return (int) Math.min(2, java.time.temporal.ChronoUnit.DAYS.between(t.requested(), t.started()));
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return OffsetDateTime.of(day, LocalTime.of(hour, 0), WIB);
    }

    LocalAgencies agencies() {
        return agencies;
    }

    ItemDates dates() {
        return dates;
    }

    GeneratedServices build(String regionCode, boolean closed) {
        return new GeneratedServices(0, "", regionCode, closed, items, referrals, legs, visits);
    }
}
