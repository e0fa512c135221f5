package id.sigap.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.shared.SigapException.FieldProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private final PasswordRules rules = PasswordRules.standard();

    private List<String> codes(String username, String password) {
        return rules.check("password", username, password).stream()
                .map(FieldProblem::code)
                .toList();
    }

    @Test
    void a_long_password_with_three_kinds_of_characters_is_accepted() {
        assertThat(codes("budi", "Kupang-Timur-2025")).isEmpty();
        assertThat(codes("budi", "lintas batas 2025 aman")).isEmpty(); // lower, digit, symbol (space)
    }

    @Test
    void an_empty_password_is_required() {
        assertThat(codes("budi", "")).containsExactly("field.required");
        assertThat(codes("budi", null)).containsExactly("field.required");
    }

    @Test
    void a_password_under_twelve_characters_is_too_short_and_says_the_minimum() {
        var problems = rules.check("password", "budi", "Ab1!xyzQ");
        assertThat(problems).extracting(FieldProblem::code).containsExactly("password.too-short");
        assertThat(problems.getFirst().args()).containsExactly(12);
        assertThat(codes("budi", "Abcdefgh1!x")).containsExactly("password.too-short");
        assertThat(codes("budi", "Abcdefgh1!xy")).isEmpty();
    }

    @Test
    void a_password_needs_three_of_the_four_character_classes() {
        assertThat(codes("budi", "onlylowercaseletters")).containsExactly("password.too-simple");
        assertThat(codes("budi", "lowerandUPPERonly")).containsExactly("password.too-simple");
        assertThat(codes("budi", "lowerUPPER12345")).isEmpty();
        assertThat(codes("budi", "lower-and-12345")).isEmpty();
        assertThat(codes("budi", "123456-789012")).containsExactly("password.too-simple");
    }

    @Test
    void a_password_must_not_be_the_username_in_any_case_nor_with_digits_and_symbols_around_it() {
        assertThat(codes("siti.rahma.2025", "Siti.Rahma.2025")).containsExactly("password.same-as-username");
        assertThat(codes("siti.rahma", "Siti.Rahma-2025")).containsExactly("password.same-as-username");
        assertThat(codes("siti.rahma", "2025!SITI.RAHMA")).containsExactly("password.same-as-username");
        assertThat(codes("siti.rahma", "Siti.Rahma-di-Kupang-25")).isEmpty();
    }

    @Test
    void common_passwords_are_refused_even_dressed_up() {
        assertThat(codes("budi", "Password1234!")).containsExactly("password.common");
        assertThat(codes("budi", "P@ssw0rd2024!")).containsExactly("password.common");
        assertThat(codes("budi", "Indonesia2025!")).containsExactly("password.common");
        assertThat(codes("budi", "123456789012")).contains("password.common");
        assertThat(codes("budi", "Qwertyuiop1!")).containsExactly("password.common");
    }

    @Test
    void every_broken_rule_is_reported_at_once() {
        assertThat(codes("admin", "admin"))
                .containsExactlyInAnyOrder(
                        "password.too-short", "password.too-simple", "password.same-as-username", "password.common");
    }

    @Test
    void an_absurdly_long_password_is_refused() {
        assertThat(codes("budi", "Ab1!".repeat(40))).containsExactly("password.too-long");
    }

    @Test
    void character_classes_are_counted_with_unicode_letters() {
        assertThat(PasswordRules.characterClasses("aB3$")).isEqualTo(4);
        assertThat(PasswordRules.characterClasses("ÄÖü")).isEqualTo(2);
        assertThat(PasswordRules.characterClasses("   ")).isEqualTo(1);
    }
}
