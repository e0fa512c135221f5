package id.sigap.estimation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every refusal code and warning has a message in Bahasa Indonesia and in English. */
class MessagesTest {

    @Test
    void every_refusal_and_warning_is_explained_in_both_languages() {
        for (Locale locale : new Locale[] {Locale.of("id"), Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/estimation", locale);
            for (Refusal r : Refusal.values()) {
                assertThat(bundle.getString("error." + r.code())).isNotBlank();
            }
            for (String w :
                    new String[] {"few-cases", "few-overlaps", "empty-overlaps", "wide-interval", "large-dark-figure"
                    }) {
                assertThat(bundle.getString("estimation.warning." + w)).isNotBlank();
            }
        }
        assertThat(ResourceBundle.getBundle("i18n/estimation", Locale.ENGLISH)
                        .getString("error.estimation.no-observations"))
                .startsWith("No case");
    }
}
