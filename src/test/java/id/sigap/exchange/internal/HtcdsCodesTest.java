package id.sigap.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mapping of Sigap's codes to HTCDS checked against the standard's own files: every value Sigap writes is in the
 * field's picklist of field-standards-2.0.ods, every field name is a field of the standard (or a documented extension),
 * every Sigap purpose and control code has a mapping, and import accepts the whole picklist (plus the spellings of
 * field-definitions.md).
 */
class HtcdsCodesTest {

    static Map<String, List<String>> standard;

    @BeforeAll
    static void read() throws Exception {
        standard = HtcdsStandard.fields();
    }

    @Test
    void the_standard_is_read() {
        assertThat(standard).containsKeys("prs_Gender", "vic_TypeOfExploitation", "vic_MethodsOfControl", "cas_Status");
        assertThat(standard.get("prs_Gender")).contains("Feminine", "Masculine", "NonSpecifiedUnknown");
    }

    @Test
    void every_exported_value_is_in_the_fields_picklist() {
        assertThat(standard.get("prs_Gender"))
                .containsAll(HtcdsCodes.GENDER.values())
                .contains(HtcdsCodes.GENDER_UNKNOWN);
        assertThat(standard.get("cas_Status")).containsAll(HtcdsCodes.STATUS.values());
        assertThat(standard.get("vic_TypeOfExploitation")).containsAll(HtcdsCodes.EXPLOITATION.values());
        assertThat(standard.get("vic_TypeOfSexExploitation")).containsAll(HtcdsCodes.SEX_EXPLOITATION.values());
        assertThat(standard.get("vic_MethodsOfControl")).containsAll(HtcdsCodes.CONTROL.values());
        assertThat(standard.get("vic_TraffickingStatus")).contains(HtcdsCodes.VICTIM_STATUS);
    }

    @Test
    void import_accepts_the_whole_picklists_and_the_definitions_spellings() throws Exception {
        assertThat(HtcdsCodes.EXPLOITATION_IN.keySet())
                .containsExactlyInAnyOrderElementsOf(standard.get("vic_TypeOfExploitation"));
        assertThat(HtcdsRecordCheck.STATUSES).containsExactlyInAnyOrderElementsOf(standard.get("cas_Status"));
        assertThat(HtcdsRecordCheck.GENDERS).containsExactlyInAnyOrderElementsOf(standard.get("prs_Gender"));
        assertThat(HtcdsRecordCheck.SEX_TYPES)
                .containsExactlyInAnyOrderElementsOf(standard.get("vic_TypeOfSexExploitation"));
        assertThat(HtcdsCodes.CONTROL_IN.keySet()).containsAll(standard.get("vic_MethodsOfControl"));
        Set<String> extra = new HashSet<>(HtcdsCodes.CONTROL_IN.keySet());
        standard.get("vic_MethodsOfControl").forEach(extra::remove);
        String definitions = resource("/exchange/htcds/field-definitions.md");
        for (String spelling : extra) {
            assertThat(definitions).as(spelling).contains("MethodsOfControl" + spelling);
        }
        assertThat(standard.get("vic_TraffickingStatus")).containsAll(HtcdsCodes.VICTIM_STATUS_IN);
    }

    @Test
    void every_field_name_is_in_the_standard_or_a_documented_extension() {
        for (String f : HtcdsFields.columns(true)) {
            if (!f.startsWith("x_sigap_") && !f.equals(HtcdsFields.CASE_ID)) {
                assertThat(standard).as(f).containsKey(f);
            }
        }
    }

    @Test
    void every_sigap_purpose_and_control_code_is_mapped() throws Exception {
        String v61 = resource("/db/migration/V61__cases_elements.sql");
        var m = Pattern.compile("\\('(PURPOSE|CONTROL)', '([A-Z_]+)'").matcher(v61);
        int n = 0;
        while (m.find()) {
            n++;
            Map<String, String> map = m.group(1).equals("PURPOSE") ? HtcdsCodes.EXPLOITATION : HtcdsCodes.CONTROL;
            assertThat(map).as(m.group(2)).containsKey(m.group(2));
        }
        assertThat(n).isGreaterThan(20);
        // import gives back codes that exist in Sigap
        assertThat(v61)
                .contains(HtcdsCodes.EXPLOITATION_IN.values().stream()
                        .map(c -> "'" + c + "'")
                        .toList());
        assertThat(v61)
                .contains(HtcdsCodes.CONTROL_IN.values().stream()
                        .map(c -> "'" + c + "'")
                        .toList());
    }

    private static String resource(String path) throws Exception {
        try (InputStream in = HtcdsCodesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
