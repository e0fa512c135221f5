package id.sigap.audit;

/** The outcome of walking the audit chain from its first entry to its head. */
public sealed interface ChainVerdict {

    /** Entries checked (all of them when intact; those before the first tampered one otherwise). */
    long entries();

    boolean intact();

    /**
     * Every sealed entry is present, unchanged and linked to the one before it; {@code pending} entries are not yet
     * sealed (younger than the grace period, so not a problem).
     */
    record Intact(long entries, long pending) implements ChainVerdict {

        public Intact(long entries) {
            this(entries, 0);
        }

        @Override
        public boolean intact() {
            return true;
        }
    }

    /**
     * The first entry that is not as it was written: {@code seq} is that entry's (or the missing entry's) chain
     * position; for {@link Reason#UNSEALED} the id of the oldest entry left unsealed.
     */
    record Tampered(long seq, Reason reason, long entries) implements ChainVerdict {
        @Override
        public boolean intact() {
            return false;
        }
    }

    enum Reason {
        /** The entry's fields no longer give its stored hash: it was changed. */
        HASH_MISMATCH,
        /** The entry's {@code prevHash} is not the hash of the entry before it. */
        BROKEN_LINK,
        /** An entry is missing: {@code seq} is the first missing number. */
        GAP,
        /** The last entry is not the one the chain head records, or a sealed entry lies beyond the head. */
        HEAD_MISMATCH,
        /** An entry is still unsealed long after it was written: the sealer does not run or skips it. */
        UNSEALED;

        /** Message key of the reason's label in the bundles. */
        public String labelKey() {
            return "audit.reason." + name();
        }
    }
}
