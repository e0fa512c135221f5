package id.sigap.cases;

/** The role of a person in a case; suspects also have a {@link RoleInProcess}. */
public enum PersonRole {
    VICTIM,
    WITNESS,
    REPORTER,
    SUSPECT
}
