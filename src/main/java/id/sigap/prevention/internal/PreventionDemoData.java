package id.sigap.prevention.internal;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.prevention.Headcount;
import id.sigap.prevention.internal.InterceptionInput.Person;
import id.sigap.prevention.internal.InterceptionInput.RecruiterInput;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.security.UserAccounts;
import id.sigap.shared.Jakarta;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prevention part of {@code ./sigap run --demo}: the port officer {@code kupang.pelabuhan} (intake officer of BP3MI
 * Nusa Tenggara Timur in Kota Kupang; password as the other demo accounts) and a few interceptions at Pelabuhan Tenau
 * and Bandara El Tari, one person already identified as a victim with a case. Loaded once, with the account: a
 * restart adds nothing. Everything is invented. Independent of the portal's demo data (the agency is found by name or
 * created the same way), so the order of the two loaders does not matter.
 */
@Component
public class PreventionDemoData {

    static final String USERNAME = "kupang.pelabuhan";
    static final String PASSWORD = "Sigap-Demo-2026!";
    static final String AGENCY = "BP3MI Nusa Tenggara Timur";

    private static final Logger log = LoggerFactory.getLogger(PreventionDemoData.class);

    private final Agencies agencies;
    private final UserAccounts accounts;
    private final Interceptions interceptions;
    private final VictimIdentification victims;
    private final Clock clock;

    PreventionDemoData(
            Agencies agencies,
            UserAccounts accounts,
            Interceptions interceptions,
            VictimIdentification victims,
            Clock clock) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.interceptions = interceptions;
        this.victims = victims;
        this.clock = clock;
    }

    /** Adds the port officer and the interceptions unless the officer's account exists already. */
    @Transactional
    public void load() {
        if (accounts.findByUsername(USERNAME).isPresent()) {
            return;
        }
        Agency bp3mi = agencies.findByName("53", AGENCY)
                .orElseGet(() -> agencies.create(NewAgency.of(AGENCY, AgencyType.KP2MI_BP3MI, "53")));
        SigapUser officer = accounts.provision(new UserAccounts.NewAccount(
                USERNAME,
                "Yosef Nitbani",
                null,
                bp3mi.id(),
                PASSWORD,
                List.of(new Grant(Role.INTAKE_OFFICER, "53.71"))));
        load(officer, interceptions, victims, Jakarta.today(clock));
        log.info("Prevention demo data ready: port officer {} and interceptions in Kota Kupang", USERNAME);
    }

    /** {@code ./sigap run --demo} sets {@code sigap.demo=true}. */
    @Configuration(proxyBeanMethods = false)
    static class Runner {
        @Bean
        @ConditionalOnProperty(name = "sigap.demo", havingValue = "true")
        @Order(Ordered.LOWEST_PRECEDENCE)
        ApplicationRunner preventionDemoRunner(PreventionDemoData demo) {
            return args -> demo.load();
        }
    }

    static void load(SigapUser officer, Interceptions interceptions, VictimIdentification victims, LocalDate today) {
        long tenau = interceptions.create(
                officer,
                new InterceptionInput(
                        today.minusDays(20),
                        "TENAU",
                        "MY",
                        "PLANTATION",
                        new Headcount(1, 0, 3, 0),
                        "Menunggu kapal ke Nunukan tanpa dokumen penempatan."),
                new RecruiterInput("Frans Kolo", "RECRUITER", null, "081239000111"));
        interceptions.addPerson(
                officer,
                tenau,
                new Person("Yuliana Seran", "F", null, 17, "53.71.01.1001", "PARENT_GUARDIAN", today.minusDays(20)));
        long victim = interceptions.addPerson(
                officer,
                tenau,
                new Person("Marselina Taek", "F", null, 19, "53.71.02.1003", "PERSON", today.minusDays(20)));
        victims.identify(officer, tenau, victim, 0);
        interceptions.create(
                officer,
                new InterceptionInput(
                        today.minusDays(9), "EL-TARI", "SA", "DOMESTIC_WORK", new Headcount(2, 1, 0, 0), null),
                new RecruiterInput("Ibu Rina", "SPONSOR", "PT Sumber Rejeki", null));
        interceptions.create(
                officer,
                new InterceptionInput(
                        today.minusDays(3), "TENAU", "MY", "CONSTRUCTION", new Headcount(0, 0, 4, 1), null));
    }
}
