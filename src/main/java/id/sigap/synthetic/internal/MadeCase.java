package id.sigap.synthetic.internal;

import id.sigap.cases.BulkLoadCase;
import id.sigap.support.GeneratedServices;
import java.util.List;

/**
 * A generated case, for each of its persons (same order) the true person behind the record, and its services (persons
 * as indexes into the case's persons, see {@link ServiceIds#bind}).
 */
record MadeCase(BulkLoadCase bulk, List<Truth> truth, GeneratedServices services) {

    record Truth(long truePersonNo, String role) {}
}
