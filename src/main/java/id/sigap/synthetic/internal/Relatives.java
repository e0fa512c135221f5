package id.sigap.synthetic.internal;

/** The relative who reports a victim: same home and tradition, and the family name where there is one. */
final class Relatives {

    private Relatives() {}

    static Identity of(Identity victim, long seed, long no) {
        Identity base = People.make(seed, no, victim.home(), People.Kind.RELATIVE, 0.55);
        Dice dice = Dice.of(seed, 5, no);
        PersonName name =
                Names.of(victim.ethnicity(), base.female(), base.birthDate().getYear(), false, dice);
        if (victim.ethnicity().hasFamilyName() && victim.name().family() != null && name.family() != null) {
            name = name.withFamily(victim.name().family());
        }
        return new Identity(
                base.no(),
                victim.ethnicity(),
                name,
                base.female(),
                base.birthDate(),
                base.home(),
                base.nik(),
                base.phone(),
                base.passport(),
                base.address(),
                base.education(),
                base.occupation());
    }
}
