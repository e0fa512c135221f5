package id.sigap.cases;

/**
 * A rule another module holds over closing a case, e.g. that every service item is done or carries a reason
 * (implemented by the support module). Cases calls every implementation before it closes a case; an implementation
 * refuses by throwing a {@link id.sigap.shared.SigapException} (a conflict, with its own code).
 */
public interface ClosingChecks {

    void beforeClosing(long caseId);
}
