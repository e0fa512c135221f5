package id.sigap.synthetic.internal;

import id.sigap.cases.BulkLoadCase;
import java.util.List;

/** A generated case and, for each of its persons (same order), the true person behind the record. */
record MadeCase(BulkLoadCase bulk, List<Truth> truth) {

    record Truth(long truePersonNo, String role) {}
}
