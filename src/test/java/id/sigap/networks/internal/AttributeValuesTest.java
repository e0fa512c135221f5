package id.sigap.networks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.networks.SuspectAttributes.Kind;
import org.junit.jupiter.api.Test;

class AttributeValuesTest {

    @Test
    void the_same_value_typed_differently_normalises_alike() {
        assertThat(AttributeValues.normalise(Kind.SOCIAL_MEDIA, "Instagram: @Kerja.LN"))
                .isEqualTo(AttributeValues.normalise(Kind.SOCIAL_MEDIA, "instagram kerja.ln"))
                .isEqualTo(AttributeValues.normalise(Kind.SOCIAL_MEDIA, "https://www.instagram.com/kerja.ln/"))
                .isEqualTo("instagram:kerja.ln");
        assertThat(AttributeValues.normalise(Kind.BANK_ACCOUNT, "Bank BRI 0123-01-000123-50-1"))
                .isEqualTo(AttributeValues.normalise(Kind.BANK_ACCOUNT, "bri 012301000123501"))
                .isEqualTo("bri:012301000123501");
        assertThat(AttributeValues.normalise(Kind.BANK_ACCOUNT, "0123 01")).isEqualTo("012301");
        assertThat(AttributeValues.normalise(Kind.COMPANY, "PT. Maju Jaya Abadi, Tbk"))
                .isEqualTo(AttributeValues.normalise(Kind.COMPANY, "maju  jaya abadi"))
                .isEqualTo("maju jaya abadi");
        assertThat(AttributeValues.normalise(Kind.VEHICLE, "DH 1234 AB")).isEqualTo("dh1234ab");
    }

    @Test
    void different_values_stay_different() {
        assertThat(AttributeValues.normalise(Kind.BANK_ACCOUNT, "BRI 0123"))
                .isNotEqualTo(AttributeValues.normalise(Kind.BANK_ACCOUNT, "BNI 0123"));
        assertThat(AttributeValues.normalise(Kind.SOCIAL_MEDIA, "tiktok @a"))
                .isNotEqualTo(AttributeValues.normalise(Kind.SOCIAL_MEDIA, "instagram @a"));
    }
}
