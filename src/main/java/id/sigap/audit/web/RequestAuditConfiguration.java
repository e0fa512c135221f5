package id.sigap.audit.web;

import id.sigap.audit.internal.AuditEventListener;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** One commit for the reads of a request: the filter around every request, and the flush before a page renders. */
@Configuration(proxyBeanMethods = false)
class RequestAuditConfiguration implements WebMvcConfigurer {

    private final ReadsFlushPoints flushPoints;

    RequestAuditConfiguration(ReadsFlushPoints flushPoints) {
        this.flushPoints = flushPoints;
    }

    @Bean
    FilterRegistrationBean<RequestAuditFilter> requestAuditFilter(AuditEventListener listener) {
        var registration = new FilterRegistrationBean<>(new RequestAuditFilter(listener));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10); // around the security chain: logins are held too
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(flushPoints);
    }
}
