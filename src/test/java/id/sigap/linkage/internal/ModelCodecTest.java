package id.sigap.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.linkage.engine.FellegiSunter;
import id.sigap.linkage.engine.Fields;
import org.junit.jupiter.api.Test;

class ModelCodecTest {

    @Test
    void a_stored_model_reads_back_with_the_same_weights() {
        FellegiSunter reference = LinkModels.reference();
        FellegiSunter back = ModelCodec.read(ModelCodec.write(reference));
        assertThat(back.lambda()).isEqualTo(reference.lambda());
        for (int f = 0; f < Fields.core().count(); f++) {
            assertThat(back.m()[f]).containsExactly(reference.m()[f]);
            assertThat(back.u()[f]).containsExactly(reference.u()[f]);
        }
    }

    @Test
    void the_reference_model_weighs_agreement_for_and_disagreement_against_a_match() {
        FellegiSunter model = LinkModels.reference();
        int birthDate = Fields.Core.BIRTH_DATE.ordinal();
        int given = Fields.Core.GIVEN_NAME.ordinal();
        assertThat(model.weight(birthDate, 3)).isPositive();
        assertThat(model.weight(birthDate, 0)).isNegative();
        assertThat(model.weight(given, 5)).isPositive();
        assertThat(model.weight(given, 0)).isNegative();
    }
}
