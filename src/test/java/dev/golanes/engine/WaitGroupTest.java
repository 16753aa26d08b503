package dev.golanes.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Go's {@code sync.WaitGroup} contract: Add, Done, Wait, and a panic below zero. */
class WaitGroupTest {

    @Test
    void waitReturnsAtOnceWhenTheCounterIsZero() throws InterruptedException {
        WaitGroup wg = new WaitGroup();
        wg.await();
        assertEquals(0, wg.count());
    }

    @Test
    void addAndDoneReturnTheCounterTheyLeave() {
        WaitGroup wg = new WaitGroup();
        assertEquals(1, wg.add(1));
        assertEquals(4, wg.add(3));
        assertEquals(3, wg.done());
        assertEquals(1, wg.add(-2));
    }

    @Test
    void aNegativeCounterThrowsWithGosMessageAndKeepsTheCounter() {
        WaitGroup wg = new WaitGroup();
        IllegalStateException e = assertThrows(IllegalStateException.class, wg::done);
        assertEquals("sync: negative WaitGroup counter", e.getMessage());
        wg.add(2);
        assertThrows(IllegalStateException.class, () -> wg.add(-3));
        assertEquals(2, wg.count());
    }

    @Test
    void waitLastsUntilTheLastDone() throws InterruptedException {
        WaitGroup wg = new WaitGroup();
        wg.add(2);
        AtomicBoolean returned = new AtomicBoolean();
        Thread waiter = new Thread(() -> {
            try {
                wg.await();
                returned.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        awaitState(waiter, Thread.State.WAITING);
        wg.done();
        awaitState(waiter, Thread.State.WAITING);
        assertEquals(false, returned.get(), "one Done of two does not release Wait");
        wg.done();
        waiter.join(TimeUnit.SECONDS.toMillis(10));
        assertTrue(returned.get());
    }

    @Test
    void everyWaiterIsReleased() throws InterruptedException {
        WaitGroup wg = new WaitGroup();
        wg.add(1);
        CountDownLatch released = new CountDownLatch(3);
        List<Thread> waiters = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread waiter = new Thread(() -> {
                try {
                    wg.await();
                    released.countDown();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            waiters.add(waiter);
            waiter.start();
        }
        for (Thread waiter : waiters) {
            awaitState(waiter, Thread.State.WAITING);
        }
        wg.done();
        assertTrue(released.await(10, TimeUnit.SECONDS));
    }

    @Test
    void manyConcurrentDonesBringItToZeroExactly() throws InterruptedException {
        WaitGroup wg = new WaitGroup();
        int n = 500;
        wg.add(n);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(wg::done);
            threads.add(t);
            t.start();
        }
        wg.await();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(0, wg.count());
        assertThrows(IllegalStateException.class, wg::done, "all " + n + " Dones were counted once each");
    }

    @Test
    void waitIsInterruptible() throws InterruptedException {
        WaitGroup wg = new WaitGroup();
        wg.add(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread waiter = new Thread(() -> {
            try {
                wg.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        waiter.start();
        awaitState(waiter, Thread.State.WAITING);
        waiter.interrupt();
        waiter.join(TimeUnit.SECONDS.toMillis(10));
        assertTrue(interrupted.get());
        assertEquals(1, wg.count());
    }

    @Test
    void itCanBeUsedAgainOnceZero() throws InterruptedException {
        WaitGroup wg = new WaitGroup();
        wg.add(1);
        wg.done();
        wg.add(1);
        Thread doer = new Thread(wg::done);
        doer.start();
        wg.await();
        assertEquals(0, wg.count());
    }

    /** Polls with a deadline: how long a thread takes to block is the scheduler's business. */
    private static void awaitState(Thread thread, Thread.State state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != state) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(thread + " never reached " + state + ", it is " + thread.getState());
            }
            Thread.sleep(1);
        }
    }
}
