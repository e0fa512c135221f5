package id.sigap.cases.internal;

/** One person with identifiers, clear or masked depending on who asks. */
public record PersonDetail(PersonRow person, CasePerson.Identities identifiers) {}
