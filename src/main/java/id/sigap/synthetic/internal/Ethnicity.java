package id.sigap.synthetic.internal;

import java.util.List;

/**
 * Naming traditions of the regions people come from, with invented-but-typical given names and family names. Lists
 * are data, not a census: enough variety for realistic search and linkage, never real people.
 */
enum Ethnicity {
    JAVANESE(Faith.MUSLIM, NameBank.JAVANESE_M, NameBank.JAVANESE_F, NameBank.JAVANESE_SECOND),
    SUNDANESE(Faith.MUSLIM, NameBank.SUNDANESE_M, NameBank.SUNDANESE_F, NameBank.SUNDANESE_SECOND),
    BATAK(Faith.CHRISTIAN, NameBank.CHRISTIAN_M, NameBank.CHRISTIAN_F, NameBank.BATAK_MARGA),
    MINANG(Faith.MUSLIM, NameBank.MINANG_M, NameBank.MINANG_F, NameBank.MINANG_SECOND),
    BUGIS(Faith.MUSLIM, NameBank.BUGIS_M, NameBank.BUGIS_F, NameBank.BUGIS_SECOND),
    BALINESE(Faith.HINDU, NameBank.BALINESE_M, NameBank.BALINESE_F, List.of()),
    SASAK(Faith.MUSLIM, NameBank.SASAK_M, NameBank.SASAK_F, NameBank.SASAK_SECOND),
    NTT(Faith.CHRISTIAN, NameBank.CHRISTIAN_M, NameBank.CHRISTIAN_F, NameBank.NTT_FAMILY),
    PAPUAN(Faith.CHRISTIAN, NameBank.CHRISTIAN_M, NameBank.CHRISTIAN_F, NameBank.PAPUAN_FAMILY),
    MALAY(Faith.MUSLIM, NameBank.ARABIC_M, NameBank.ARABIC_F, NameBank.MALAY_SECOND),
    CHINESE(Faith.CHRISTIAN, NameBank.CHINESE_GIVEN, NameBank.CHINESE_GIVEN, NameBank.CHINESE_FAMILY),
    DAYAK(Faith.CHRISTIAN, NameBank.CHRISTIAN_M, NameBank.CHRISTIAN_F, NameBank.DAYAK_FAMILY),
    MINAHASA(Faith.CHRISTIAN, NameBank.CHRISTIAN_M, NameBank.CHRISTIAN_F, NameBank.MINAHASA_FAMILY),
    AMBONESE(Faith.CHRISTIAN, NameBank.CHRISTIAN_M, NameBank.CHRISTIAN_F, NameBank.AMBON_FAMILY),
    MIXED(Faith.MUSLIM, NameBank.MODERN_M, NameBank.MODERN_F, NameBank.MODERN_SECOND);

    enum Faith {
        MUSLIM,
        CHRISTIAN,
        HINDU
    }

    final Faith faith;
    final List<String> male;
    final List<String> female;
    final List<String> family;

    Ethnicity(Faith faith, List<String> male, List<String> female, List<String> family) {
        this.faith = faith;
        this.male = male;
        this.female = female;
        this.family = family;
    }

    /** Family names come last and are inherited (marga, fam): the reporter of a victim often shares it. */
    boolean hasFamilyName() {
        return this == BATAK
                || this == NTT
                || this == PAPUAN
                || this == CHINESE
                || this == MINAHASA
                || this == AMBONESE
                || this == DAYAK;
    }

    /** Who lives where, by province code (weights in percent); migrants everywhere. */
    static Ethnicity of(String provinceCode, Dice dice) {
        int x = dice.below(100);
        return switch (provinceCode) {
            case "33", "34" -> x < 93 ? JAVANESE : MIXED;
            case "35" -> x < 85 ? JAVANESE : MIXED;
            case "32" -> x < 78 ? SUNDANESE : x < 93 ? JAVANESE : MIXED;
            case "36" -> x < 55 ? SUNDANESE : x < 75 ? JAVANESE : MIXED;
            case "31" -> x < 35 ? JAVANESE : x < 55 ? SUNDANESE : x < 62 ? BATAK : x < 68 ? MINANG : MIXED;
            case "12" -> x < 55 ? BATAK : x < 75 ? JAVANESE : x < 90 ? MALAY : MIXED;
            case "13" -> x < 88 ? MINANG : MIXED;
            case "11", "14", "15", "16", "17", "19" -> x < 55 ? MALAY : x < 80 ? JAVANESE : x < 88 ? MINANG : MIXED;
            case "18" -> x < 60 ? JAVANESE : x < 75 ? SUNDANESE : MIXED;
            case "21" ->
                x < 35 ? MALAY : x < 55 ? JAVANESE : x < 65 ? BATAK : x < 75 ? MINANG : x < 82 ? CHINESE : MIXED;
            case "51" -> x < 88 ? BALINESE : x < 94 ? JAVANESE : MIXED;
            case "52" -> x < 68 ? SASAK : x < 90 ? MIXED : x < 95 ? BALINESE : JAVANESE;
            case "53" -> x < 94 ? NTT : MIXED;
            case "61" -> x < 40 ? MALAY : x < 62 ? DAYAK : x < 78 ? CHINESE : x < 92 ? JAVANESE : MIXED;
            case "62", "63", "64" -> x < 45 ? MALAY : x < 65 ? JAVANESE : x < 78 ? BUGIS : x < 90 ? DAYAK : MIXED;
            case "65" -> x < 38 ? BUGIS : x < 55 ? DAYAK : x < 75 ? JAVANESE : x < 88 ? MALAY : NTT;
            case "71" -> x < 75 ? MINAHASA : MIXED;
            case "72", "73", "74", "75", "76" -> x < 78 ? BUGIS : x < 90 ? JAVANESE : MIXED;
            case "81", "82" -> x < 70 ? AMBONESE : x < 85 ? BUGIS : MIXED;
            case "91", "92", "93", "94", "95", "96", "97" -> x < 68 ? PAPUAN : x < 80 ? BUGIS : x < 92 ? JAVANESE : NTT;
            default -> x < 45 ? MIXED : x < 75 ? JAVANESE : x < 88 ? SUNDANESE : MALAY;
        };
    }
}
