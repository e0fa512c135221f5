package id.sigap.portal.internal;

import id.sigap.cases.CaseFiles;
import id.sigap.intake.Reports;
import id.sigap.organization.Agencies;
import id.sigap.organization.TaskForces;
import id.sigap.security.UserAccounts;
import id.sigap.synthetic.SyntheticData;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** {@code ./sigap run --demo} sets {@code sigap.demo=true}: the demo data is loaded after the first administrator. */
@Configuration(proxyBeanMethods = false)
class DemoDataConfiguration {

    @Bean
    DemoData demoData(
            Agencies agencies,
            TaskForces taskForces,
            UserAccounts accounts,
            Reports reports,
            CaseFiles caseFiles,
            SyntheticData synthetic) {
        return new DemoData(agencies, taskForces, accounts, reports, caseFiles, synthetic);
    }

    @Bean
    @ConditionalOnProperty(name = "sigap.demo", havingValue = "true")
    @Order(Ordered.LOWEST_PRECEDENCE)
    ApplicationRunner demoDataRunner(DemoData demo) {
        return args -> demo.load();
    }
}
