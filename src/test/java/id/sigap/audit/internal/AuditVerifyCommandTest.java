package id.sigap.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.audit.ChainVerdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.support.ResourceBundleMessageSource;

class AuditVerifyCommandTest {

    final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    final List<Integer> exits = new ArrayList<>();
    int verifications;

    AuditVerifyCommand command(String name, ChainVerdict verdict) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/audit");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new AuditVerifyCommand(
                name,
                () -> {
                    verifications++;
                    return verdict;
                },
                messages,
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                exits::add);
    }

    String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void an_intact_log_prints_one_line_in_both_languages_and_exits_with_0() {
        command("audit-verify", new ChainVerdict.Intact(1234)).run(new DefaultApplicationArguments());

        assertThat(output().lines()).hasSize(1);
        assertThat(output()).contains("Log audit utuh: 1.234 entri").contains("Audit log intact: 1,234 entries");
        assertThat(exits).containsExactly(0);
    }

    @Test
    void a_tampered_log_names_the_first_bad_entry_and_exits_with_3() {
        command("audit-verify", new ChainVerdict.Tampered(5678, ChainVerdict.Reason.HASH_MISMATCH, 5677))
                .run(new DefaultApplicationArguments());

        assertThat(output().lines()).hasSize(1);
        assertThat(output())
                .contains("TIDAK utuh: entri #5678 telah diubah")
                .contains("TAMPERED: entry #5678 was changed (hash mismatch)");
        assertThat(exits).containsExactly(3);
    }

    @Test
    void a_gap_is_reported_as_a_missing_entry() {
        command("audit-verify", new ChainVerdict.Tampered(9, ChainVerdict.Reason.GAP, 8))
                .run(new DefaultApplicationArguments());

        assertThat(output()).contains("entri #9 hilang").contains("entry #9 is missing");
        assertThat(exits).containsExactly(3);
    }

    @Test
    void without_the_command_the_application_starts_normally() {
        command("", new ChainVerdict.Intact(1)).run(new DefaultApplicationArguments());
        command("something-else", new ChainVerdict.Intact(1)).run(new DefaultApplicationArguments());

        assertThat(verifications).isZero();
        assertThat(output()).isEmpty();
        assertThat(exits).isEmpty();
    }
}
