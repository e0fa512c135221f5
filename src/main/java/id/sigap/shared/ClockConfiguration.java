package id.sigap.shared;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time comes from this injected clock; tests replace it. Its zone is Western Indonesia Time ({@link Jakarta#ZONE}),
 * so that a domain date taken from it ({@code LocalDate.now(clock)}: today, due dates, overdue) is the task forces'
 * calendar day whatever zone the server runs in. Instants and timestamps are unaffected.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(Jakarta.ZONE);
    }
}
