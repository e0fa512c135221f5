package id.sigap.synthetic.internal;

import id.sigap.cases.BulkLoadCase;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The recruitment channel of a synthetic victim, drawn by the case's modus from its own dice stream (so the rest of
 * the generated world stays as it was). Shapes follow the domain reference: irregular migrant workers mostly through
 * a sponsor/calo or an unlicensed agent, online-scam victims through social media and messaging apps, children
 * through family and acquaintances, fishing crews through manning agencies; about one victim in six has none recorded.
 */
final class RecruitmentDraw {

    static final long STREAM = 23;

    private static final double NOT_RECORDED = 0.16;

    private static final Map<String, Weights> BY_MODUS = new LinkedHashMap<>();

    static {
        BY_MODUS.put(
                "PMI_NONPROSEDURAL",
                Weights.of(
                        "SPONSOR_OR_LOCAL_BROKER",
                        40,
                        "AGENCY_UNLICENSED",
                        18,
                        "ACQUAINTANCE",
                        12,
                        "FAMILY",
                        8,
                        "SOCIAL_MEDIA",
                        9,
                        "AGENCY_LICENSED",
                        6,
                        "ONLINE_JOB_AD",
                        4,
                        "UNKNOWN",
                        3));
        BY_MODUS.put(
                "EKSPLOITASI_SEKSUAL",
                Weights.of(
                        "ACQUAINTANCE",
                        28,
                        "SOCIAL_MEDIA",
                        22,
                        "INTIMATE_PARTNER",
                        15,
                        "MESSAGING_APP",
                        12,
                        "SPONSOR_OR_LOCAL_BROKER",
                        10,
                        "ONLINE_JOB_AD",
                        6,
                        "UNKNOWN",
                        7));
        BY_MODUS.put(
                "ABK",
                Weights.of(
                        "AGENCY_UNLICENSED",
                        35,
                        "AGENCY_LICENSED",
                        25,
                        "SPONSOR_OR_LOCAL_BROKER",
                        25,
                        "ACQUAINTANCE",
                        10,
                        "UNKNOWN",
                        5));
        BY_MODUS.put(
                "EKSPLOITASI_ANAK",
                Weights.of(
                        "FAMILY",
                        30,
                        "ACQUAINTANCE",
                        30,
                        "SOCIAL_MEDIA",
                        20,
                        "MESSAGING_APP",
                        8,
                        "ABDUCTION",
                        4,
                        "UNKNOWN",
                        8));
        BY_MODUS.put(
                "ONLINE_SCAM",
                Weights.of(
                        "SOCIAL_MEDIA",
                        38,
                        "MESSAGING_APP",
                        22,
                        "ONLINE_JOB_AD",
                        20,
                        "ACQUAINTANCE",
                        12,
                        "SPONSOR_OR_LOCAL_BROKER",
                        5,
                        "UNKNOWN",
                        3));
        BY_MODUS.put(
                "PENGANTIN_PESANAN",
                Weights.of(
                        "SPONSOR_OR_LOCAL_BROKER",
                        50,
                        "FAMILY",
                        25,
                        "ACQUAINTANCE",
                        15,
                        "SOCIAL_MEDIA",
                        5,
                        "UNKNOWN",
                        5));
        BY_MODUS.put(
                "MAGANG_PELAJAR",
                Weights.of("EDUCATIONAL_INSTITUTION", 70, "AGENCY_LICENSED", 15, "SOCIAL_MEDIA", 10, "UNKNOWN", 5));
        BY_MODUS.put(
                "PERKAWINAN_ANAK",
                Weights.of("FAMILY", 65, "ACQUAINTANCE", 15, "SPONSOR_OR_LOCAL_BROKER", 15, "UNKNOWN", 5));
        BY_MODUS.put(
                "ADOPSI_ANAK",
                Weights.of("FAMILY", 40, "SOCIAL_MEDIA", 25, "ACQUAINTANCE", 20, "OTHER", 10, "UNKNOWN", 5));
        BY_MODUS.put("ORGAN", Weights.of("SOCIAL_MEDIA", 55, "ACQUAINTANCE", 25, "MESSAGING_APP", 15, "UNKNOWN", 5));
    }

    private static final Weights ANY = Weights.of(
            "ACQUAINTANCE",
            25,
            "SPONSOR_OR_LOCAL_BROKER",
            25,
            "SOCIAL_MEDIA",
            20,
            "FAMILY",
            15,
            "OTHER",
            5,
            "UNKNOWN",
            10);

    private RecruitmentDraw() {}

    /** The victim with a channel (or none) drawn for the {@code v}-th victim of case {@code i}. */
    static BulkLoadCase.Person of(BulkLoadCase.Person victim, String modus, long seed, int i, int v) {
        Dice d = Dice.of(seed, STREAM, (long) i * 32 + v);
        String channel = d.chance(NOT_RECORDED)
                ? null
                : BY_MODUS.getOrDefault(modus, ANY).draw(d);
        return new BulkLoadCase.Person(
                victim.registeringAgencyId(),
                victim.regionCode(),
                victim.fullName(),
                victim.aliases(),
                victim.sex(),
                victim.birthDate(),
                victim.estimatedAge(),
                victim.nationality(),
                victim.education(),
                victim.occupation(),
                victim.nik(),
                victim.passport(),
                victim.phone(),
                victim.address(),
                victim.role(),
                victim.roleInProcess(),
                channel);
    }

    private record Weights(String[] codes, double[] cumulative) {

        static Weights of(Object... codeWeight) {
            int n = codeWeight.length / 2;
            String[] codes = new String[n];
            double[] cumulative = new double[n];
            double sum = 0;
            for (int k = 0; k < n; k++) {
                codes[k] = (String) codeWeight[2 * k];
                sum += ((Number) codeWeight[2 * k + 1]).doubleValue();
                cumulative[k] = sum;
            }
            return new Weights(codes, cumulative);
        }

        String draw(Dice d) {
            return codes[d.weighted(cumulative)];
        }
    }
}
