package id.sigap.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id with the OWASP parameters (19 MiB memory, 2 iterations, 1 lane, 16-byte salt, 32-byte hash): about 30
 * ms per hash on the reference machine. Stored hashes carry their parameters, so raising them later rehashes each
 * password at its owner's next sign-in.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
    }

    @Bean
    PasswordRules passwordRules() {
        return PasswordRules.standard();
    }
}
