package id.sigap.synthetic.internal;

import java.util.List;

/**
 * Patterns of trafficking seen in Indonesia, each with its modus code (the cases module's MODUS list), its victims
 * (share of women, of children), where they are taken (countries by ISO code, or domestic destinations), through which
 * transit points, and the UU 21/2007 purposes, means and methods of control that go with it. Weights are invented.
 */
enum Scenario {
    PMI_NONPROSEDURAL(
            40,
            "PMI_NONPROSEDURAL",
            0.62,
            0.08,
            List.of("MY", "MY", "MY", "MY", "SA", "AE", "HK", "TW", "SG", "QA", "BN", "KW"),
            List.of(),
            List.of("FORCED_LABOUR", "LABOUR_FOR_PROFIT"),
            List.of("FRAUD", "DEBT_BONDAGE", "VULNERABILITY", "FORGERY")),
    SEXUAL(
            17,
            "EKSPLOITASI_SEKSUAL",
            0.96,
            0.45,
            List.of("MY", "SG", "JP", "MO"),
            List.of("21.71.10", "31.72.01", "51.03.01", "94.04", "61.71", "12.71.08"),
            List.of("PROSTITUTION", "SEXUAL_EXPLOITATION"),
            List.of("FRAUD", "VULNERABILITY", "DEBT_BONDAGE", "THREAT_OF_FORCE")),
    FISHING_CREW(
            6,
            "ABK",
            0.02,
            0.05,
            List.of("TW", "CN", "KR", "FJ"),
            List.of(),
            List.of("FORCED_LABOUR", "SLAVERY"),
            List.of("FRAUD", "DEBT_BONDAGE", "FORGERY")),
    CHILD(
            9,
            "EKSPLOITASI_ANAK",
            0.7,
            1.0,
            List.of(),
            List.of("31.72.01", "21.71.10", "36.71.01", "12.71.01"),
            List.of("LABOUR_FOR_PROFIT", "SEXUAL_EXPLOITATION", "FORCED_LABOUR"),
            List.of("VULNERABILITY", "FRAUD", "PAYMENT_OR_BENEFIT")),
    ONLINE_SCAM(
            12,
            "ONLINE_SCAM",
            0.4,
            0.02,
            List.of("KH", "KH", "MM", "LA", "PH"),
            List.of(),
            List.of("FORCED_CRIMINALITY", "FORCED_LABOUR"),
            List.of("FRAUD", "CONFINEMENT", "THREAT_OF_FORCE", "USE_OF_FORCE")),
    BRIDE(
            4,
            "PENGANTIN_PESANAN",
            1.0,
            0.2,
            List.of("CN", "TW"),
            List.of(),
            List.of("FORCED_MARRIAGE", "REPRODUCTIVE_USE"),
            List.of("FRAUD", "PAYMENT_OR_BENEFIT", "VULNERABILITY")),
    INTERNSHIP(
            4,
            "MAGANG_PELAJAR",
            0.5,
            0.1,
            List.of("JP", "DE", "TW"),
            List.of(),
            List.of("FORCED_LABOUR", "LABOUR_FOR_PROFIT"),
            List.of("FRAUD", "ABUSE_OF_POWER")),
    CHILD_MARRIAGE(
            4,
            "PERKAWINAN_ANAK",
            0.97,
            1.0,
            List.of("CN"),
            List.of("31.72.01"),
            List.of("FORCED_MARRIAGE"),
            List.of("PAYMENT_OR_BENEFIT", "VULNERABILITY")),
    ADOPTION(
            2,
            "ADOPSI_ANAK",
            0.5,
            1.0,
            List.of(),
            List.of("31.75.06", "36.71.01"),
            List.of("LABOUR_FOR_PROFIT"),
            List.of("PAYMENT_OR_BENEFIT", "VULNERABILITY")),
    ORGAN(
            2,
            "ORGAN",
            0.2,
            0.0,
            List.of("KH"),
            List.of(),
            List.of("ORGAN_REMOVAL"),
            List.of("PAYMENT_OR_BENEFIT", "FRAUD", "VULNERABILITY"));

    /** Transit points of the route abroad: district, place, transport. */
    record Transit(String districtCode, String place, String transport) {}

    static final List<Transit> TRANSITS = List.of(
            new Transit("53.71.01", "Pelabuhan Tenau, Kupang", "SEA"),
            new Transit("53.71.03", "Bandara El Tari, Kupang", "AIR"),
            new Transit("21.71.03", "Pelabuhan Sekupang, Batam", "SEA"),
            new Transit("21.71.10", "Pelabuhan Batam Centre", "SEA"),
            new Transit("21.72.03", "Pelabuhan Sri Bintan Pura, Tanjung Pinang", "SEA"),
            new Transit("65.03.02", "Pelabuhan Tunon Taka, Nunukan", "SEA"),
            new Transit("61.03.21", "PLBN Entikong", "LAND"));

    final int weight;
    final String modus;
    final double femaleShare;
    final double childShare;
    final List<String> countries;
    final List<String> domestic;
    final List<String> purposes;
    final List<String> means;

    Scenario(
            int weight,
            String modus,
            double femaleShare,
            double childShare,
            List<String> countries,
            List<String> domestic,
            List<String> purposes,
            List<String> means) {
        this.weight = weight;
        this.modus = modus;
        this.femaleShare = femaleShare;
        this.childShare = childShare;
        this.countries = countries;
        this.domestic = domestic;
        this.purposes = purposes;
        this.means = means;
    }

    static final double[] CUMULATIVE;

    static {
        CUMULATIVE = new double[values().length];
        double sum = 0;
        for (Scenario s : values()) {
            sum += s.weight;
            CUMULATIVE[s.ordinal()] = sum;
        }
    }

    /** The transit points that lead to {@code country}: Malaysia and Brunei by land or sea from Kalimantan and Riau. */
    List<Transit> transitsTo(String country) {
        return switch (country) {
            case "MY", "BN" ->
                TRANSITS.stream().filter(t -> !t.place().contains("El Tari")).toList();
            case "SG" ->
                TRANSITS.stream().filter(t -> t.districtCode().startsWith("21")).toList();
            default ->
                TRANSITS.stream()
                        .filter(t ->
                                t.transport().equals("AIR") || t.districtCode().startsWith("21"))
                        .toList();
        };
    }
}
