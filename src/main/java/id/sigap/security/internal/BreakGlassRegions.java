package id.sigap.security.internal;

import java.util.List;

/** The regions a user currently reaches through break-the-glass access. */
@FunctionalInterface
interface BreakGlassRegions {

    List<String> activeRegions(long userId);
}
