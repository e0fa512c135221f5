package id.sigap.synthetic.internal;

import id.sigap.cases.BulkLoadResult;
import id.sigap.networks.SuspectAttributes;
import id.sigap.networks.SuspectAttributes.Kind;
import id.sigap.networks.SuspectAttributes.NewAttribute;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the members of a syndicate share besides their phones: the recruitment company (PT / P3MI) they recruit for,
 * the bank account the money goes to, the social-media account that advertises the jobs, and the vehicle that
 * carries the recruits. Fixed per syndicate by the seed; each member's record in a case carries some of them (as
 * an investigator would have found them), so that the networks join the syndicate's cases.
 */
@Component
class SyndicateTraits {

    private static final long STREAM = 7;
    private static final List<String> WORDS = List.of(
            "Bintang",
            "Timur",
            "Sejahtera",
            "Mandiri",
            "Karya",
            "Abadi",
            "Jaya",
            "Nusa",
            "Cahaya",
            "Harapan",
            "Mitra",
            "Utama",
            "Sentosa",
            "Bahari",
            "Insani",
            "Mulia",
            "Prima",
            "Sinar",
            "Bangun",
            "Lestari");
    private static final List<String> BANKS = List.of("BRI", "BNI", "Mandiri", "BCA", "BTN", "Bank NTT", "BSI");
    private static final List<String> PLATFORMS = List.of("facebook", "instagram", "tiktok", "telegram");
    private static final List<String> PLATES = List.of("DH", "EB", "BP", "B", "L", "DK", "KT", "DA", "BK", "E");

    private final SuspectAttributes attributes;

    SyndicateTraits(SuspectAttributes attributes) {
        this.attributes = attributes;
    }

    /** Records the traits of the syndicate members in a loaded batch, in the caller's transaction. */
    int record(World world, long seed, List<MadeCase> made, BulkLoadResult result) {
        List<NewAttribute> out = new ArrayList<>();
        for (int c = 0; c < made.size(); c++) {
            List<MadeCase.Truth> truth = made.get(c).truth();
            for (int k = 0; k < truth.size(); k++) {
                int syndicate = world.syndicateOf(truth.get(k).truePersonNo());
                if (syndicate < 0 || !"SUSPECT".equals(truth.get(k).role())) {
                    continue;
                }
                long caseId = result.caseIds().get(c);
                long personId = result.personIds().get(c).get(k);
                Dice record =
                        Dice.of(seed, STREAM + 1, made.get(c).bulk().openedAt().toEpochSecond() * 64 + k);
                Dice traits = Dice.of(seed, STREAM, syndicate);
                String company = "PT " + traits.pick(WORDS) + " " + traits.pick(WORDS) + " " + traits.pick(WORDS);
                String bank =
                        traits.pick(BANKS) + " " + traits.between(100_000_000L, 999_999_999L) + traits.between(10, 99);
                String social = traits.pick(PLATFORMS) + " @loker."
                        + traits.pick(WORDS).toLowerCase() + "." + traits.between(10, 99);
                String vehicle = traits.pick(PLATES) + " " + traits.between(1000, 9999) + " "
                        + (char) ('A' + traits.below(26)) + (char) ('A' + traits.below(26));
                add(out, record.chance(0.55), caseId, personId, Kind.COMPANY, company);
                add(out, record.chance(0.35), caseId, personId, Kind.BANK_ACCOUNT, bank);
                add(out, record.chance(0.3), caseId, personId, Kind.SOCIAL_MEDIA, social);
                add(out, record.chance(0.2), caseId, personId, Kind.VEHICLE, vehicle);
            }
        }
        return out.isEmpty() ? 0 : attributes.recordAll(out);
    }

    private static void add(List<NewAttribute> out, boolean known, long caseId, long personId, Kind kind, String v) {
        if (known) {
            out.add(new NewAttribute(caseId, personId, kind, v));
        }
    }
}
