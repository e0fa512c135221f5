package id.sigap.region;

/** Administrative level of a Kemendagri code: {@code 53}, {@code 53.71}, {@code 53.71.01}, {@code 53.71.01.1001}. */
public enum RegionLevel {
    PROVINCE(1),
    REGENCY(2),
    DISTRICT(3),
    VILLAGE(4);

    private final int depth;

    RegionLevel(int depth) {
        this.depth = depth;
    }

    public int depth() {
        return depth;
    }

    public static RegionLevel ofDepth(int depth) {
        for (RegionLevel l : values()) {
            if (l.depth == depth) {
                return l;
            }
        }
        throw new IllegalArgumentException("depth " + depth);
    }

    /** The level of a well-formed code, by its number of parts. */
    public static RegionLevel ofCode(String code) {
        return ofDepth(code.split("\\.").length);
    }
}
