package id.sigap.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock moved forward by whatever a test asks, or stopped ({@link #freeze()}) so that a test that counts
 * time-based allowances does not depend on how fast the machine runs it; {@link #reset()} after each test.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Instant> frozen = new AtomicReference<>();
    private final Clock base;

    public MutableClock(Clock base) {
        this.base = base;
    }

    public void advance(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
    }

    /** Stops the clock at its current time; {@link #advance} still moves it, {@link #reset()} starts it again. */
    public void freeze() {
        frozen.set(base.instant());
    }

    public void reset() {
        offset.set(Duration.ZERO);
        frozen.set(null);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(base.withZone(zone));
    }

    @Override
    public Instant instant() {
        Instant stopped = frozen.get();
        return (stopped != null ? stopped : base.instant()).plus(offset.get());
    }
}
