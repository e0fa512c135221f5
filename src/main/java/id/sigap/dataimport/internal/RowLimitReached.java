package id.sigap.dataimport.internal;

/** Thrown by a row consumer to stop reading a file that has more rows than allowed. */
class RowLimitReached extends RuntimeException {

    RowLimitReached() {
        super("row limit", null, false, false);
    }
}
