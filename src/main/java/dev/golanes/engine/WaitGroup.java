package dev.golanes.engine;

import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * Go's {@code sync.WaitGroup}: a counter that {@link #add} raises and {@link #done} lowers, and
 * {@link #await} waits until it is zero. As in Go, the counter may never go below zero; where Go
 * panics, this throws, and the counter keeps its value.
 *
 * <p>Built on {@link AbstractQueuedSynchronizer}, like {@code CountDownLatch}, so a waiting virtual
 * thread unmounts from its carrier instead of pinning it.
 */
public final class WaitGroup {
    /** Go's panic message, word for word. */
    public static final String NEGATIVE = "sync: negative WaitGroup counter";

    private final Sync sync = new Sync();

    /** {@code var wg = sync.WaitGroup{}}: the counter starts at zero. */
    public WaitGroup() {
    }

    /**
     * {@code wg.Add(delta)}: adds {@code delta}, which may be negative.
     *
     * @return the counter afterwards, so a trace can show the value this call left
     * @throws IllegalStateException with Go's message when the counter would go below zero
     */
    public int add(int delta) {
        return sync.add(delta);
    }

    /** {@code wg.Done()}: {@code add(-1)}. Returns the counter afterwards. */
    public int done() {
        return sync.add(-1);
    }

    /** {@code wg.Wait()}: returns once the counter is zero; at once if it already is. */
    public void await() throws InterruptedException {
        sync.acquireSharedInterruptibly(1);
    }

    /** {@code wg.Wait()} for at most this long; returns whether the counter reached zero. */
    public boolean await(long timeout, java.util.concurrent.TimeUnit unit) throws InterruptedException {
        return sync.tryAcquireSharedNanos(1, unit.toNanos(timeout));
    }

    /** The counter now. */
    public int count() {
        return sync.count();
    }

    @Override
    public String toString() {
        return "WaitGroup[counter=" + count() + "]";
    }

    private static final class Sync extends AbstractQueuedSynchronizer {
        private static final long serialVersionUID = 1L;

        int add(int delta) {
            while (true) {
                int current = getState();
                long next = (long) current + delta;
                if (next < 0) {
                    throw new IllegalStateException(NEGATIVE);
                }
                if (next > Integer.MAX_VALUE) {
                    throw new IllegalStateException("sync: WaitGroup counter overflow");
                }
                if (compareAndSetState(current, (int) next)) {
                    if (next == 0 && delta != 0) {
                        releaseShared(0);
                    }
                    return (int) next;
                }
            }
        }

        int count() {
            return getState();
        }

        @Override
        protected int tryAcquireShared(int ignored) {
            return getState() == 0 ? 1 : -1;
        }

        @Override
        protected boolean tryReleaseShared(int ignored) {
            // add() has already set the counter; every waiter rechecks it in tryAcquireShared.
            return true;
        }
    }
}
