package id.sigap.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A newcomer logs in with what the README says: every demo account is listed there with its password. */
class DemoAccountsReadmeTest {

    @Test
    void the_readme_lists_every_demo_account_with_its_password() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(DemoData.USERS).isNotEmpty().allSatisfy(u -> assertThat(readme)
                .as("README row of %s", u.username())
                .contains("| `" + u.username() + "` | `" + DemoData.PASSWORD + "` |"));
        assertThat(readme)
                .contains("| `admin` | `" + DemoData.PASSWORD + "` with `--demo`")
                .contains("Nusa Tenggara Timur / Kota Kupang, Kalimantan Selatan\nand Jawa Barat");
        assertThat(Files.readString(Path.of("sigap")))
                .as("./sigap run --demo gives admin the README's password")
                .contains("export SIGAP_ADMIN_PASSWORD='" + DemoData.PASSWORD + "'");
    }
}
