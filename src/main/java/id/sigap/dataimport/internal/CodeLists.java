package id.sigap.dataimport.internal;

import id.sigap.cases.CasePersons;
import id.sigap.cases.PersonRole;
import id.sigap.cases.RoleInProcess;
import id.sigap.intake.Channel;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The code lists of the template's dropdowns. Each entry is a stored code with the word offered in the Indonesian and
 * in the English template; reading accepts either word or the code, ignoring case, so a file filled in with either
 * template (or by hand with the codes) is understood.
 */
public final class CodeLists {

    public record Entry(String code, String id, String en) {
        String word(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : id;
        }
    }

    private static final Map<Column, List<Entry>> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put(
                Column.ROLE,
                List.of(
                        new Entry(PersonRole.VICTIM.name(), "KORBAN", "VICTIM"),
                        new Entry(PersonRole.WITNESS.name(), "SAKSI", "WITNESS"),
                        new Entry(PersonRole.REPORTER.name(), "PELAPOR", "REPORTER"),
                        new Entry(PersonRole.SUSPECT.name(), "TERSANGKA", "SUSPECT")));
        LISTS.put(
                Column.ROLE_IN_PROCESS,
                List.of(
                        new Entry(RoleInProcess.RECRUITER.name(), "PEREKRUT", "RECRUITER"),
                        new Entry(RoleInProcess.TRANSPORTER.name(), "PENGANGKUT", "TRANSPORTER"),
                        new Entry(RoleInProcess.HARBOURER.name(), "PENAMPUNG", "HARBOURER"),
                        new Entry(RoleInProcess.EXPLOITER.name(), "PENGEKSPLOITASI", "EXPLOITER"),
                        new Entry(RoleInProcess.FINANCIER.name(), "PEMODAL", "FINANCIER"),
                        new Entry(RoleInProcess.DOCUMENT_FORGER.name(), "PEMALSU_DOKUMEN", "DOCUMENT_FORGER"),
                        new Entry(RoleInProcess.COMPLICIT_OFFICIAL.name(), "OKNUM_PEJABAT", "COMPLICIT_OFFICIAL"),
                        new Entry(RoleInProcess.OTHER.name(), "LAINNYA", "OTHER")));
        LISTS.put(Column.SEX, List.of(new Entry("F", "P", "F"), new Entry("M", "L", "M")));
        List<Entry> yesNo = List.of(new Entry("true", "YA", "YES"), new Entry("false", "TIDAK", "NO"));
        LISTS.put(Column.CHILD_INVOLVED, yesNo);
        LISTS.put(Column.ABROAD, yesNo);
        LISTS.put(
                Column.REPORT_CHANNEL,
                List.of(
                        new Entry(Channel.HOTLINE_SAPA129.name(), "SAPA129", "HOTLINE_SAPA129"),
                        new Entry(Channel.WALK_IN.name(), "DATANG_LANGSUNG", "WALK_IN"),
                        new Entry(Channel.POLICE.name(), "KEPOLISIAN", "POLICE"),
                        new Entry(Channel.AGENCY_REFERRAL.name(), "RUJUKAN_INSTANSI", "AGENCY_REFERRAL"),
                        new Entry(Channel.MEDIA.name(), "MEDIA", "MEDIA")));
        LISTS.put(
                Column.MODUS,
                List.of(
                        new Entry("PMI_NONPROSEDURAL", "PMI_NONPROSEDURAL", "IRREGULAR_MIGRANT_WORKER"),
                        new Entry("EKSPLOITASI_SEKSUAL", "EKSPLOITASI_SEKSUAL", "SEXUAL_EXPLOITATION"),
                        new Entry("ABK", "ABK", "FISHING_CREW"),
                        new Entry("EKSPLOITASI_ANAK", "EKSPLOITASI_ANAK", "CHILD_EXPLOITATION"),
                        new Entry("ONLINE_SCAM", "PENIPUAN_DARING", "ONLINE_SCAM"),
                        new Entry("PENGANTIN_PESANAN", "PENGANTIN_PESANAN", "MAIL_ORDER_BRIDE"),
                        new Entry("ORGAN", "PERDAGANGAN_ORGAN", "ORGAN_TRADE"),
                        new Entry("MAGANG_PELAJAR", "MAGANG_PELAJAR", "FAKE_INTERNSHIP"),
                        new Entry("ADOPSI_ANAK", "ADOPSI_ANAK", "CHILD_ADOPTION"),
                        new Entry("REKRUTMEN_ONLINE", "REKRUTMEN_DARING", "ONLINE_RECRUITMENT"),
                        new Entry("PERKAWINAN_ANAK", "PERKAWINAN_ANAK", "CHILD_MARRIAGE"),
                        new Entry("LAINNYA", "LAINNYA", "OTHER")));
        LISTS.put(
                Column.RECRUITMENT_CHANNEL,
                List.of(
                        new Entry("FAMILY", "KELUARGA", "FAMILY"),
                        new Entry("ACQUAINTANCE", "TEMAN_TETANGGA_KENALAN", "ACQUAINTANCE"),
                        new Entry("INTIMATE_PARTNER", "PACAR_PASANGAN", "INTIMATE_PARTNER"),
                        new Entry("SPONSOR_OR_LOCAL_BROKER", "SPONSOR_CALO", "SPONSOR_OR_LOCAL_BROKER"),
                        new Entry("AGENCY_LICENSED", "P3MI_LPK_BERIZIN", "AGENCY_LICENSED"),
                        new Entry("AGENCY_UNLICENSED", "AGEN_TIDAK_BERIZIN", "AGENCY_UNLICENSED"),
                        new Entry("SOCIAL_MEDIA", "MEDIA_SOSIAL", "SOCIAL_MEDIA"),
                        new Entry("MESSAGING_APP", "APLIKASI_PESAN", "MESSAGING_APP"),
                        new Entry("ONLINE_JOB_AD", "IKLAN_LOWONGAN_DARING", "ONLINE_JOB_AD"),
                        new Entry("PRINT_OR_BROADCAST_AD", "IKLAN_CETAK_SIARAN", "PRINT_OR_BROADCAST_AD"),
                        new Entry("EDUCATIONAL_INSTITUTION", "SEKOLAH_KAMPUS_MAGANG", "EDUCATIONAL_INSTITUTION"),
                        new Entry("WORKPLACE", "TEMPAT_KERJA", "WORKPLACE"),
                        new Entry("ABDUCTION", "PENCULIKAN", "ABDUCTION"),
                        new Entry("OTHER", "LAINNYA", "OTHER"),
                        new Entry("UNKNOWN", "TIDAK_DIKETAHUI", "UNKNOWN")));
        LISTS.put(
                Column.EDUCATION,
                CasePersons.EDUCATION.stream()
                        .map(c -> new Entry(c, educationId(c), c))
                        .toList());
    }

    private CodeLists() {}

    private static String educationId(String code) {
        return switch (code) {
            case "NONE" -> "TIDAK_SEKOLAH";
            case "UNKNOWN" -> "TIDAK_DIKETAHUI";
            default -> code;
        };
    }

    public static List<Entry> of(Column column) {
        return LISTS.getOrDefault(column, List.of());
    }

    /** The words of the dropdown in the template of {@code locale}. */
    public static String[] words(Column column, Locale locale) {
        return of(column).stream().map(e -> e.word(locale)).toArray(String[]::new);
    }

    /** The code for a word of either language or the code itself, ignoring case and surrounding space. */
    public static Optional<String> code(Column column, String typed) {
        String t = typed.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        return of(column).stream()
                .filter(e -> Arrays.asList(e.code().toUpperCase(Locale.ROOT), e.id(), e.en())
                        .contains(t))
                .map(Entry::code)
                .findFirst();
    }
}
