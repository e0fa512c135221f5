package id.sigap.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The recruitment channel against HTCDS 2.0 vic_MethodOfRecruitment (field-standards-2.0.ods): every exported value is
 * in the picklist, import accepts the whole picklist and gives back Sigap CHANNEL codes, and every Sigap channel but
 * UNKNOWN has a value.
 */
class HtcdsRecruitmentCodesTest {

    static Map<String, List<String>> standard;

    @BeforeAll
    static void read() throws Exception {
        standard = HtcdsStandard.fields();
    }

    @Test
    void the_recruitment_field_is_a_field_of_the_standard_and_every_exported_value_is_in_its_picklist() {
        assertThat(standard).containsKey(HtcdsFields.RECRUITMENT);
        assertThat(standard.get(HtcdsFields.RECRUITMENT))
                .contains("ThroughFamilyOrFamilyEvents", "ThroughOnlineSocialNetworks")
                .containsAll(HtcdsCodes.CHANNEL.values());
        assertThat(HtcdsFields.BASIC).endsWith(HtcdsFields.RECRUITMENT);
    }

    @Test
    void import_accepts_the_whole_picklist_and_every_sigap_channel_but_unknown_is_mapped() throws Exception {
        assertThat(HtcdsCodes.CHANNEL_IN.keySet())
                .containsExactlyInAnyOrderElementsOf(standard.get(HtcdsFields.RECRUITMENT));
        String v66;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V66__cases_recruitment_channel.sql")) {
            v66 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var m = Pattern.compile("\\('CHANNEL', '([A-Z_]+)'").matcher(v66);
        int n = 0;
        while (m.find()) {
            n++;
            if (!m.group(1).equals("UNKNOWN")) {
                assertThat(HtcdsCodes.CHANNEL).as(m.group(1)).containsKey(m.group(1));
            }
        }
        assertThat(n).isEqualTo(HtcdsCodes.CHANNEL.size() + 1);
        HtcdsCodes.CHANNEL_IN.values().forEach(code -> assertThat(v66).contains("'CHANNEL', '" + code + "'"));
    }
}
