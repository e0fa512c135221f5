package id.sigap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void the_modules_are_the_pinned_list() {
        assertThat(MODULES.stream().map(ApplicationModule::getBasePackage).map(p -> p.getName()))
                .containsExactlyInAnyOrder(
                        "id.sigap.shared",
                        "id.sigap.region",
                        "id.sigap.organization",
                        "id.sigap.security",
                        "id.sigap.audit",
                        "id.sigap.portal",
                        "id.sigap.intake",
                        "id.sigap.cases",
                        "id.sigap.linkage",
                        "id.sigap.support",
                        "id.sigap.estimation",
                        "id.sigap.dataimport",
                        "id.sigap.synthetic",
                        "id.sigap.prevention",
                        "id.sigap.plans",
                        "id.sigap.networks");
    }

    @Test
    void modules_respect_their_boundaries() {
        MODULES.verify();
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
