package id.sigap.region;

import id.sigap.shared.SigapException;

/**
 * A lookup by name or code. {@code level} keeps one level only, {@code maxLevel} stops at a level (e.g. regencies
 * and above), {@code within} keeps the subtree of a region code. {@code limit} is held to 1..{@value #MAX_LIMIT}
 * (default {@value #DEFAULT_LIMIT}). Text longer than {@value #MAX_TEXT} characters is refused: no region name is
 * that long, and it keeps the lookup cheap.
 */
public record RegionQuery(String text, RegionLevel level, RegionLevel maxLevel, String within, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;
    public static final int MAX_TEXT = 100;

    public RegionQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            throw new SigapException.Invalid("q", "region.query-too-long", MAX_TEXT);
        }
        within = within == null || within.isBlank() ? null : within.strip();
        if (within != null && !RegionCodes.isWellFormed(within)) {
            throw new SigapException.Invalid("within", "region.malformed-code");
        }
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    public static RegionQuery of(String text) {
        return new RegionQuery(text, null, null, null, DEFAULT_LIMIT);
    }

    public RegionQuery withMaxLevel(RegionLevel max) {
        return new RegionQuery(text, level, max, within, limit);
    }

    public RegionQuery withLimit(int max) {
        return new RegionQuery(text, level, maxLevel, within, max);
    }

    /** True when a region of {@code l} may appear in the result. */
    public boolean admits(RegionLevel l) {
        return (level == null || level == l) && (maxLevel == null || l.depth() <= maxLevel.depth());
    }
}
