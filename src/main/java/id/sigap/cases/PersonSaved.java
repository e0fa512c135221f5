package id.sigap.cases;

/**
 * A person record was registered or changed through the case file page, the API or the import (not by the bulk COPY
 * load). Published inside the saving transaction; listeners that need the saved row act after commit. Only the id.
 */
public record PersonSaved(long personId) {}
