package id.sigap.security;

import id.sigap.support.IntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/** {@link IntegrationTest} with {@link SecurityTestConfiguration}: one cached context for the security tests. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Import(SecurityTestConfiguration.class)
public @interface SecurityIntegrationTest {}
