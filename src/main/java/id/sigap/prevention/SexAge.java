package id.sigap.prevention;

/** Sex and age group of a person, as Polri and UNODC GLOTIP count victims: women, girls, men, boys. */
public enum SexAge {
    WOMEN,
    GIRLS,
    MEN,
    BOYS;

    public static SexAge of(String sex, boolean child) {
        boolean female = "F".equals(sex);
        if (female) {
            return child ? GIRLS : WOMEN;
        }
        return child ? BOYS : MEN;
    }

    public String labelKey() {
        return "prevention.sexage." + name();
    }
}
